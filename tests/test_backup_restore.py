"""The restore drill: back up a small site, damage it, restore it, and find it whole again.

Runs on whichever database the suite runs on (SQLite by default, PostgreSQL when DATABASE_URL
names one), so both the SQLite online backup and pg_dump/pg_restore are exercised in CI.
"""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage, MuseumImage, MuseumPage
from tests.base import build_home

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def seeded_site():
    """A home page, a museum with one exhibit, and an uploaded image (a real file in MEDIA_ROOT)."""
    home = build_home()
    museum = MuseumPageFactory(parent=home, title_zh_hans="备份博物馆", title_en="Backup Museum")
    exhibit = ExhibitPageFactory(parent=museum, title_zh_hans="金库", title_en="The Vault")
    image = MuseumImageFactory(title="Vault door")
    return museum, exhibit, image


def test_restore_drill_brings_back_pages_and_media(seeded_site, tmp_path):
    """After a backup, an edited title, a deleted page and a deleted media file all come back."""
    museum, exhibit, image = seeded_site
    image_path = Path(settings.MEDIA_ROOT) / image.file.name
    image_bytes = image_path.read_bytes()
    backup_dir = tmp_path / "backup"

    call_command("backup_site", str(backup_dir), stdout=_Sink())
    manifest = json.loads((backup_dir / "backup.json").read_text())
    assert manifest["engine"] == {"sqlite": "sqlite", "postgresql": "postgresql"}[connection.vendor]
    assert (backup_dir / manifest["database_file"]).stat().st_size > 0
    assert manifest["media_files"] >= 1

    MuseumPage.objects.filter(pk=museum.pk).update(title_en="Vandalised", title_zh_hans="被改")
    ExhibitPage.objects.get(pk=exhibit.pk).delete()
    image_path.unlink()
    MuseumImage.objects.filter(pk=image.pk).delete()

    call_command("restore_site", str(backup_dir), "--force", stdout=_Sink())

    restored = MuseumPage.objects.get(pk=museum.pk)
    assert (restored.title_en, restored.title_zh_hans) == ("Backup Museum", "备份博物馆")
    assert ExhibitPage.objects.get(pk=exhibit.pk).title_en == "The Vault"
    assert MuseumImage.objects.get(pk=image.pk).file.name == image.file.name
    assert image_path.read_bytes() == image_bytes


def test_restore_refuses_a_database_with_tables_without_force(seeded_site, tmp_path):
    """Without --force, restoring over a database that has tables changes nothing."""
    museum, _exhibit, _image = seeded_site
    call_command("backup_site", str(tmp_path / "backup"), stdout=_Sink())
    MuseumPage.objects.filter(pk=museum.pk).update(title_en="Changed after the backup")

    with pytest.raises(CommandError, match="--force"):
        call_command("restore_site", str(tmp_path / "backup"), stdout=_Sink())

    assert MuseumPage.objects.get(pk=museum.pk).title_en == "Changed after the backup"


def test_backup_refuses_to_overwrite_a_backup(seeded_site, tmp_path):
    """A second backup into the same folder is refused rather than mixing two backups."""
    call_command("backup_site", str(tmp_path / "backup"), stdout=_Sink())

    with pytest.raises(CommandError, match="already holds a backup"):
        call_command("backup_site", str(tmp_path / "backup"), stdout=_Sink())


def test_restore_of_a_folder_without_backup_is_refused(tmp_path):
    """A folder that backup_site did not write is refused with a clear message."""
    with pytest.raises(CommandError, match="holds no backup"):
        call_command("restore_site", str(tmp_path), "--force", stdout=_Sink())


class _Sink:
    """Swallows a command's output."""

    def write(self, text):
        pass

    def flush(self):
        pass
