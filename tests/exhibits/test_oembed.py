"""The oEmbed provider at /oembed/: rich iframes of embed views for our own pages only."""

from django.core.cache import cache
from django.test import TestCase
from wagtail.models import PageViewRestriction

from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from tests.base import build_home, url_in

ORIGIN = "http://localhost"  # the test site's root URL


class OEmbedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home, title_zh_hans="金融博物馆", title_en="Finance Museum"
        )
        cls.exhibit = ExhibitPageFactory(parent=cls.museum, title_en='The "counter" <b>')
        cls.index = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stop = TrailStopPageFactory(parent=cls.trail)
        cls.private = TrailStopPageFactory(parent=cls.trail)
        PageViewRestriction.objects.create(page=cls.private, restriction_type="login")
        cls.draft_path = url_in(ExhibitPageFactory(parent=cls.museum, live=False), "en")

    def setUp(self):
        cache.clear()

    def oembed(self, url, **params):
        return self.client.get("/oembed/", {"url": url, **params})

    def test_answers_rich_json_with_the_embed_iframe(self):
        """A page URL in either language gives type rich with an iframe of its embed view
        in that language."""
        for language, title in (("zh-hans", "金融博物馆"), ("en", "Finance Museum")):
            with self.subTest(language=language):
                path = url_in(self.museum, language)
                response = self.oembed(f"{ORIGIN}{path}", format="json")
                self.assertEqual(response.status_code, 200)
                data = response.json()
                self.assertEqual(data["version"], "1.0")
                self.assertEqual(data["type"], "rich")
                self.assertEqual(data["title"], title)
                self.assertIn(f'src="{ORIGIN}{path}embed/"', data["html"])
                self.assertEqual((data["width"], data["height"]), (600, 640))
                self.assertIn(f'width="{data["width"]}"', data["html"])
                self.assertEqual(response["Access-Control-Allow-Origin"], "*")

    def test_embed_urls_and_every_embeddable_type_are_found(self):
        for page in (self.exhibit, self.trail, self.stop):
            with self.subTest(page=page.pk):
                path = url_in(page, "en")
                self.assertEqual(self.oembed(f"{ORIGIN}{path}").status_code, 200)
                self.assertEqual(self.oembed(f"{ORIGIN}{path}embed/").status_code, 200)

    def test_titles_are_escaped_in_the_html(self):
        data = self.oembed(f"{ORIGIN}{url_in(self.exhibit, 'en')}").json()
        self.assertIn('title="The &quot;counter&quot; &lt;b&gt;"', data["html"])

    def test_maxwidth_and_maxheight_bound_the_iframe(self):
        data = self.oembed(
            f"{ORIGIN}{url_in(self.trail, 'en')}", maxwidth="320", maxheight="480"
        ).json()
        self.assertEqual((data["width"], data["height"]), (320, 480))
        self.assertIn('width="320" height="480"', data["html"])
        large = self.oembed(f"{ORIGIN}{url_in(self.trail, 'en')}", maxwidth="5000").json()
        self.assertEqual(large["width"], 600)
        junk = self.oembed(f"{ORIGIN}{url_in(self.trail, 'en')}", maxwidth="-3;x").json()
        self.assertEqual(junk["width"], 600)

    def test_foreign_or_unknown_urls_answer_404(self):
        """Other hosts, unknown paths, pages without an embed view, drafts and private
        pages are all "not found"."""
        urls = [
            f"https://evil.example{url_in(self.museum, 'en')}",
            f"{ORIGIN}/en/no-such-page/",
            f"{ORIGIN}/fr/museum/",
            f"{ORIGIN}/",
            f"{ORIGIN}{url_in(self.home, 'en')}",
            f"{ORIGIN}{url_in(self.index, 'en')}",
            f"{ORIGIN}{self.draft_path}",
            f"{ORIGIN}{url_in(self.private, 'en')}",
            "javascript:alert(1)",
            "not a url",
        ]
        for url in urls:
            with self.subTest(url=url):
                self.assertEqual(self.oembed(url).status_code, 404)

    def test_xml_is_not_implemented(self):
        response = self.oembed(f"{ORIGIN}{url_in(self.museum, 'en')}", format="xml")
        self.assertEqual(response.status_code, 501)

    def test_missing_url_is_a_bad_request(self):
        self.assertEqual(self.client.get("/oembed/").status_code, 400)
