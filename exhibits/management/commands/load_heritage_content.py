"""`manage.py load_heritage_content [--update-unchanged] [--reset] [--synthetic-exhibits N]`:
the bilingual seed content, and optionally a synthetic bulk of exhibits for load tests."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from exhibits.images import renditions
from exhibits.models import MuseumImage, MuseumPage
from exhibits.seed.indexing import indexed_once
from exhibits.seed.loader import SEED_COLLECTION_NAMES, SeedLoader
from exhibits.seed.synthetic import add_synthetic_exhibits


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
        parser.add_argument(
            "--synthetic-exhibits",
            type=int,
            default=0,
            metavar="N",
            help=(
                "After seeding, add N live synthetic exhibits, titled '合成展品 / Synthetic "
                "exhibit' and marked as test content, to one museum (to reproduce a large "
                "collection: 2,000 or 10,000). Never on a site visitors use."
            ),
        )
        parser.add_argument(
            "--synthetic-museum",
            default="",
            metavar="SLUG",
            help="The Chinese slug of the museum that gets them (default: the first museum).",
        )

    def handle(self, *args, reset=False, update_unchanged=False, **options):
        if options["synthetic_exhibits"] < 0:
            raise CommandError("--synthetic-exhibits must be 0 or more.")
        loader = SeedLoader(update_unchanged=update_unchanged)
        with renditions.paused(), transaction.atomic(), indexed_once():
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
        if options["synthetic_exhibits"]:
            self.add_synthetic(options["synthetic_exhibits"], options["synthetic_museum"])

    def add_synthetic(self, count, museum_slug):
        museums = MuseumPage.objects.order_by("path")
        museum = (
            museums.filter(slug_zh_hans=museum_slug).first() if museum_slug else museums.first()
        )
        if museum is None:
            raise CommandError(f"No museum with the slug {museum_slug!r}.")
        images = MuseumImage.objects.filter(collection__name__in=SEED_COLLECTION_NAMES)
        with renditions.paused():
            added = add_synthetic_exhibits(museum, count, images=images.order_by("pk")[:12])
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {added} synthetic exhibits to {museum.title_zh_hans} (id {museum.pk})."
            )
        )
