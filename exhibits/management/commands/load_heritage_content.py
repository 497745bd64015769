"""`manage.py load_heritage_content [--update-unchanged] [--reset]`: the bilingual seed content."""

from django.core.management.base import BaseCommand
from django.db import transaction

from exhibits.images import renditions
from exhibits.seed.loader import SeedLoader


class Command(BaseCommand):
    """Builds the museums, exhibits, heritage sites and trail from the gathered facts.

    Safe to run again: pages that exist are kept as curators left them. With
    --update-unchanged, seeded pages nobody has edited since get the current seed text, so
    fixes to the seed reach a database that was seeded before.
    """

    help = (
        "Create the bilingual seed content (museums, exhibits, heritage sites, trail). "
        "Existing pages are kept; --update-unchanged brings pages nobody has edited since "
        "seeding up to date; --reset removes the seeded tree and its media first."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update-unchanged",
            action="store_true",
            help=(
                "Update seeded pages, and the titles of seeded images and recordings, that "
                "nobody has edited since the seed published them. Edited pages are kept and "
                "listed."
            ),
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the home page, everything under it and the seed media, then rebuild.",
        )

    def handle(self, *args, reset=False, update_unchanged=False, **options):
        loader = SeedLoader(update_unchanged=update_unchanged)
        with renditions.paused(), transaction.atomic():
            if reset:
                loader.reset()
                self.stdout.write("Removed the seeded page tree and its media.")
            report = loader.run()
        summary = f"Seed content: {len(report.created)} pages created, "
        if update_unchanged:
            summary += f"{len(report.updated)} updated, {len(report.kept)} already up to date, "
            summary += f"{len(report.edited)} kept because curators edited them"
            if report.retitled:
                summary += f", {len(report.retitled)} images and recordings retitled"
            summary += "."
        else:
            summary += f"{len(report.kept)} kept."
        self.stdout.write(self.style.SUCCESS(summary))
        for page in report.edited:
            self.stdout.write(f"  kept (edited since seeding): {page.title_zh_hans} (id {page.pk})")
