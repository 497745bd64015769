"""Visitor HTML, JSON and GeoJSON go out gzip-compressed to clients that accept it, with
``Vary: Accept-Encoding``; ETags survive the compression, so revalidation still ends in a
304; media and byte ranges are never compressed."""

import gzip
import random
from unittest import mock

from django.http import HttpResponse
from django.test import RequestFactory, SimpleTestCase, TestCase
from django.urls import reverse
from django.utils.text import compress_string

from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import QRCode, Screen
from museum import compression
from museum.compression import CompressTextMiddleware, gzipped_if_shorter
from tests.base import LANGUAGES, build_home, url_in

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


class CompressionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home, title_zh_hans="重庆金融历史博物馆", title_en="Finance Museum"
        )
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum,
            title_zh_hans="美丰银行柜台",
            title_en="Meifeng Bank counter",
            listing_image=MuseumImageFactory(),
        )
        cls.index = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.site = HeritageSitePageFactory(parent=cls.index)
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stop = TrailStopPageFactory(parent=cls.trail)
        cls.screen = Screen.objects.create(name="Hall", slug="hall", museum=cls.museum)

    def assertGzipped(self, response):  # noqa: N802 -- unittest's naming
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertIn("Accept-Encoding", response["Vary"])
        return gzip.decompress(response.content)

    def test_visitor_pages_are_gzipped_in_both_languages(self):
        """The exhibit page in each language: gzip on the wire, the same page once unpacked."""
        for language in LANGUAGES:
            with self.subTest(language=language):
                path = url_in(self.exhibit, language)
                plain = self.client.get(path)
                self.assertNotIn("Content-Encoding", plain)
                packed = self.client.get(path, **GZIP)
                body = self.assertGzipped(packed)
                self.assertIn(f'<html lang="{language}">'.encode(), body)
                self.assertLess(len(packed.content), len(plain.content) / 2)

    def test_json_and_geojson_are_gzipped(self):
        """The API, oEmbed, GeoJSON and the sitemap."""
        oembed_url = f"http://localhost{url_in(self.exhibit, 'en')}"
        for url, params in (
            ("/api/v2/pages/", {"fields": "*"}),
            (f"/api/v2/pages/{self.exhibit.pk}/", {}),
            ("/oembed/", {"url": oembed_url}),
            ("/geo/sites.geojson", {}),
            (f"/geo/trails/{self.trail.pk}.geojson", {}),
            ("/sitemap-pages.xml", {}),  # the index itself is too short to gain from gzip
        ):
            with self.subTest(url=url):
                self.assertGzipped(self.client.get(url, params, **GZIP))

    def test_a_compressed_page_still_revalidates_to_304(self):
        """The ETag a phone got with the gzipped page (weak, W/"...") and the strong one an
        uncompressed client got both earn a 304 with no body; a changed tag gets the page."""
        for language in LANGUAGES:
            with self.subTest(language=language):
                path = url_in(self.exhibit, language)
                packed = self.client.get(path, **GZIP)
                self.assertGzipped(packed)
                weak = packed["ETag"]
                strong = self.client.get(path)["ETag"]
                self.assertEqual(weak, f"W/{strong}")
                for tag in (weak, strong):
                    again = self.client.get(path, HTTP_IF_NONE_MATCH=tag, **GZIP)
                    self.assertEqual(again.status_code, 304, tag)
                    self.assertEqual(again.content, b"")
                other = self.client.get(path, HTTP_IF_NONE_MATCH='W/"stale"', **GZIP)
                self.assertEqual(other.status_code, 200)

    def test_a_compressed_kiosk_feed_still_revalidates_to_304(self):
        """The feed a gallery screen polls: gzip, and its weakened ETag still matches."""
        url = reverse("kiosk_feed", args=[self.screen.slug])
        packed = self.client.get(url, **GZIP)
        self.assertGzipped(packed)
        again = self.client.get(url, HTTP_IF_NONE_MATCH=packed["ETag"], **GZIP)
        self.assertEqual(again.status_code, 304)

    def test_no_compression_without_accept_encoding_or_for_images(self):
        """Clients that do not ask get identity; a QR PNG is never gzipped."""
        self.assertNotIn("Content-Encoding", self.client.get("/api/v2/pages/"))
        code = self.client.get(url_in(self.exhibit, "zh-hans"))
        self.assertNotIn("Content-Encoding", code)
        qr = QRCode.for_page(self.exhibit)
        png = self.client.get(f"/q/{qr.code}.png", **GZIP)
        self.assertEqual(png.status_code, 200)
        self.assertNotIn("Content-Encoding", png)


class BorderlineBodyTests(SimpleTestCase):
    """A body that gzip shortens by less than Django's random BREACH padding is sent the
    same way every time, rendered or from the page cache: never compressed."""

    def body(self):
        """600 printable characters in no pattern: gzip saves some 60 bytes of them,
        less than the padding."""
        letters = [chr(code) for code in range(33, 127)]
        pick = random.Random(13).choice  # noqa: S311 -- fixed test data, not a secret
        return "".join(pick(letters) for _ in range(600))

    def test_the_decision_does_not_depend_on_the_padding(self):
        content = self.body().encode()
        self.assertLess(len(compress_string(content)), len(content))
        self.assertIsNone(gzipped_if_shorter(content))
        request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING="gzip")
        middleware = CompressTextMiddleware(lambda request: None)
        for _ in range(50):
            response = HttpResponse(self.body(), content_type="text/html")
            response = middleware.process_response(request, response)
            self.assertFalse(response.has_header("Content-Encoding"))
            self.assertEqual(response["Vary"], "Accept-Encoding")

    def test_a_body_gzip_shortens_well_is_always_compressed(self):
        content = b"<p>" + "打铜街 Datong Street ".encode() * 40 + b"</p>"
        self.assertIsNotNone(gzipped_if_shorter(content))
        request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING="gzip")
        middleware = CompressTextMiddleware(lambda request: None)
        for _ in range(50):
            with mock.patch.object(compression, "compress_string", wraps=compress_string) as spy:
                response = middleware.process_response(
                    request, HttpResponse(content, content_type="text/html")
                )
            self.assertEqual(spy.call_count, 1)  # once, with the padding
            self.assertEqual(response["Content-Encoding"], "gzip")
            self.assertEqual(gzip.decompress(response.content), content)
