"""Page trees for the browser tests, which run in transactions that are flushed afterwards.

A flush also removes the rows that migrations made (the root page, the default
Locale and the root collection), so these put them back before building.
"""

from io import StringIO

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page
from wagtail.rich_text import RichText

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.seed.media import narration_path
from tests import db_snapshot
from tests.base import build_home

SEEDED_EXHIBIT = "美丰银行柜台"  # a scene of the seed content with a narration in both languages


def restore_migration_rows():
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant("zh-hans"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        Page.add_root(
            instance=Page(
                title_zh_hans="Root", slug_zh_hans="root", title_en="Root", slug_en="root"
            )
        )


SEEDED_DATABASES = {}  # test database name -> snapshot taken right after seeding it


def load_seed_content():
    """The whole seeded tree (43 pages), as `make run` shows it, in place of every row.

    The seed command runs once per test database; later calls, each after a flush, put
    back the snapshot taken right after it. Call it before the test writes anything else.
    """
    name = connection.settings_dict["NAME"]
    if name in SEEDED_DATABASES:
        SEEDED_DATABASES[name].restore()
        return
    restore_migration_rows()
    call_command("load_heritage_content", stdout=StringIO())
    SEEDED_DATABASES[name] = db_snapshot.take()


def narration_document(key="scene_counter", language="zh-hans"):
    path = narration_path(key, language)
    document = get_document_model()(title=f"Narration {key} ({language})")
    document.file.save(path.name, ContentFile(path.read_bytes()), save=False)
    document.save()
    return document


def audio_block(title, document):
    return (
        "audio",
        {
            "title": title,
            "audio": document,
            "transcript": RichText("<p>Transcript · 文字稿</p>"),
            "is_placeholder": True,
        },
    )


def build_small_site():
    """Home → museum → one exhibit whose body starts with an audio guide; returns them."""
    restore_migration_rows()
    home = build_home()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    with translation.override("zh-hans"):
        exhibit = ExhibitPageFactory(
            parent=museum,
            title_zh_hans="柜台",
            title_en="The counter",
            body_zh_hans=[audio_block("语音导览", narration_document("scene_counter", "zh-hans"))],
            body_en=[audio_block("Audio guide", narration_document("scene_counter", "en"))],
        )
    return home, museum, exhibit
