from io import StringIO

from django.core.management import call_command
from django.test import TestCase


class MigrationTests(TestCase):
    """The models and the committed migrations agree."""

    def test_no_missing_migrations(self):
        output = StringIO()
        call_command("makemigrations", "exhibits", "--check", "--dry-run", stdout=output)
        self.assertIn("No changes detected", output.getvalue())
