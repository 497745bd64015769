"""Page trees for the browser tests, which run in transactions that are flushed afterwards.

A flush also removes the rows that migrations made (the root page, the default
Locale and the root collection), so these put them back before building.
"""

from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.seed.media import narration_path
from tests.base import build_home
from tests.seeding import load_seed_content, restore_migration_rows

__all__ = ["SEEDED_EXHIBIT", "build_small_site", "load_seed_content", "narration_document"]

SEEDED_EXHIBIT = "美丰银行柜台"  # a scene of the seed content with a narration in both languages


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
