"""`manage.py backfill_translation_status [--all]`: build each page's translation status
(Reports → Translations) by replaying its revisions, oldest first.

Run once after deploying the translation status; new revisions keep the rows up to date
from then on. Pages that already have a row are left alone unless ``--all`` is given
(which forgets any "checked, still correct" marks, as the replay starts afresh).
"""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from exhibits.models.translation_status import PageTranslationStatus, rebuild, tracked_model


class Command(BaseCommand):
    help = "Build the translation status of every page from its revisions."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Rebuild pages that already have a status too."
        )

    def handle(self, *args, **options):
        pages = Page.objects.filter(depth__gt=1).select_related("content_type")
        if not options["all"]:
            pages = pages.exclude(pk__in=PageTranslationStatus.objects.values("page_id"))
        built = 0
        for page in pages.iterator():
            if tracked_model(page.content_type) is not None:
                rebuild(page)
                built += 1
        if options["verbosity"] > 0:
            self.stdout.write(f"Translation status built for {built} pages.")
