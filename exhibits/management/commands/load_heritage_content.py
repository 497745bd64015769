"""`manage.py load_heritage_content [--reset]`: the bilingual seed content."""

from django.core.management.base import BaseCommand
from django.db import transaction

from exhibits.seed.loader import SeedLoader


class Command(BaseCommand):
    """Builds the museums, exhibits, heritage sites and trail from the gathered facts.

    Safe to run again: pages that exist are kept as curators left them.
    """

    help = (
        "Create the bilingual seed content (museums, exhibits, heritage sites, trail). "
        "Existing pages are kept; --reset removes the seeded tree and its media first."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the home page, everything under it and the seed media, then rebuild.",
        )

    def handle(self, *args, reset=False, **options):
        loader = SeedLoader()
        with transaction.atomic():
            if reset:
                loader.reset()
                self.stdout.write("Removed the seeded page tree and its media.")
            report = loader.run()
        self.stdout.write(
            self.style.SUCCESS(
                f"Seed content: {len(report.created)} pages created, {len(report.kept)} kept."
            )
        )
