"""Hostile input found by probing answers a clean 4xx with a message in both languages,
never a 500, on SQLite and PostgreSQL alike (tests/exhibits/test_hostile_fuzz.py throws
random input at the same parameters)."""

import json

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model

from exhibits.factories import (
    ExhibitPageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import Screen, ScreenHeartbeat
from tests.base import build_home

HUGE = "9" * 20  # past 2**63: overflowed SQLite ("Python int too large") and bigint


class HostileFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home, title_zh_hans="金融博物馆", title_en="Finance Museum"
        )
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum, title_zh_hans="美丰银行柜台", title_en="Meifeng counter"
        )
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stop = TrailStopPageFactory(parent=cls.trail)
        cls.screen = Screen.objects.create(name="Hall", slug="hall", museum=cls.museum)


class SearchInputTests(HostileFixture, TestCase):
    """The search box fires on every keystroke: what a visitor types never breaks it."""

    def test_a_quote_in_the_suggestions_is_only_a_separator(self):
        """A double quote was an FTS5 syntax error (500 on SQLite); now it is ignored."""
        for query in ['"', '"美丰', 'Meifeng"', 'a"b"c']:
            with self.subTest(query=query):
                response = self.client.get("/zh-hans/search/suggest/", {"q": query})
                self.assertEqual(response.status_code, 200)
        response = self.client.get("/en/search/suggest/", {"q": '"meif'})
        self.assertEqual(
            [item["title"] for item in response.json()["suggestions"]], ["Meifeng counter"]
        )

    def test_nul_in_the_suggestions_is_refused_in_both_languages(self):
        """NUL was a 500 on both databases (PostgreSQL refuses it in text)."""
        for language in ("en", "zh-hans"):
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/search/suggest/", {"q": "美丰\x00"})
                self.assertEqual(response.status_code, 400)
                self.assertEqual(
                    response.json(),
                    {
                        "error": "query holds control characters / 查询内容含有无法搜索的控制字符",
                        "suggestions": [],
                    },
                )

    def test_the_search_page_refuses_nul_with_a_message_and_takes_quotes(self):
        response = self.client.get("/en/search/", {"q": "bank\x00"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "cannot be searched", status_code=400)
        self.assertContains(response, 'name="q"', status_code=400)  # the form stays
        response = self.client.get("/zh-hans/search/", {"q": '"美丰"'})
        self.assertContains(response, "美丰银行柜台")


class VisitorPathTests(HostileFixture, TestCase):
    def test_nul_in_a_page_path_is_a_404(self):
        """The other-language redirect looked the slug up and PostgreSQL refused NUL (500);
        found by tests/exhibits/test_hostile_fuzz.py."""
        for path in ("/zh-hans/%00/", "/en/meifeng-counter%00/", "/en/a/%00/embed/"):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)


class OpenDataInputTests(HostileFixture, TestCase):
    """What a partner sends to the API, the GeoJSON and oEmbed."""

    def test_an_offset_past_64_bits_is_a_400_in_both_languages(self):
        """offset=2**63 overflowed the database (500)."""
        for offset in (str(2**63), HUGE, "-1", "abc", "1e3", "１２"):
            with self.subTest(offset=offset):
                response = self.client.get("/api/v2/pages/", {"offset": offset})
                self.assertEqual(response.status_code, 400)
                message = response.json()["message"]
                self.assertIn("offset must be a whole number", message)
                self.assertIn("须为", message)

    def test_a_bad_limit_is_a_400_in_both_languages(self):
        for limit in ("-1", "abc", HUGE, "51"):
            with self.subTest(limit=limit):
                response = self.client.get("/api/v2/pages/", {"limit": limit})
                self.assertEqual(response.status_code, 400)
                self.assertIn(
                    "limit must be a whole number from 0 to 50", response.json()["message"]
                )

    def test_find_by_an_id_that_is_not_a_number_is_a_400(self):
        """/api/v2/pages/find/?id=abc was a ValueError (500)."""
        for value in ("abc", "", "1.5", HUGE):
            with self.subTest(id=value):
                response = self.client.get("/api/v2/pages/find/", {"id": value})
                self.assertEqual(response.status_code, 400)
                self.assertIn("id must be a whole number", response.json()["message"])
        response = self.client.get("/api/v2/pages/find/", {"id": self.exhibit.pk})
        self.assertEqual(response.status_code, 302)

    def test_a_huge_trail_id_is_a_404(self):
        """A 20-digit id overflowed SQLite's integers (500)."""
        self.assertEqual(self.client.get(f"/geo/trails/{HUGE}.geojson").status_code, 404)
        self.assertEqual(self.client.get(f"/stream/{HUGE}/a.mp3").status_code, 404)
        response = self.client.get(f"/geo/trails/{self.trail.pk}.geojson")
        self.assertEqual(response.status_code, 200)

    def test_oembed_refuses_a_url_that_cannot_be_parsed(self):
        """http://[::1/ (an unclosed IPv6 address) was a ValueError (500)."""
        response = self.client.get("/oembed/", {"url": "http://[::1/"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("not a valid URL", response.json()["error"])
        self.assertIn("网址", response.json()["error"])
        nul = self.client.get("/oembed/", {"url": "http://localhost/zh-hans/%00/"})
        self.assertEqual(nul.status_code, 404)


class HeartbeatDateTests(HostileFixture, TestCase):
    """A heartbeat's start time must be a real date and time."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.token = cls.screen.rotate_token()

    def setUp(self):
        cache.clear()  # the screen's heartbeat count

    def beat(self, started):
        return self.client.post(
            reverse("kiosk_heartbeat", args=[self.screen.slug]),
            data=json.dumps({"version": "v1", "started": started}),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {self.token}",
        )

    def test_impossible_and_invalid_dates_are_a_400(self):
        """Month 13, 30 February and year 0 were ValueErrors (500)."""
        for started in (
            "2026-13-45T99:00:00",
            "2026-02-30T10:00:00",
            "0000-01-01T00:00:00",
            "0001-01-01T00:00:00+01:00",  # before year 1 in UTC
            "yesterday",
            12,
            ["2026-11-29"],
        ):
            with self.subTest(started=started):
                cache.clear()  # seven beats in a minute: past the limit
                response = self.beat(started)
                self.assertEqual(response.status_code, 400)
                self.assertIn("started 不是有效的日期时间", response.content.decode())
        self.assertFalse(ScreenHeartbeat.objects.exists())

    def test_a_real_date_or_none_still_records_the_beat(self):
        self.assertEqual(self.beat("2026-11-29T08:00:00+08:00").status_code, 204)
        self.assertEqual(
            ScreenHeartbeat.objects.get().started_at.isoformat(), "2026-11-29T00:00:00+00:00"
        )
        self.assertEqual(self.beat(None).status_code, 204)


class AdminSearchInputTests(HostileFixture, TestCase):
    """The admin's image and document search take any text."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.user = get_user_model().objects.create_superuser("admin", password="pw")
        cls.image = MuseumImageFactory(title="Vault door")
        cls.document = get_document_model().objects.create(
            title="Vault ledger", file=ContentFile(b"ledger", name="ledger.txt")
        )

    def test_quotes_and_control_characters_search_as_text(self):
        """A double quote was an FTS5 syntax error on SQLite (500); NUL one on PostgreSQL."""
        self.client.force_login(self.user)
        for url in (reverse("wagtailimages:index"), reverse("wagtaildocs:index")):
            for query in ['"', '"vault', 'vault"', 'a"b', "vault\x00", '"vault door"']:
                with self.subTest(url=url, query=query):
                    response = self.client.get(url, {"q": query})
                    self.assertEqual(response.status_code, 200)
        response = self.client.get(reverse("wagtailimages:index"), {"q": '"vault'})
        self.assertContains(response, "Vault door")
