"""`manage.py prune_analytics`: delete the daily visit counts older than the retention period
set under Settings → Site settings (run it daily, e.g. from cron after the backup)."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from exhibits.models import PassportCompletion, ScanCount, SiteSettings

# Each table of daily counts, with its date column.
DAILY_COUNTS = [(ScanCount, "day"), (PassportCompletion, "day")]


class Command(BaseCommand):
    help = "Delete daily visit counts older than the site settings' retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted, delete nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        days = SiteSettings.load().analytics_retention_days
        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        for model, field in DAILY_COUNTS:
            old = model.objects.filter(**{f"{field}__lt": cutoff})
            count = old.count() if dry_run else old.delete()[0]
            verb = "would delete" if dry_run else "deleted"
            self.stdout.write(
                f"{model._meta.verbose_name_plural}: {verb} {count} before {cutoff} "
                f"(kept for {days} days)"
            )
