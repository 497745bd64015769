"""`manage.py backup_site DIR`: the database and the uploaded media, copied while the site runs.

A backup folder holds three files:

- `database.sqlite3` (SQLite, written with sqlite3's online backup API, consistent while
  the site keeps writing) or `database.dump` (PostgreSQL, `pg_dump --format=custom`);
- `media.tar.gz`, the whole of MEDIA_ROOT (originals, renditions, documents, audio);
- `backup.json`, what was backed up and when, read by `restore_site`.
"""

import datetime
import json
import os
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

MANIFEST_NAME = "backup.json"
SQLITE_NAME = "database.sqlite3"
POSTGRES_NAME = "database.dump"
MEDIA_NAME = "media.tar.gz"
MEDIA_ARCNAME = "media"
ENGINES = {
    "django.db.backends.sqlite3": "sqlite",
    "django.db.backends.postgresql": "postgresql",
}


def database_engine(connection):
    """ "sqlite" or "postgresql" for a Django connection; other engines are refused."""
    engine = ENGINES.get(connection.settings_dict["ENGINE"])
    if engine is None:
        raise CommandError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
    return engine


def postgres_command(connection, program, *args):
    """Argument list and environment to run a PostgreSQL client against the connection's database.

    The connection's settings (test runs use the test database's name) are passed as options
    and the password through PGPASSWORD, never on the command line.
    """
    settings_dict = connection.settings_dict
    command = [program, "--no-password", "--dbname", settings_dict["NAME"]]
    if settings_dict.get("HOST"):
        command += ["--host", settings_dict["HOST"]]
    if settings_dict.get("PORT"):
        command += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        command += ["--username", settings_dict["USER"]]
    env = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return command + list(args), env


def run_client(command, env):
    """Runs a PostgreSQL client program; its error output becomes the CommandError."""
    try:
        result = subprocess.run(  # noqa: S603 -- fixed program, arguments from settings
            command, env=env, capture_output=True, text=True, check=False
        )
    except FileNotFoundError as error:
        raise CommandError(f"{command[0]} is not installed (PostgreSQL client tools).") from error
    if result.returncode != 0:
        raise CommandError(f"{command[0]} failed: {result.stderr.strip()}")


class Command(BaseCommand):
    """Writes a consistent copy of the database and a tar of MEDIA_ROOT into a folder."""

    help = "Back up the database (SQLite online backup or pg_dump) and the media files into DIR."

    def add_arguments(self, parser):
        parser.add_argument(
            "directory", help="Folder to write the backup into (created if missing)."
        )
        parser.add_argument(
            "--database", default="default", help="Which configured database to back up."
        )

    def handle(self, *args, directory, database="default", **options):
        target = Path(directory)
        target.mkdir(parents=True, exist_ok=True)
        if any((target / name).exists() for name in (MANIFEST_NAME, SQLITE_NAME, POSTGRES_NAME)):
            raise CommandError(f"{target} already holds a backup; choose an empty folder.")
        connection = connections[database]
        engine = database_engine(connection)
        if engine == "sqlite":
            database_file = self.backup_sqlite(connection, target / SQLITE_NAME)
        else:
            database_file = self.backup_postgres(connection, target / POSTGRES_NAME)
        media_count = self.backup_media(Path(settings.MEDIA_ROOT), target / MEDIA_NAME)
        manifest = {
            "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "engine": engine,
            "database_file": database_file.name,
            "media_file": MEDIA_NAME,
            "media_files": media_count,
        }
        (target / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n")
        self.stdout.write(
            f"Backed up the {engine} database and {media_count} media files to {target}."
        )

    def backup_sqlite(self, connection, path):
        """Copies the live database page by page with sqlite3's backup API."""
        connection.ensure_connection()
        destination = sqlite3.connect(path)
        try:
            with destination:
                connection.connection.backup(destination)
        finally:
            destination.close()
        return path

    def backup_postgres(self, connection, path):
        """Dumps the database in pg_dump's custom format (compressed, restorable selectively)."""
        command, env = postgres_command(
            connection, "pg_dump", "--format=custom", "--no-owner", "--file", str(path)
        )
        run_client(command, env)
        return path

    def backup_media(self, media_root, path):
        """Writes MEDIA_ROOT into a gzipped tar under the name "media"; returns the file count."""
        count = 0
        with tarfile.open(path, "w:gz") as archive:
            if media_root.is_dir():
                archive.add(media_root, arcname=MEDIA_ARCNAME, recursive=False)
                for file in sorted(media_root.rglob("*")):
                    archive.add(
                        file,
                        arcname=f"{MEDIA_ARCNAME}/{file.relative_to(media_root)}",
                        recursive=False,
                    )
                    count += file.is_file()
        return count
