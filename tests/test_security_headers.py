"""The header matrix: every kind of response carries the security headers fitted to it
(the README's "Response headers" table), in both languages."""

import base64
import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import TestCase, override_settings
from django.urls import path, reverse
from wagtail.documents import get_document_model

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory, TrailPageFactory
from exhibits.models import Partner, QRCode, Screen
from museum import urls as museum_urls
from museum.static_headers import static_file_headers
from tests.base import LANGUAGES, build_home, url_in

PARTNER = "https://travel.example.com"


def comparable(response):
    """A response's headers but the cache's own and the length (gzip pads at random)."""
    return {
        name: value
        for name, value in response.headers.items()
        if name not in ("X-Cache", "Content-Length")
    }


def failing_view(request):
    raise RuntimeError("a bug")


urlpatterns = [path("failing-view/", failing_view), *museum_urls.urlpatterns]

VISITOR_CSP = (
    "default-src 'none'; base-uri 'none'; connect-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; img-src 'self'; manifest-src 'self'; media-src 'self'; "
    "object-src 'none'; script-src 'self'; "
    f"style-src 'self' {settings.ERROR_PAGE_STYLE_HASH}; worker-src 'none'"
)
EMBED_CSP = VISITOR_CSP.replace("frame-ancestors 'none'", f"frame-ancestors 'self' {PARTNER}")
KIOSK_CSP = VISITOR_CSP.replace("worker-src 'none'", "worker-src 'self'")
WORKER_CSP = "default-src 'none'; connect-src 'self'; frame-ancestors 'none'"
DATA_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'"
QR_SYMBOL_CSP = DOCUMENT_CSP
ADMIN_CSP = (
    "default-src 'self'; base-uri 'self'; font-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; img-src 'self' data: blob:; media-src 'self' blob:; "
    "object-src 'none'; script-src 'self' 'unsafe-inline'; "
    "style-src 'self' 'unsafe-inline'; worker-src 'self' blob:"
)

# Sent on every response that passes the policy middleware.
EVERYWHERE = {
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": settings.MUSEUM_PERMISSIONS_POLICY,
}
PAGE = {
    **EVERYWHERE,
    "Content-Security-Policy": VISITOR_CSP,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
EMBED = {
    **PAGE,
    "Content-Security-Policy": EMBED_CSP,
    "X-Frame-Options": None,
    "Cross-Origin-Resource-Policy": "cross-origin",
}
KIOSK = {**PAGE, "Content-Security-Policy": KIOSK_CSP}
SAME_ORIGIN_DATA = {**PAGE, "Content-Security-Policy": DATA_CSP}
OPEN_DATA = {
    **SAME_ORIGIN_DATA,
    "Cross-Origin-Resource-Policy": "cross-origin",
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Credentials": None,
}
ADMIN = {
    **PAGE,
    "Content-Security-Policy": ADMIN_CSP,
    "Referrer-Policy": "same-origin",
}


def narration():
    document = get_document_model()(title="Narration")
    document.file.save("narration.mp3", ContentFile(b"ID3" + bytes(64)), save=False)
    document.save()
    return document


class HeaderMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home, title_en="Finance Museum")
        cls.exhibit = ExhibitPageFactory(parent=cls.museum, title_en="The counter")
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.code = QRCode.objects.get(page=cls.exhibit)
        cls.screen = Screen.objects.create(name="Hall", slug="hall", museum=cls.museum)
        cls.document = narration()
        Partner.objects.create(name="Portal", allowed_origins=PARTNER)

    def matrix(self, language):
        """(response kind, URL, expected status, expected headers; None: absent)."""
        exhibit = url_in(self.exhibit, language)
        screen = self.screen.slug
        document = self.document
        # The storage renames the file when an earlier test left one of the same name.
        filename = document.file.name.rsplit("/", 1)[-1]
        return [
            ("home page", url_in(self.home, language), 200, PAGE),
            ("exhibit page", exhibit, 200, PAGE),
            ("trail page", url_in(self.trail, language), 200, PAGE),
            ("search", f"/{language}/search/?q=counter", 200, PAGE),
            ("404 page", f"/{language}/no-such-page/", 404, PAGE),
            ("embed", f"{exhibit}embed/", 200, EMBED),
            ("QR keypad", f"/q/?lang={language}", 200, PAGE),
            ("QR unknown code", f"/q/ZZZZ?lang={language}", 404, PAGE),
            (
                "QR symbol (SVG)",
                f"/q/{self.code.code}.svg",
                200,
                {
                    **SAME_ORIGIN_DATA,
                    "Content-Security-Policy": QR_SYMBOL_CSP,
                },
            ),
            ("QR symbol (PNG)", f"/q/{self.code.code}.png", 200, SAME_ORIGIN_DATA),
            ("kiosk shell", f"/screen/{screen}/", 200, KIOSK),
            ("kiosk feed", f"/screen/{screen}/feed.json", 200, SAME_ORIGIN_DATA),
            (
                "kiosk service worker",
                "/screen/sw.js",
                200,
                {
                    **SAME_ORIGIN_DATA,
                    "Content-Security-Policy": WORKER_CSP,
                },
            ),
            ("search suggestions", f"/{language}/search/suggest/?q=co", 200, SAME_ORIGIN_DATA),
            ("API", f"/api/v2/pages/?lang={language}", 200, OPEN_DATA),
            ("API 404", "/api/v2/pages/999999/", 404, OPEN_DATA),
            ("OpenAPI", "/api/openapi.json", 200, OPEN_DATA),
            ("GeoJSON", "/geo/sites.geojson", 200, OPEN_DATA),
            ("oEmbed", f"/oembed/?url=http://localhost{exhibit}", 200, OPEN_DATA),
            ("sitemap", "/sitemap.xml", 200, SAME_ORIGIN_DATA),
            ("health check", "/healthz", 200, SAME_ORIGIN_DATA),
            (
                "document",
                f"/documents/{document.pk}/{filename}",
                200,
                {
                    **SAME_ORIGIN_DATA,
                    "Content-Security-Policy": DOCUMENT_CSP,
                },
            ),
            (
                "recording stream",
                reverse("stream_document", args=(document.pk, filename)),
                200,
                {
                    **SAME_ORIGIN_DATA,
                    "Content-Security-Policy": DOCUMENT_CSP,
                    "Cross-Origin-Resource-Policy": "cross-origin",
                },
            ),
            ("admin login", "/admin/login/", 200, ADMIN),
        ]

    def assert_headers(self, response, expected):
        for header, value in expected.items():
            with self.subTest(header=header):
                self.assertEqual(response.headers.get(header), value)

    def test_every_kind_of_response_in_both_languages(self):
        """Each response kind carries exactly its row of the matrix, in both languages."""
        for language in LANGUAGES:
            for kind, url, status, expected in self.matrix(language):
                with self.subTest(kind=kind, language=language, url=url):
                    response = self.client.get(url, headers={"accept-language": language})
                    self.assertEqual(response.status_code, status)
                    self.assert_headers(response, expected)

    @override_settings(MUSEUM_PAGE_CACHE_SECONDS=600)
    def test_a_page_cache_hit_carries_the_headers_of_the_miss(self):
        """An answer from the page cache has every header the rendered one had (policy,
        frames, referrers, resource policy, ETag, Vary), compressed or not."""
        cache.clear()
        hits = 0
        for language in LANGUAGES:
            for encoding in ("gzip", ""):
                for kind, url, _status, expected in self.matrix(language):
                    headers = {"accept-language": language, "accept-encoding": encoding}
                    miss = self.client.get(url, headers=headers)
                    hit = self.client.get(url, headers=headers)
                    if hit.get("X-Cache") != "hit":
                        continue
                    hits += 1
                    with self.subTest(kind=kind, language=language, encoding=encoding):
                        self.assert_headers(hit, expected)
                        self.assertEqual(comparable(hit), comparable(miss))
        self.assertGreaterEqual(hits, 12)

    def test_admin_pages_for_a_curator(self):
        """Logged-in admin views get the admin policy, never framed, same-origin referrers."""
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.create_superuser("boss", "b@example.com", "x")
        self.client.force_login(user)
        for url in ("/admin/", f"/admin/pages/{self.exhibit.pk}/edit/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assert_headers(response, ADMIN)

    @override_settings(ROOT_URLCONF=__name__)
    def test_server_error_page(self):
        """The 500 page carries the visitor policy, and its one inline style is allowed
        by the hash in the policy (no 'unsafe-inline')."""
        self.client.raise_request_exception = False
        response = self.client.get("/failing-view/")
        self.assertEqual(response.status_code, 500)
        self.assert_headers(response, PAGE)
        self.assertContains(response, "<style>", status_code=500)

    def test_error_page_style_hash_matches_the_template(self):
        """ERROR_PAGE_STYLE_HASH is the digest of templates/500.html's <style> element."""
        template = (settings.BASE_DIR / "templates" / "500.html").read_text()
        styles = re.findall(r"<style>(.*?)</style>", template, re.S)
        self.assertEqual(len(styles), 1)
        digest = base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode()
        self.assertEqual(settings.ERROR_PAGE_STYLE_HASH, f"'sha256-{digest}'")
        self.assertNotIn("style=", template)

    def test_no_visitor_template_has_inline_code(self):
        """Templates of visitor pages, embeds, screens and QR pages carry no inline script,
        style element, style attribute or event handler attribute (the admin's may)."""
        inline = re.compile(
            r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>"
            r"|<style|\sstyle=|\son[a-z]+=",
            re.I,
        )
        templates = settings.BASE_DIR / "templates"
        for template in templates.rglob("*.html"):
            relative = template.relative_to(templates).as_posix()
            if relative.startswith("wagtailadmin/") or relative == "500.html":
                continue
            with self.subTest(template=relative):
                self.assertIsNone(inline.search(template.read_text()))

    def test_static_files(self):
        """Static files are locked down; only embed.js (plain or hashed) may be loaded by
        other sites."""
        for url, cross in (
            ("/static/js/embed.js", True),
            ("/static/js/embed.0123456789ab.js", True),
            ("/static/js/embed.zz.js", False),
            ("/static/css/site.css", False),
            ("/static/icons/icon.svg", False),
            ("/favicon.ico", False),
        ):
            with self.subTest(url=url):
                headers = {}
                static_file_headers(headers, "unused", url)
                self.assertEqual(
                    headers["Cross-Origin-Resource-Policy"],
                    "cross-origin" if cross else "same-origin",
                )
                self.assertEqual(
                    headers["Content-Security-Policy"], "default-src 'none'; frame-ancestors 'none'"
                )

    def test_static_files_through_whitenoise(self):
        """WhiteNoise sends those headers, plus nosniff and COOP from SecurityMiddleware."""
        for url, corp in (
            ("/static/js/embed.js", "cross-origin"),
            ("/static/css/site.css", "same-origin"),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Cross-Origin-Resource-Policy"], corp)
                self.assertEqual(
                    response["Content-Security-Policy"],
                    "default-src 'none'; frame-ancestors 'none'",
                )
                self.assertEqual(response["X-Content-Type-Options"], "nosniff")
