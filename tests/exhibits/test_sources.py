"""Sources: visitors read the title, publisher and the public note in their language,
with `lang` on the parts written in the other language; the curator note stays in the
admin, out of every page, embed, feed, API response and search result."""

import importlib
import json
import re

from django.test import TestCase
from django.utils import translation
from wagtail.rich_text import RichText

from exhibits.blocks import SourceBlock
from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import Partner, Screen
from exhibits.seed.values import source_blocks
from tests.base import LANGUAGES, build_home, url_in

# Before the split a source had one note, printed for visitors; it is the field a
# curator wrote research notes in, so on that code the checks below show the leak.
CURATOR_NOTE = "curator_note" if "curator_note" in SourceBlock.base_blocks else "note"

PAGE_NOTE = "Xyzzyquux conf med, check against the State Council list"
BODY_NOTE_ZH = "只在策展备注中出现的核对意见甲乙"
BODY_NOTE_EN = "Plughwombat reliability low, newspaper copy"
PRIVATE_NOTES = (PAGE_NOTE, BODY_NOTE_ZH, BODY_NOTE_EN)


def source(title, publisher="", note="", public_zh="", public_en=""):
    value = {"title": title, "publisher": publisher, "url": "", CURATOR_NOTE: note}
    if "public_note_zh_hans" in SourceBlock.base_blocks:
        value.update(public_note_zh_hans=public_zh, public_note_en=public_en)
    return value


def sources_block(*items):
    return ("sources", {"heading": "", "items": list(items)})


class SourcesFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home, title_en="Finance Museum")
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum,
            title_zh_hans="美丰银行柜台",
            title_en="The Meifeng counter",
            sources=[
                (
                    "source",
                    source(
                        "新浪财经报道（2024-10-21）",
                        publisher="Sina Finance",
                        note=PAGE_NOTE,
                        public_zh="报道原文",
                        public_en="The original report",
                    ),
                )
            ],
            body_zh_hans=[
                ("paragraph", RichText("<p>中文正文。</p>")),
                sources_block(source("重庆金融志", note=BODY_NOTE_ZH, public_zh="第三卷")),
            ],
            body_en=[
                ("paragraph", RichText("<p>English body.</p>")),
                sources_block(source("Chongqing Financial Annals", note=BODY_NOTE_EN)),
            ],
        )
        Partner.objects.create(name="Tourism portal", allowed_origins="https://travel.example.com")

    def assertNoPrivateNote(self, text):
        for note in PRIVATE_NOTES:
            self.assertNotIn(note, text)


class CuratorNotePrivacyTests(SourcesFixture, TestCase):
    """The curator note never reaches visitors, partners, screens or the API."""

    def test_not_on_phone_pages(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(url_in(self.exhibit, language))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "新浪财经报道（2024-10-21）")
                self.assertNoPrivateNote(response.content.decode())

    def test_not_in_embeds(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(f"{url_in(self.exhibit, language)}embed/")
                self.assertEqual(response.status_code, 200)
                self.assertNoPrivateNote(response.content.decode())

    def test_not_in_the_api(self):
        response = self.client.get(f"/api/v2/pages/{self.exhibit.pk}/", {"fields": "*"})
        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertEqual(
            data["body_en"][1]["value"]["items"][0]["title"], "Chongqing Financial Annals"
        )
        self.assertNoPrivateNote(json.dumps(data, ensure_ascii=False))
        self.assertNotIn("curator_note", json.dumps(data))
        listing = self.client.get("/api/v2/pages/", {"fields": "*", "type": "exhibits.ExhibitPage"})
        self.assertNoPrivateNote(json.dumps(listing.json(), ensure_ascii=False))

    def test_not_in_oembed(self):
        full = f"http://testserver{url_in(self.exhibit, 'en')}"
        response = self.client.get("/oembed/", {"url": full})
        self.assertEqual(response.status_code, 200)
        self.assertNoPrivateNote(response.content.decode())

    def test_not_in_the_kiosk_feed(self):
        screen = Screen.objects.create(name="Hall", slug="hall", museum=self.museum)
        response = self.client.get(f"/screen/{screen.slug}/feed.json")
        self.assertEqual(response.status_code, 200)
        self.assertNoPrivateNote(response.content.decode())

    def test_a_word_only_in_the_curator_note_finds_nothing(self):
        for language, query in (
            ("en", "xyzzyquux"),
            ("en", "plughwombat"),
            ("zh-hans", "核对意见"),
        ):
            with self.subTest(query=query):
                response = self.client.get(f"/{language}/search/", {"q": query})
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, self.exhibit.title_en)
                self.assertNotContains(response, "美丰银行柜台")
        # The rest of the source still finds the page.
        response = self.client.get("/en/search/", {"q": "annals"})
        self.assertContains(response, "The Meifeng counter")

    def test_not_in_the_search_text(self):
        text = " ".join(self.exhibit.texts_in("zh_hans") + self.exhibit.texts_in("en"))
        self.assertNoPrivateNote(text)
        self.assertIn("Chongqing Financial Annals", text)


class PublicNoteTests(SourcesFixture, TestCase):
    """The public note is shown in the page's language, falling back to Chinese."""

    def test_public_note_in_each_language(self):
        zh = self.client.get(url_in(self.exhibit, "zh-hans")).content.decode()
        en = self.client.get(url_in(self.exhibit, "en")).content.decode()
        self.assertIn("报道原文", zh)
        self.assertNotIn("The original report", zh)
        self.assertIn("The original report", en)
        self.assertNotIn("报道原文", en)
        self.assertIn("第三卷", zh)  # a body source's note

    def test_english_page_shows_the_chinese_note_when_no_english_one(self):
        with translation.override("en"):
            value = SourceBlock().to_python(source("重庆金融志", public_zh="第三卷"))
            self.assertEqual(value.public_note, "第三卷")
            self.assertEqual(value.public_note_lang, "zh-hans")


class LanguageAttributeTests(SourcesFixture, TestCase):
    """Parts of a source in the other language carry `lang` (WCAG 3.1.2)."""

    def cite(self, html, title):
        match = re.search(rf'<cite class="source__title"([^>]*)>[^<]*{re.escape(title)}', html)
        self.assertIsNotNone(match, f"no <cite> for {title}")
        return match.group(1)

    def test_chinese_title_on_english_page(self):
        en = self.client.get(url_in(self.exhibit, "en")).content.decode()
        self.assertEqual(self.cite(en, "新浪财经报道（2024-10-21）"), ' lang="zh-hans"')
        self.assertIn('class="source__publisher">Sina Finance', en)
        self.assertIn('<span class="source__note">The original report', en)

    def test_english_parts_on_chinese_page(self):
        zh = self.client.get(url_in(self.exhibit, "zh-hans")).content.decode()
        self.assertEqual(self.cite(zh, "新浪财经报道（2024-10-21）"), "")
        self.assertIn('class="source__publisher" lang="en">Sina Finance', zh)
        self.assertIn('<span class="source__note">报道原文', zh)

    def test_text_language(self):
        from exhibits.blocks import text_language

        self.assertEqual(text_language("重庆金融志"), "zh-hans")
        self.assertEqual(text_language("新浪财经 finance.sina.com.cn"), "zh-hans")
        self.assertEqual(text_language("Chongqing Daily"), "en")
        self.assertIsNone(text_language("2024-10-21"))
        self.assertIsNone(text_language(""))


class ExistingNotesTests(TestCase):
    """Notes written before the split become private curator notes."""

    def test_migration_moves_every_note_into_the_curator_note(self):
        migration = importlib.import_module("exhibits.migrations.0009_fact_check_and_source_notes")
        page_sources = [{"type": "source", "value": {"title": "T", "note": "n1"}, "id": "a"}]
        body = [
            {"type": "paragraph", "value": "<p>x</p>", "id": "b"},
            {
                "type": "sources",
                "value": {
                    "heading": "",
                    "items": [
                        {"type": "item", "value": {"title": "U", "note": "n2"}, "id": "c"},
                        {"title": "V", "note": "n3"},  # a list item stored before Wagtail 5
                    ],
                },
                "id": "d",
            },
        ]
        self.assertTrue(migration.convert_stream(page_sources, forward=True))
        self.assertTrue(migration.convert_stream(body, forward=True))
        self.assertEqual(page_sources[0]["value"]["curator_note"], "n1")
        items = body[1]["value"]["items"]
        self.assertEqual(items[0]["value"]["curator_note"], "n2")
        self.assertEqual(items[1]["curator_note"], "n3")
        for value in (page_sources[0]["value"], items[0]["value"], items[1]):
            self.assertNotIn("note", value)
            self.assertEqual(value["public_note_zh_hans"], "")
        self.assertFalse(migration.convert_stream(body, forward=True))
        migration.convert_stream(body, forward=False)
        self.assertEqual(body[1]["value"]["items"][0]["value"], {"title": "U", "note": "n2"})

    def test_seed_notes_are_curator_notes(self):
        [(block_type, value)] = source_blocks([{"title": "T", "note": "conf med"}])
        self.assertEqual(block_type, "source")
        self.assertEqual(value["curator_note"], "conf med")
        self.assertNotIn("note", value)
