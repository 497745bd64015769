"""The open-data API at /api/v2/: fields in both languages, CORS, page-size caps, the
per-client rate limit, and no draft or private text through any public endpoint."""

import uuid

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import TestCase, override_settings
from wagtail.models import PageViewRestriction

from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from tests.base import LANGUAGES, build_home, one_rate_limit_window, url_in


class APIFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.image = MuseumImageFactory()
        cls.museum = MuseumPageFactory(
            parent=cls.home,
            title_zh_hans="重庆金融历史博物馆",
            title_en="Chongqing Financial History Museum",
            listing_image=cls.image,
        )
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum, title_zh_hans="美丰银行柜台", title_en="", intro_en=""
        )
        cls.index = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.site = HeritageSitePageFactory(parent=cls.index)
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stop = TrailStopPageFactory(parent=cls.trail)

    def setUp(self):
        cache.clear()

    def get_json(self, url, **params):
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200, response.content[:300])
        return response.json()


class APIFieldTests(APIFixture, TestCase):
    def test_lists_the_five_content_types_only(self):
        """Museums, exhibits, heritage sites, trails and stops; not the home or index pages."""
        data = self.get_json("/api/v2/pages/", limit=50)
        types = {item["meta"]["type"] for item in data["items"]}
        self.assertEqual(
            types,
            {
                "exhibits.MuseumPage",
                "exhibits.ExhibitPage",
                "exhibits.HeritageSitePage",
                "exhibits.TrailPage",
                "exhibits.TrailStopPage",
            },
        )

    def test_text_fields_come_in_both_languages(self):
        """Every translated field appears with each suffix, without fallback."""
        data = self.get_json(f"/api/v2/pages/{self.exhibit.pk}/")
        self.assertEqual(data["title_zh_hans"], "美丰银行柜台")
        self.assertIn(data["title_en"], (None, ""))
        self.assertEqual(data["intro_zh_hans"], "中文简介。")
        museum = self.get_json(f"/api/v2/pages/{self.museum.pk}/")
        self.assertEqual(museum["title_en"], "Chongqing Financial History Museum")
        self.assertEqual(museum["address_zh_hans"], "渝中区新华路")
        self.assertEqual(museum["address_en"], "Xinhua Road, Yuzhong")

    def test_lang_chooses_the_unsuffixed_fields_and_html_url(self):
        """?lang=en gives the English title and URL; the default is Simplified Chinese;
        an English field that is empty falls back to Chinese."""
        zh = self.get_json(f"/api/v2/pages/{self.museum.pk}/")
        en = self.get_json(f"/api/v2/pages/{self.museum.pk}/", lang="en")
        self.assertEqual(zh["title"], "重庆金融历史博物馆")
        self.assertEqual(en["title"], "Chongqing Financial History Museum")
        self.assertTrue(zh["meta"]["html_url"].endswith(url_in(self.museum, "zh-hans")))
        self.assertTrue(en["meta"]["html_url"].endswith(url_in(self.museum, "en")))
        fallback = self.get_json(f"/api/v2/pages/{self.exhibit.pk}/", lang="en")
        self.assertEqual(fallback["title"], "美丰银行柜台")

    def test_unknown_language_is_a_bad_request(self):
        response = self.client.get("/api/v2/pages/", {"lang": "fr"})
        self.assertEqual(response.status_code, 400)

    def test_links_to_pages_embeds_and_geojson(self):
        """Each item links to its page and embed view in both languages, and to GeoJSON."""
        stop = self.get_json(f"/api/v2/pages/{self.stop.pk}/")
        for language in LANGUAGES:
            suffix = language.replace("-", "_")
            path = url_in(self.stop, language)
            self.assertTrue(stop["links"][f"html_{suffix}"].endswith(path))
            self.assertTrue(stop["links"][f"embed_{suffix}"].endswith(f"{path}embed/"))
        self.assertTrue(stop["links"]["geojson"].endswith(f"/geo/trails/{self.trail.pk}.geojson"))
        site = self.get_json(f"/api/v2/pages/{self.site.pk}/")
        self.assertTrue(site["links"]["geojson"].endswith("/geo/sites.geojson"))
        self.assertEqual(self.client.get(stop["links"]["geojson"]).status_code, 200)

    def test_images_come_with_rendition_urls_and_bilingual_alt_text(self):
        image = self.get_json(f"/api/v2/pages/{self.museum.pk}/")["image"]
        self.assertEqual(image["alt_zh_hans"], "测试图片")
        self.assertEqual(image["alt_en"], "Test image")
        for name in ("small", "large"):
            rendition = image["renditions"][name]
            self.assertTrue(
                rendition["url"].startswith(f"{settings.MUSEUM_PUBLIC_URL}/media/images/")
            )
            self.assertTrue(rendition["url"].endswith(".webp"))

    def test_page_size_is_capped(self):
        """limit above 50 is refused; a negative or absurd offset answers cleanly."""
        self.assertEqual(self.client.get("/api/v2/pages/", {"limit": 51}).status_code, 400)
        self.assertEqual(self.client.get("/api/v2/pages/", {"limit": 100000}).status_code, 400)
        self.assertEqual(self.client.get("/api/v2/pages/", {"limit": -1}).status_code, 400)
        far = self.get_json("/api/v2/pages/", offset=10**9)
        self.assertEqual(far["items"], [])

    def test_unknown_page_is_a_json_404_not_a_redirect(self):
        """An API 404 outside the language prefix stays a 404 (no redirect to /zh-hans/)."""
        response = self.client.get("/api/v2/pages/999999/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response["Content-Type"], "application/json")

    def test_full_text_search_is_left_to_the_site_search(self):
        """?search= is refused cleanly (the site's own search handles Chinese words)."""
        for query in ("Museum", '"', "博物馆 AND"):
            response = self.client.get("/api/v2/pages/", {"search": query})
            self.assertEqual(response.status_code, 400)

    def test_the_api_speaks_json_only(self):
        """No browsable HTML API: it would need its own CSP and session handling."""
        response = self.client.get("/api/v2/pages/", HTTP_ACCEPT="text/html")
        self.assertEqual(response["Content-Type"], "application/json")


class CORSTests(APIFixture, TestCase):
    ENDPOINTS = ("/api/v2/pages/", "/geo/sites.geojson", "/oembed/?url=x")

    def test_any_origin_may_read_without_credentials(self):
        """ACAO is * (never the reflected origin) and credentials are never allowed."""
        for url in self.ENDPOINTS:
            with self.subTest(url=url):
                response = self.client.get(url, HTTP_ORIGIN="https://x.example")
                self.assertEqual(response["Access-Control-Allow-Origin"], "*")
                self.assertNotIn("Access-Control-Allow-Credentials", response)
                self.assertEqual(response["Cross-Origin-Resource-Policy"], "cross-origin")

    def test_preflight_allows_reading_only(self):
        response = self.client.options(
            "/api/v2/pages/",
            HTTP_ORIGIN="https://x.example",
            HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        )
        self.assertEqual(response.status_code, 204)
        self.assertEqual(response["Access-Control-Allow-Methods"], "GET, HEAD, OPTIONS")
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")

    def test_options_never_returns_a_body(self):
        """OPTIONS without a preflight answered the API's description, and on GeoJSON and
        oEmbed the whole document; now every OPTIONS is an empty 204 naming the methods."""
        for url in self.ENDPOINTS:
            for headers in ({}, {"HTTP_ACCESS_CONTROL_REQUEST_METHOD": "GET"}):
                with self.subTest(url=url, preflight=bool(headers)):
                    response = self.client.options(url, HTTP_ORIGIN="https://x.example", **headers)
                    self.assertEqual(response.status_code, 204)
                    self.assertEqual(response.content, b"")
                    self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")
                    self.assertEqual(response["Access-Control-Allow-Origin"], "*")
                    self.assertEqual("Access-Control-Allow-Methods" in response, bool(headers))

    def test_writes_are_refused(self):
        response = self.client.post("/api/v2/pages/", {}, HTTP_ORIGIN="https://x.example")
        self.assertEqual(response.status_code, 405)

    def test_visitor_pages_get_no_cors_headers(self):
        response = self.client.get(url_in(self.museum, "zh-hans"), HTTP_ORIGIN="https://x.example")
        self.assertNotIn("Access-Control-Allow-Origin", response)


@override_settings(MUSEUM_OPEN_DATA_RATE_LIMIT=(5, 60))
class RateLimitTests(APIFixture, TestCase):
    def setUp(self):
        super().setUp()
        self.enterContext(one_rate_limit_window())

    def test_over_the_limit_answers_429_with_retry_after(self):
        """The sixth request within the minute from one address gets 429 and Retry-After,
        with CORS so that a partner's script can read it."""
        for _ in range(5):
            self.assertEqual(self.client.get("/api/v2/pages/").status_code, 200)
        response = self.client.get("/api/v2/pages/")
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Retry-After"], "50")  # the clock stands 10 s into the minute
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        self.assertEqual(response["RateLimit-Policy"], '"open-data";q=5;w=60')

    def test_options_requests_count_against_the_limit(self):
        """Preflights and other OPTIONS requests skipped the count: a client could send
        any number. They count like GETs, and over the limit they get 429 too."""
        for n in range(5):
            headers = {"HTTP_ACCESS_CONTROL_REQUEST_METHOD": "GET"} if n % 2 else {}
            self.assertEqual(self.client.options("/api/v2/pages/", **headers).status_code, 204)
        self.assertEqual(self.client.get("/api/v2/pages/").status_code, 429)
        preflight = self.client.options(
            "/geo/sites.geojson", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
        )
        self.assertEqual(preflight.status_code, 429)
        self.assertEqual(preflight["Access-Control-Allow-Origin"], "*")

    def test_clients_are_counted_separately(self):
        for _ in range(6):
            self.client.get("/oembed/?url=x", REMOTE_ADDR="203.0.113.7")
        self.assertEqual(
            self.client.get("/oembed/?url=x", REMOTE_ADDR="203.0.113.7").status_code, 429
        )
        self.assertEqual(
            self.client.get("/api/v2/pages/", REMOTE_ADDR="203.0.113.8").status_code, 200
        )

    def test_visitor_pages_are_never_limited(self):
        """A tour group of 60 phones behind one museum Wi-Fi address all get their page."""
        url = url_in(self.exhibit, "zh-hans")
        for _ in range(60):
            self.assertEqual(self.client.get(url, REMOTE_ADDR="198.51.100.1").status_code, 200)
        self.assertEqual(self.client.get(f"{url}embed/").status_code, 200)

    @override_settings(MUSEUM_TRUSTED_PROXY_COUNT=1)
    def test_behind_a_proxy_the_forwarded_address_counts(self):
        for _ in range(6):
            self.client.get("/api/v2/pages/", HTTP_X_FORWARDED_FOR="192.0.2.1")
        blocked = self.client.get("/api/v2/pages/", HTTP_X_FORWARDED_FOR="192.0.2.1")
        other = self.client.get("/api/v2/pages/", HTTP_X_FORWARDED_FOR="192.0.2.2")
        self.assertEqual((blocked.status_code, other.status_code), (429, 200))


def redis_reachable():
    try:
        import redis

        return redis.Redis.from_url("redis://127.0.0.1:6379/15", socket_connect_timeout=1).ping()
    except Exception:  # noqa: BLE001 -- any failure means "no Redis here"
        return False


@pytest.mark.skipif(not redis_reachable(), reason="no Redis at 127.0.0.1:6379 (CI has one)")
class RedisRateLimitTests(APIFixture, TestCase):
    def setUp(self):
        super().setUp()
        self.enterContext(one_rate_limit_window())

    def test_the_limit_holds_on_redis(self):
        """The counter works on the production cache backend (atomic INCR on Redis)."""
        prefix = f"museum-test-{uuid.uuid4().hex}"
        caches = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://127.0.0.1:6379/15",
                "KEY_PREFIX": prefix,
            }
        }
        with override_settings(CACHES=caches, MUSEUM_OPEN_DATA_RATE_LIMIT=(3, 60)):
            try:
                statuses = [self.client.get("/api/v2/pages/").status_code for _ in range(4)]
                self.assertEqual(statuses, [200, 200, 200, 429])
            finally:
                import redis

                client = redis.Redis.from_url("redis://127.0.0.1:6379/15")
                for key in client.scan_iter(f"{prefix}:*"):
                    client.delete(key)


CANARY = "CANARY-draft-7f3c91"


class NoLeakTests(TestCase):
    """Drafts, unpublished pages and private pages never show through any public endpoint."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.exhibit = ExhibitPageFactory(parent=cls.museum)
        cls.index = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.site = HeritageSitePageFactory(parent=cls.index)
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stop = TrailStopPageFactory(parent=cls.trail)
        # 1. A draft revision of live pages, in every language and text field.
        for live in (cls.exhibit, cls.stop, cls.site):
            page = type(live).objects.get(pk=live.pk)
            page.title_zh_hans = f"草稿 {CANARY}"
            page.title_en = f"Draft {CANARY}"
            page.intro_zh_hans = page.intro_en = CANARY
            page.body_en = [("paragraph", f"<p>{CANARY}</p>")]
            page.save_revision()
        # 2. A page that was never published.
        cls.unpublished_id = ExhibitPageFactory(
            parent=cls.museum, live=False, title_zh_hans=CANARY, title_en=CANARY
        ).pk
        # 3. Private pages: live, but behind a login.
        cls.private_stop = TrailStopPageFactory(
            parent=cls.trail, title_zh_hans=CANARY, title_en=CANARY
        )
        cls.private_site = HeritageSitePageFactory(parent=cls.index, intro_en=CANARY)
        for page in (cls.private_stop, cls.private_site):
            PageViewRestriction.objects.create(page=page, restriction_type="login")

    def setUp(self):
        cache.clear()

    def public_urls(self):
        pages = [self.home, self.museum, self.exhibit, self.index, self.site, self.trail]
        pages += [self.stop, self.private_stop, self.private_site]
        page_ids = [*(page.pk for page in pages), self.unpublished_id]
        urls = [
            "/sitemap.xml",
            "/sitemap-pages.xml",
            "/geo/sites.geojson",
            f"/geo/trails/{self.trail.pk}.geojson",
        ]
        for language in LANGUAGES:
            for page in pages:
                path = url_in(page, language)
                urls += [path, f"{path}embed/", f"/oembed/?url=http://localhost{path}"]
                urls.append(f"/oembed/?url=http://localhost{path}embed/")
            # Not the canary itself: the search page repeats the query it was given.
            for query in ("Draft", "草稿", "CANARY"):
                urls += [f"/{language}/search/?q={query}", f"/{language}/search/suggest/?q={query}"]
            urls += [
                f"/api/v2/pages/?fields=*&limit=50&lang={language}",
                f"/api/v2/pages/?type=exhibits.ExhibitPage&fields=*&lang={language}",
                f"/api/v2/pages/?type=exhibits.TrailStopPage&fields=*&lang={language}",
                f"/api/v2/pages/?type=exhibits.HeritageSitePage&fields=*&lang={language}",
            ]
            urls += [f"/api/v2/pages/{pk}/?lang={language}" for pk in page_ids]
        return urls

    def crawl(self):
        leaks = []
        for url in self.public_urls():
            response = self.client.get(url, follow=True)
            self.assertLess(response.status_code, 500, url)
            if CANARY in response.content.decode():
                leaks.append(url)
        return leaks

    def test_canary_never_appears_until_published(self):
        """The canary string is nowhere in pages, embeds, oEmbed, the API, GeoJSON, the
        sitemap or search; once the draft is published it shows at once (so the crawl
        would have seen it)."""
        self.assertEqual(self.crawl(), [])
        self.exhibit.refresh_from_db()
        self.exhibit.get_latest_revision().publish()
        detail = self.client.get(f"/api/v2/pages/{self.exhibit.pk}/")
        self.assertIn(CANARY, detail.content.decode())
        self.assertIn(
            CANARY, self.client.get(f"{url_in(self.exhibit, 'en')}embed/").content.decode()
        )
