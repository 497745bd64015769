"""A copy of the whole test database, taken once and put back after later flushes.

Transactional tests (the browser tests against the live server) start from a flushed
database, so each one that needs a large tree would build it again. Instead the first
builds it and takes a snapshot; the others put the snapshot back, replacing every row,
which takes milliseconds on SQLite (its backup API) and well under a second on
PostgreSQL (COPY of every table). Files in MEDIA_ROOT are not copied: they stay on disk
for the whole session, as the rows that name them expect.

Only for transactional tests: a snapshot is taken and restored outside any transaction.
"""

import sqlite3

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management.color import no_style
from django.db import connection, transaction


class Snapshot:
    def restore(self):
        """Replace every row of the database with the snapshot's, and forget what the
        process cached about the rows that were there (content types, Wagtail's sites)."""
        self._restore()
        ContentType.objects.clear_cache()
        cache.clear()


class SQLiteSnapshot(Snapshot):
    def __init__(self):
        connection.ensure_connection()
        self.copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(self.copy)

    def _restore(self):
        connection.ensure_connection()
        self.copy.backup(connection.connection)


class PostgreSQLSnapshot(Snapshot):
    def __init__(self):
        with connection.cursor() as cursor:
            self.tables = [
                name
                for name in connection.introspection.table_names(cursor)
                if name != "django_migrations"
            ]
            self.data = {}
            for name in self.tables:
                table = connection.ops.quote_name(name)
                with cursor.copy(f"COPY {table} TO STDOUT (FORMAT BINARY)") as copy:
                    self.data[name] = b"".join(bytes(block) for block in copy)

    def _restore(self):
        quoted = [connection.ops.quote_name(name) for name in self.tables]
        # Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: checked at commit,
        # so the tables can be filled in any order inside one transaction.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(quoted)}")
            for name, table in zip(self.tables, quoted, strict=True):
                if self.data[name]:
                    with cursor.copy(f"COPY {table} FROM STDIN (FORMAT BINARY)") as copy:
                        copy.write(self.data[name])
            models = apps.get_models(include_auto_created=True)
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)


def take():
    """A snapshot of the test database as it is now (its vendor's kind)."""
    if connection.vendor == "sqlite":
        return SQLiteSnapshot()
    if connection.vendor == "postgresql":
        return PostgreSQLSnapshot()
    raise NotImplementedError(f"no database snapshot for {connection.vendor}")
