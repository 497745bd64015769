"""Old URLs and other-language URLs of a page lead to it, in the language of the request."""

from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.actions.move_page import MovePageAction
from wagtail.models import Page

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage
from tests.base import LANGUAGES, build_home, url_in

MIDDLEWARE = "exhibits.visitor.redirects.CrossLanguageRedirectMiddleware"


class RedirectTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home, slug_zh_hans="jin-rong-bo-wu-guan", slug_en="finance-museum"
        )
        cls.other_museum = MuseumPageFactory(
            parent=cls.home, slug_zh_hans="si-fa-bo-wu-guan", slug_en="judicial-museum"
        )
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum, slug_zh_hans="gui-tai", slug_en="the-counter"
        )

    def urls(self, page):
        return {language: url_in(Page.objects.get(pk=page.pk), language) for language in LANGUAGES}

    def assertRedirectsTo(self, old, new):
        response = self.client.get(old)
        self.assertEqual(response.status_code, 301, old)
        self.assertEqual(response["Location"], new)
        self.assertEqual(self.client.get(new).status_code, 200, new)

    def move(self, page, parent):
        with self.captureOnCommitCallbacks(execute=True):
            MovePageAction(Page.objects.get(pk=page.pk), parent, pos="last-child").execute(
                skip_permission_checks=True
            )

    def test_a_moved_page_keeps_its_old_urls_and_embeds_in_both_languages(self):
        old = self.urls(self.exhibit)
        with translation.override("zh-hans"):  # the admin's language
            self.move(self.exhibit, self.other_museum)
        new = self.urls(self.exhibit)
        for language in LANGUAGES:
            with self.subTest(language=language):
                self.assertNotEqual(old[language], new[language])
                self.assertRedirectsTo(old[language], new[language])
                self.assertRedirectsTo(old[language] + "embed/", new[language] + "embed/")

    def test_moving_a_museum_keeps_its_exhibits_old_urls(self):
        old = self.urls(self.exhibit)
        with translation.override("en"):
            self.move(self.museum, self.other_museum)
        new = self.urls(self.exhibit)
        for language in LANGUAGES:
            with self.subTest(language=language):
                self.assertRedirectsTo(old[language], new[language])

    def test_an_english_slug_change_keeps_the_old_english_url(self):
        old = self.urls(self.exhibit)
        page = ExhibitPage.objects.get(pk=self.exhibit.pk)
        page.slug_en = "the-banking-counter"
        with translation.override("zh-hans"), self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()
        new = self.urls(self.exhibit)
        self.assertEqual(new["zh-hans"], old["zh-hans"])
        self.assertTrue(new["en"].endswith("/the-banking-counter/"))
        self.assertRedirectsTo(old["en"], new["en"])

    def test_a_path_in_the_other_language_leads_to_the_page_in_the_prefix_language(self):
        urls = self.urls(self.exhibit)
        chinese_path = urls["zh-hans"].removeprefix("/zh-hans")
        english_path = urls["en"].removeprefix("/en")
        self.assertRedirectsTo("/en" + chinese_path, urls["en"])
        self.assertRedirectsTo("/zh-hans" + english_path, urls["zh-hans"])
        self.assertRedirectsTo("/en" + chinese_path + "embed/", urls["en"] + "embed/")
        # Mixed: an English museum slug with a Chinese exhibit slug.
        self.assertRedirectsTo("/zh-hans/finance-museum/gui-tai/", urls["zh-hans"])

    def test_an_old_url_of_the_other_language_leads_to_the_page(self):
        old = self.urls(self.exhibit)
        self.move(self.exhibit, self.other_museum)
        new = self.urls(self.exhibit)
        self.assertRedirectsTo("/zh-hans" + old["en"].removeprefix("/en"), new["zh-hans"])

    def test_unknown_paths_stay_404_at_two_queries_more(self):
        path = "/en/finance-museum/no-such-exhibit/"
        self.client.get("/zh-hans/")  # warm the site and root-path caches
        with self.modify_settings(MIDDLEWARE={"remove": [MIDDLEWARE]}):
            client = Client()  # a new client builds its middleware from the settings
            client.get("/zh-hans/")
            with CaptureQueriesContext(connection) as without:
                self.assertEqual(client.get(path).status_code, 404)
        # The slug walk, then the other language's old URLs.
        with self.assertNumQueries(len(without) + 2):
            self.assertEqual(self.client.get(path).status_code, 404)
        self.assertEqual(self.client.get("/en/finance-museum/gui-tai/nope/").status_code, 404)

    def test_chinese_urls_still_serve(self):
        with translation.override("zh-hans"):
            self.assertEqual(self.client.get(url_in(self.exhibit, "zh-hans")).status_code, 200)
