"""pg_trgm powers the typo-tolerant search suggestions on PostgreSQL.

CreateExtension does nothing on other databases, so SQLite is unaffected.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("exhibits", "0004_trail_walking_overrides")]

    operations = [TrigramExtension()]
