"""The page cache (museum/page_cache.py, issue 13): fast for anonymous visitors, never stale.

A hit answers without running the view; every kind of change that can reach a public
answer makes the next request render afresh; logged-in users, previews, cookies and
private answers never go through it; ETags and 304s work from it; without a cache
pages render uncached.
"""

import gzip
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory, TestCase, override_settings
from django.utils.text import compress_string
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction, Site

from exhibits.factories import (
    ExhibitPageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    TrailPageFactory,
)
from exhibits.models import ExhibitPage, Partner, QRCode, ScanCount, Screen
from museum import compression, page_cache
from tests.base import build_home, url_in
from tests.test_cache_outage import free_port

PARTNER = "https://partner.example.com"


@override_settings(MUSEUM_PAGE_CACHE_SECONDS=600)
class PageCacheTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home, title_en="Meifeng Bank museum")
        cls.other_museum = MuseumPageFactory(parent=cls.home, title_en="Chuankang museum")
        cls.image = MuseumImageFactory(description_en="The counter in 1930")
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum, title_en="The counter", listing_image=cls.image
        )
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.screen = Screen.objects.create(name="Hall", slug="hall", museum=cls.museum)

    def setUp(self):
        cache.clear()

    def get(self, url, **headers):
        return self.client.get(url, **headers)

    def warm(self, url):
        """GET twice: the first renders and stores, the second is a hit."""
        first = self.get(url)
        self.assertEqual(first.status_code, 200)
        self.assertEqual(first["X-Cache"], "miss")
        second = self.get(url)
        self.assertEqual(second["X-Cache"], "hit")
        return second

    def assert_fresh(self, url, contains=None, absent=None):
        response = self.get(url)
        self.assertEqual(response["X-Cache"], "miss")
        text = response.content.decode()
        if contains:
            self.assertIn(contains, text)
        if absent:
            self.assertNotIn(absent, text)
        return response


class HitTests(PageCacheTestCase):
    def test_a_hit_runs_no_query_and_repeats_the_answer(self):
        """The second GET of a visitor page is served from the cache with no query, same bytes
        and the same headers (ETag, Vary, Content-Language, frame policy)."""
        url = url_in(self.exhibit, "en")
        first = self.get(url)
        with self.assertNumQueries(0):
            second = self.get(url)
        self.assertEqual((first["X-Cache"], second["X-Cache"]), ("miss", "hit"))
        self.assertEqual(first.content, second.content)
        for header in ("ETag", "Vary", "Content-Language", "Content-Security-Policy"):
            self.assertEqual(first[header], second[header], header)
        self.assertEqual(second["Cache-Control"], "no-cache")

    def test_each_language_has_its_own_entry(self):
        """The Chinese and English pages never answer for each other."""
        zh, en = self.warm(url_in(self.exhibit, "zh-hans")), self.warm(url_in(self.exhibit, "en"))
        self.assertEqual((zh["Content-Language"], en["Content-Language"]), ("zh-hans", "en"))
        self.assertIn("The counter", en.content.decode())
        self.assertNotEqual(zh["ETag"], en["ETag"])

    def test_language_from_accept_language_is_part_of_the_key(self):
        """Outside the language prefix the browser's language picks the entry."""
        request = RequestFactory().get("/oembed/", HTTP_ACCEPT_LANGUAGE="en")
        other = RequestFactory().get("/oembed/", HTTP_ACCEPT_LANGUAGE="zh-CN")
        self.assertNotEqual(page_cache.cache_key(request), page_cache.cache_key(other))

    def test_a_hit_answers_if_none_match_with_304(self):
        """A phone that already has the page gets a 304 from the cache, without a query."""
        url = url_in(self.exhibit, "zh-hans")
        etag = self.warm(url)["ETag"]
        with self.assertNumQueries(0):
            again = self.get(url, HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(again.status_code, 304)
        self.assertEqual(again["ETag"], etag)
        self.assertEqual(self.get(url, HTTP_IF_NONE_MATCH='"other"').status_code, 200)

    def test_a_hit_is_one_round_trip_to_the_cache(self):
        """The content version and the entry are read together: one get_many, nothing else."""
        url = url_in(self.exhibit, "en")
        self.warm(url)
        with mock.patch.object(page_cache, "cache", wraps=cache) as spy:
            self.assertEqual(self.get(url)["X-Cache"], "hit")
        self.assertEqual([call[0] for call in spy.method_calls], ["get_many"])

    def test_a_hit_is_gzipped_once_when_stored_not_on_every_request(self):
        """A phone that accepts gzip gets the copy compressed when the page was stored,
        the very bytes the miss that stored it was sent, with the same weak ETag, Vary
        and length; others get the page as rendered."""
        url = url_in(self.exhibit, "en")
        with mock.patch.object(compression, "compress_string", wraps=compress_string) as compress:
            miss = self.get(url, HTTP_ACCEPT_ENCODING="gzip")
            self.assertEqual(compress.call_count, 1)
            compress.reset_mock()
            hit = self.get(url, HTTP_ACCEPT_ENCODING="gzip, br")
        compress.assert_not_called()
        self.assertEqual(miss["Content-Encoding"], "gzip")
        self.assertEqual((hit["X-Cache"], hit["Content-Encoding"]), ("hit", "gzip"))
        self.assertEqual(hit.content, miss.content)
        self.assertEqual(hit["Content-Length"], str(len(hit.content)))
        for header in ("ETag", "Vary", "Content-Type", "Content-Security-Policy"):
            self.assertEqual(hit[header], miss[header], header)
        self.assertTrue(hit["ETag"].startswith('W/"'))
        plain = self.get(url)
        self.assertEqual(plain["X-Cache"], "hit")
        self.assertNotIn("Content-Encoding", plain)
        self.assertEqual(plain.content, gzip.decompress(miss.content))
        self.assertEqual(self.get(url, HTTP_IF_NONE_MATCH=hit["ETag"]).status_code, 304)

    def test_a_conditional_miss_still_fills_the_cache(self):
        """A revalidating phone on a cold cache gets its 304, and the page is stored."""
        url = url_in(self.exhibit, "zh-hans")
        etag = self.get(url)["ETag"]
        cache.clear()
        first = self.get(url, HTTP_IF_NONE_MATCH=etag)
        self.assertEqual((first.status_code, first["X-Cache"]), (304, "miss"))
        self.assertEqual(self.get(url)["X-Cache"], "hit")

    def test_embed_keeps_its_frame_policy_from_the_cache(self):
        """A cached embed still names the active partners in frame-ancestors."""
        Partner.objects.create(name="Portal", allowed_origins=PARTNER)
        url = url_in(self.exhibit, "en") + "embed/"
        hit = self.warm(url)
        self.assertIn(PARTNER, hit["Content-Security-Policy"])
        self.assertNotIn("X-Frame-Options", hit)

    def test_kiosk_feed_is_cached_and_still_answers_304(self):
        """The screen's poll is a hit, and with its ETag a 304 without a query."""
        url = f"/screen/{self.screen.slug}/feed.json"
        etag = self.warm(url)["ETag"]
        with self.assertNumQueries(0):
            again = self.get(url, HTTP_IF_NONE_MATCH=etag)
        self.assertEqual((again.status_code, again["X-Cache"]), (304, "hit"))

    def test_open_data_and_sitemap_are_cached(self):
        """GeoJSON, oEmbed, the API list and detail, and the sitemap are hits the second time."""
        oembed = f"/oembed/?url=http://localhost{url_in(self.exhibit, 'en')}"
        for url in (
            "/geo/sites.geojson",
            f"/geo/trails/{self.trail.pk}.geojson",
            oembed,
            "/api/v2/pages/",
            f"/api/v2/pages/{self.exhibit.pk}/",
            "/sitemap.xml",
        ):
            with self.subTest(url=url):
                hit = self.warm(url)
                if url.startswith(("/api/", "/geo/", "/oembed/")):
                    self.assertEqual(hit["Access-Control-Allow-Origin"], "*")


class NeverCachedTests(PageCacheTestCase):
    def test_logged_in_users_never_use_the_cache(self):
        """A curator neither gets the visitors' copy nor leaves their page in the cache."""
        url = url_in(self.exhibit, "en")
        self.warm(url)
        self.client.force_login(get_user_model().objects.create_user("curator", password="x"))
        for _ in range(2):
            response = self.get(url)
            self.assertNotIn("X-Cache", response)
            self.assertIn("private", response["Cache-Control"])

    def test_session_and_csrf_cookies_bypass_the_cache(self):
        """Whoever carries a session or CSRF cookie (a curator, anyone who opened the
        sign-in form) is answered by the full stack, decided without loading the session."""
        url = url_in(self.exhibit, "en")
        self.warm(url)
        for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, "messages"):
            with self.subTest(cookie=name):
                self.client.cookies.clear()
                self.client.cookies[name] = "anything"
                response = self.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("X-Cache", response)

    def test_previews_never_use_the_cache(self):
        """The editor's preview renders the draft every time."""
        user = get_user_model().objects.create_superuser("admin", password="x")
        self.client.force_login(user)
        url = f"/admin/pages/{self.exhibit.pk}/edit/preview/"
        self.assertNotIn("X-Cache", self.client.get(url))

    def test_posts_are_never_answered_from_the_cache(self):
        url = url_in(self.exhibit, "en")
        self.warm(url)
        self.assertNotIn("X-Cache", self.client.post(url))

    def test_answers_that_set_cookies_are_never_stored_or_served(self):
        """A response with Set-Cookie renders again for the next visitor, and no hit sets one."""
        calls = []

        def view(request):
            calls.append(request)
            response = HttpResponse("hello", content_type="text/html")
            response.set_cookie("token", f"secret-{len(calls)}")
            return response

        middleware = page_cache.PageCacheMiddleware(view)
        for _ in range(2):
            response = middleware(RequestFactory().get("/zh-hans/anything/"))
            self.assertEqual(response["X-Cache"], "miss")
        self.assertEqual(len(calls), 2)

    def test_private_and_no_store_answers_are_never_stored(self):
        for directive in ("private", "no-store"):
            calls = []

            def view(request, directive=directive, calls=calls):
                calls.append(1)
                response = HttpResponse("hello", content_type="text/html")
                response["Cache-Control"] = directive
                return response

            middleware = page_cache.PageCacheMiddleware(view)
            for _ in range(2):
                middleware(RequestFactory().get("/en/private/"))
            self.assertEqual(len(calls), 2, directive)

    def test_password_protected_pages_are_never_stored(self):
        """A page behind a password renders its form for every visitor."""
        PageViewRestriction.objects.create(
            page=self.exhibit, restriction_type=PageViewRestriction.PASSWORD, password="pw"
        )
        url = url_in(self.exhibit, "en")
        for _ in range(2):
            self.client.cookies.clear()  # the form's CSRF cookie would bypass the cache
            self.assertEqual(self.get(url)["X-Cache"], "miss")

    def test_every_qr_scan_reaches_the_server(self):
        """/q/<code> is never a hit: the scans of three phones are all counted."""
        code = QRCode.objects.get(page=self.exhibit)
        for phone in range(3):
            scan = self.get(f"/q/{code.code}", REMOTE_ADDR=f"10.0.0.{phone + 1}")
            self.assertEqual((scan.status_code, scan["X-Cache"]), (302, "miss"))
        self.assertEqual(sum(ScanCount.objects.values_list("count", flat=True)), 3)

    def test_404s_and_redirects_are_not_stored(self):
        for _ in range(2):
            self.assertEqual(self.get("/en/no-such-page/")["X-Cache"], "miss")

    @override_settings(
        CACHES={
            "default": {
                "BACKEND": "museum.cache.ResilientRedisCache",
                "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
                "OPTIONS": {"RETRY_AFTER": 60},
            }
        }
    )
    def test_without_a_cache_pages_render_uncached(self):
        """With Redis unreachable every page still answers 200, rendered each time."""
        with self.assertLogs("museum.cache", "WARNING"):
            url = url_in(self.exhibit, "en")
            for _ in range(2):
                response = self.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("X-Cache", response)
                self.assertIn("The counter", response.content.decode())


class InvalidationTests(PageCacheTestCase):
    """Each kind of change makes the next request render afresh."""

    def exhibit_page(self):
        return ExhibitPage.objects.get(pk=self.exhibit.pk)

    def test_publish(self):
        url = url_in(self.exhibit, "en")
        self.warm(url)
        page = self.exhibit_page()
        page.title_en = "The new counter"
        page.save_revision().publish()
        self.assert_fresh(url, contains="The new counter")

    def test_a_draft_leaves_the_cache_alone(self):
        """Saving a draft changes nothing public, so the page stays a hit."""
        url = url_in(self.exhibit, "en")
        self.warm(url)
        page = self.exhibit_page()
        page.title_en = "Draft title"
        page.save_revision()
        hit = self.get(url)
        self.assertEqual(hit["X-Cache"], "hit")
        self.assertNotIn("Draft title", hit.content.decode())

    @override_settings(AXES_ENABLED=True)
    def test_wrong_passwords_leave_the_cache_alone(self):
        """A burst of failed sign-ins (recorded by django-axes) must not empty the cache."""
        url = url_in(self.exhibit, "en")
        self.warm(url)
        for _ in range(6):
            self.client.post("/admin/login/", {"username": "nobody", "password": "wrong"})
        self.client.cookies.clear()  # the sign-in form's CSRF cookie would bypass the cache
        self.assertEqual(self.get(url)["X-Cache"], "hit")

    def test_unpublish(self):
        museum_url = url_in(self.museum, "en")
        self.warm(museum_url)
        self.exhibit_page().unpublish()
        self.assert_fresh(museum_url, absent="The counter")
        self.assertEqual(self.get(url_in(self.exhibit, "en")).status_code, 404)

    def test_move(self):
        museum_url = url_in(self.museum, "en")
        self.warm(museum_url)
        self.exhibit_page().move(self.other_museum, pos="last-child")
        self.assert_fresh(museum_url, absent="The counter")
        self.assert_fresh(url_in(self.other_museum, "en"), contains="The counter")

    def test_delete(self):
        museum_url = url_in(self.museum, "en")
        self.warm(museum_url)
        self.exhibit_page().delete()
        self.assert_fresh(museum_url, absent="The counter")

    def test_revert(self):
        """Publishing an earlier revision again (Wagtail's revert) shows it at once."""
        page = self.exhibit_page()
        first = page.save_revision()
        first.publish()
        page = self.exhibit_page()
        page.title_en = "Second title"
        page.save_revision().publish()
        url = url_in(self.exhibit, "en")
        self.assertIn("Second title", self.warm(url).content.decode())
        first.publish()
        self.assert_fresh(url, contains="The counter", absent="Second title")

    def test_snippet_change(self):
        """A new partner is in every embed's frame policy at once."""
        url = url_in(self.exhibit, "en") + "embed/"
        self.assertNotIn(PARTNER, self.warm(url)["Content-Security-Policy"])
        Partner.objects.create(name="Portal", allowed_origins=PARTNER)
        self.assertIn(PARTNER, self.assert_fresh(url)["Content-Security-Policy"])

    def test_screen_change(self):
        url = f"/screen/{self.screen.slug}/"
        self.warm(url)
        self.screen.name = "Vault"
        self.screen.save()
        self.assert_fresh(url)

    def test_image_change(self):
        """A corrected alt text reaches the pages that show the image at once."""
        url = url_in(self.exhibit, "en")
        self.assertIn("The counter in 1930", self.warm(url).content.decode())
        self.image.description_en = "The counter in 1931"
        self.image.save()
        self.assert_fresh(url, contains="The counter in 1931")

    def test_site_change(self):
        url = url_in(self.exhibit, "en")
        self.warm(url)
        site = Site.objects.get(is_default_site=True)
        site.site_name = "Renamed"
        site.save()
        self.assert_fresh(url)

    def test_redirect_change(self):
        url = "/en/old-counter/"
        self.get(url)
        Redirect.objects.create(old_path=url.rstrip("/"), redirect_page=self.exhibit)
        self.assertEqual(self.get(url).status_code, 301)

    def test_view_restriction_added(self):
        """Protecting a page with a password takes its public copy out at once."""
        url = url_in(self.exhibit, "en")
        self.warm(url)
        PageViewRestriction.objects.create(
            page=Page.objects.get(pk=self.exhibit.pk),
            restriction_type=PageViewRestriction.PASSWORD,
            password="pw",
        )
        self.assertNotIn("The counter in 1930", self.assert_fresh(url).content.decode())
