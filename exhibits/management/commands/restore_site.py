"""`manage.py restore_site DIR [--force]`: puts back what `backup_site DIR` wrote.

The database is replaced by the backup's (SQLite: copied in with the backup API; PostgreSQL:
`pg_restore --clean`), the media files are extracted over MEDIA_ROOT, and the cache is
cleared so no page from before the restore is served. A database that already has tables is
only overwritten with `--force`: restoring onto a fresh, empty database needs no flag.
"""

import json
import logging
import sqlite3
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from .backup_site import (
    MANIFEST_NAME,
    MEDIA_ARCNAME,
    database_engine,
    postgres_command,
    run_client,
)

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    """Restores the database and the media files from a `backup_site` folder."""

    help = "Restore the database and the media files from a backup_site folder."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="A folder written by backup_site.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Overwrite a database that already has tables (everything in it is replaced).",
        )
        parser.add_argument(
            "--database", default="default", help="Which configured database to restore into."
        )

    def handle(self, *args, directory, force=False, database="default", **options):
        source = Path(directory)
        try:
            manifest = json.loads((source / MANIFEST_NAME).read_text())
        except FileNotFoundError as error:
            raise CommandError(f"{source} holds no backup ({MANIFEST_NAME} is missing).") from error
        connection = connections[database]
        engine = database_engine(connection)
        if manifest["engine"] != engine:
            raise CommandError(
                f"The backup is of a {manifest['engine']} database; this site uses {engine}."
            )
        database_file = source / manifest["database_file"]
        if not database_file.is_file():
            raise CommandError(f"{database_file} is missing.")
        tables = connection.introspection.table_names()
        if tables and not force:
            raise CommandError(
                f"The database already has {len(tables)} tables; "
                "restore_site --force replaces everything in it."
            )
        if engine == "sqlite":
            self.restore_sqlite(connection, database_file)
        else:
            self.restore_postgres(connection, database_file)
        media_count = self.restore_media(source / manifest["media_file"], Path(settings.MEDIA_ROOT))
        try:
            cache.clear()
        except Exception:  # a cache outage must not fail a restore that has already happened
            logger.warning("restore_site could not clear the cache", exc_info=True)
            self.stderr.write("The cache could not be cleared; clear it before serving.")
        self.stdout.write(
            f"Restored the {engine} database and {media_count} media files "
            f"from the backup of {manifest['created']}."
        )

    def restore_sqlite(self, connection, database_file):
        """Copies the backup over the live database with the backup API, in one step."""
        connection.close()
        connection.ensure_connection()
        backup = sqlite3.connect(database_file)
        try:
            backup.backup(connection.connection)
        finally:
            backup.close()
        connection.close()

    def restore_postgres(self, connection, database_file):
        """Drops the dumped objects and recreates them in one transaction."""
        connection.close()
        command, env = postgres_command(
            connection,
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            str(database_file),
        )
        run_client(command, env)

    def restore_media(self, archive_path, media_root):
        """Extracts the media tar over MEDIA_ROOT (the "data" filter); returns the file count."""
        media_root.mkdir(parents=True, exist_ok=True)
        count = 0
        with tarfile.open(archive_path, "r:gz") as archive:
            prefix = f"{MEDIA_ARCNAME}/"
            for member in archive:
                if not member.name.startswith(prefix):
                    continue
                member.name = member.name.removeprefix(prefix)
                archive.extract(member, media_root, filter="data")
                count += member.isfile()
        return count
