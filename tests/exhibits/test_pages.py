from django.test import TestCase
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase

from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import ExhibitKind
from tests.base import LANGUAGES, build_home, url_in

PENDING_ZH = "此页面的英文版本正在准备中"
PENDING_EN = "The English version of this page is still being prepared"


class PageTreeFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home,
            title_zh_hans="重庆金融历史博物馆",
            title_en="Chongqing Financial History Museum",
            slug_zh_hans="jinrong-lishi-bowuguan",
            slug_en="financial-history-museum",
        )
        cls.scenes = [
            ExhibitPageFactory(parent=cls.museum, kind=ExhibitKind.SCENE, position=n)
            for n in (1, 2, 3)
        ]
        cls.story = ExhibitPageFactory(parent=cls.museum, kind=ExhibitKind.STORY, position=1)
        cls.index = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.site = HeritageSitePageFactory(
            parent=cls.index, exhibition_themes_zh_hans="中国金融发展史\n金融交易体验"
        )
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stops = [TrailStopPageFactory(parent=cls.trail, position=n) for n in (1, 2)]

    def all_pages(self):
        return [
            self.home,
            self.museum,
            *self.scenes,
            self.story,
            self.index,
            self.site,
            self.trail,
            *self.stops,
        ]


class RenderingTests(PageTreeFixture, WagtailPageTestCase):
    """Every page type renders in both languages with the right <html lang>."""

    def test_every_page_renders_in_both_languages(self):
        for page in self.all_pages():
            for language in LANGUAGES:
                with self.subTest(page=type(page).__name__, language=language):
                    response = self.client.get(url_in(page, language))
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, f'<html lang="{language}">')
                    with translation.override(language):
                        self.assertContains(response, page.title)

    def test_pages_are_renderable_in_every_mode(self):
        for page in self.all_pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)

    def test_exhibit_shows_its_place_in_the_sequence(self):
        with translation.override("en"):
            response = self.client.get(url_in(self.scenes[1], "en"))
        self.assertContains(response, "Scene 2 of 3")
        self.assertContains(response, f'href="{url_in(self.scenes[0], "en")}" rel="prev"')
        self.assertContains(response, f'href="{url_in(self.scenes[2], "en")}" rel="next"')

    def test_stop_shows_its_number(self):
        response = self.client.get(url_in(self.stops[0], "zh-hans"))
        self.assertContains(response, "第 1 站，共 2 站")

    def test_site_lists_its_exhibition_themes(self):
        response = self.client.get(url_in(self.site, "zh-hans"))
        self.assertContains(response, "<li>金融交易体验</li>", html=True)


class LanguageTests(PageTreeFixture, TestCase):
    """Visitors get their language, and can always switch to the same page in the other."""

    def test_root_redirects_by_accept_language(self):
        cases = {
            "en-GB,en;q=0.9": "/en/",
            "zh-CN,zh;q=0.9": "/zh-hans/",
            "zh-TW": "/zh-hans/",
            "": "/zh-hans/",
        }
        for header, target in cases.items():
            with self.subTest(accept_language=header):
                response = self.client.get("/", headers={"accept-language": header})
                self.assertRedirects(response, target, fetch_redirect_response=False)

    def test_slugs_differ_per_language(self):
        self.assertEqual(url_in(self.museum, "zh-hans"), "/zh-hans/jinrong-lishi-bowuguan/")
        self.assertEqual(url_in(self.museum, "en"), "/en/financial-history-museum/")
        # The Chinese slug under /en/ leads to the English URL (exhibits.visitor.redirects).
        self.assertRedirects(
            self.client.get("/en/jinrong-lishi-bowuguan/"),
            "/en/financial-history-museum/",
            status_code=301,
        )

    def test_switcher_and_hreflang_lead_to_the_same_page(self):
        for page in self.all_pages():
            zh_url, en_url = url_in(page, "zh-hans"), url_in(page, "en")
            with self.subTest(page=type(page).__name__):
                zh_page = self.client.get(zh_url)
                self.assertContains(zh_page, f'<a class="language-switcher__link" href="{en_url}"')
                self.assertContains(zh_page, f'hreflang="en" href="http://testserver{en_url}"')
                en_page = self.client.get(en_url)
                self.assertContains(en_page, f'<a class="language-switcher__link" href="{zh_url}"')
                self.assertContains(en_page, f'hreflang="zh-hans" href="http://testserver{zh_url}"')

    def test_fixed_text_is_translated(self):
        zh = self.client.get(url_in(self.museum, "zh-hans"))
        en = self.client.get(url_in(self.museum, "en"))
        self.assertContains(zh, "开放时间")
        self.assertContains(en, "Opening hours")


class TranslationFallbackTests(TestCase):
    """An English page with empty fields shows the Chinese text and says so in both languages."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.untranslated = ExhibitPageFactory(
            parent=cls.museum,
            title_zh_hans="九二大火",
            title_en="",
            intro_zh_hans="1949年9月2日下半城起火。",
            intro_en="",
        )
        cls.translated = ExhibitPageFactory(parent=cls.museum)

    def test_missing_english_shows_chinese_with_a_bilingual_note(self):
        response = self.client.get(url_in(self.untranslated, "en"))
        self.assertContains(response, "九二大火")
        self.assertContains(response, "1949年9月2日下半城起火。")
        self.assertContains(response, PENDING_ZH)
        self.assertContains(response, PENDING_EN)

    def test_complete_pages_have_no_note(self):
        self.assertNotContains(self.client.get(url_in(self.translated, "en")), PENDING_EN)
        self.assertNotContains(self.client.get(url_in(self.untranslated, "zh-hans")), PENDING_EN)

    def test_missing_translations_names_the_fields(self):
        self.assertEqual(self.untranslated.missing_translations("en"), ["title", "intro"])
        self.assertEqual(self.untranslated.missing_translations("zh-hans"), [])
