"""Every absolute URL the product emits is on MUSEUM_PUBLIC_URL: never the request's host
(``testserver`` here) and never the Wagtail Site record (``localhost:80`` here)."""

import io
import json
import os
import re
import subprocess
import sys
from html import unescape

import zxingcpp
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from PIL import Image
from wagtail.models import Site

from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import QRCode
from tests.base import LANGUAGES, build_home, url_in

PUBLIC = "https://museum.example.cn"
ABSOLUTE_URL = re.compile(r"https?://[^\s\"'<>]+")


def origins_in(text):
    """The scheme://host[:port] of every absolute URL in text (unescaped first)."""
    return {"/".join(url.split("/", 3)[:3]) for url in ABSOLUTE_URL.findall(unescape(text))}


@override_settings(MUSEUM_PUBLIC_URL=PUBLIC, WAGTAILAPI_BASE_URL=PUBLIC)
class PublicOriginTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home,
            title_zh_hans="重庆金融历史博物馆",
            title_en="Chongqing Financial History Museum",
            listing_image=MuseumImageFactory(),
        )
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum, title_zh_hans="美丰银行柜台", title_en="Meifeng Bank counter"
        )
        cls.index = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.site = HeritageSitePageFactory(parent=cls.index)
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stop = TrailStopPageFactory(parent=cls.trail)
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.cn", "pw")

    def assertOnlyPublic(self, text):  # noqa: N802 -- unittest's naming
        origins = origins_in(text) - {"http://www.w3.org", "http://www.sitemaps.org"}
        self.assertTrue(origins, "no absolute URL at all")
        self.assertEqual(origins, {PUBLIC})

    def test_the_site_record_stays_at_localhost_while_these_run(self):
        """The premise: the Site record says localhost:80, the request host is testserver."""
        self.assertEqual(Site.objects.get(is_default_site=True).root_url, "http://localhost")

    def test_sitemap(self):
        """Every <loc> of the sitemap index and of the sitemap is on the public origin."""
        index = self.client.get("/sitemap.xml")
        self.assertEqual(
            re.findall(r"<loc>([^<]+)</loc>", index.content.decode()),
            [f"{PUBLIC}/sitemap-pages.xml", f"{PUBLIC}/sitemap-views.xml"],
        )
        self.assertOnlyPublic(index.content.decode())
        response = self.client.get("/sitemap-pages.xml")
        locations = re.findall(r"<loc>([^<]+)</loc>", response.content.decode())
        self.assertIn(f"{PUBLIC}{url_in(self.exhibit, 'zh-hans')}", locations)
        self.assertOnlyPublic(response.content.decode())
        views = self.client.get("/sitemap-views.xml").content.decode()
        self.assertIn(f"<loc>{PUBLIC}/en/glossary/</loc>", views)
        self.assertOnlyPublic(views)

    def test_api_list_and_detail(self):
        """html_url, the links in both languages, GeoJSON, detail_url and image renditions."""
        listing = self.client.get("/api/v2/pages/", {"fields": "*", "lang": "en"})
        self.assertOnlyPublic(listing.content.decode())
        for language in LANGUAGES:
            detail = self.client.get(f"/api/v2/pages/{self.stop.pk}/", {"lang": language}).json()
            self.assertEqual(detail["meta"]["html_url"], f"{PUBLIC}{url_in(self.stop, language)}")
            suffix = language.replace("-", "_")
            path = url_in(self.stop, language)
            self.assertEqual(detail["links"][f"html_{suffix}"], f"{PUBLIC}{path}")
            self.assertEqual(detail["links"][f"embed_{suffix}"], f"{PUBLIC}{path}embed/")
            self.assertEqual(
                detail["links"]["geojson"], f"{PUBLIC}/geo/trails/{self.trail.pk}.geojson"
            )
        museum = self.client.get(f"/api/v2/pages/{self.museum.pk}/")
        self.assertOnlyPublic(museum.content.decode())

    def test_oembed_url_and_iframe(self):
        """oEmbed finds a page by its public URL and answers with a public iframe src."""
        for language in LANGUAGES:
            path = url_in(self.exhibit, language)
            response = self.client.get("/oembed/", {"url": f"{PUBLIC}{path}"})
            self.assertEqual(response.status_code, 200)
            data = response.json()
            self.assertIn(f'src="{PUBLIC}{path}embed/"', data["html"])
            self.assertEqual(data["provider_url"], f"{PUBLIC}/")
            self.assertOnlyPublic(json.dumps(data))

    def test_oembed_discovery_and_embed_attribution(self):
        """The page's oEmbed discovery link and the embed's link back carry the public URL."""
        path = url_in(self.exhibit, "en")
        for url in (path, f"{path}embed/"):
            html = self.client.get(url).content.decode()
            links = re.findall(r"<link[^>]+application/json\+oembed[^>]+>", html)
            self.assertTrue(links)
            self.assertIn(f"url={PUBLIC.replace(':', '%3A').replace('/', '%2F')}", links[0])
        embed = self.client.get(f"{path}embed/").content.decode()
        self.assertIn(f'href="{PUBLIC}{path}"', embed)

    def test_geojson(self):
        """Every page URL in the GeoJSON is public, in both languages."""
        for url in ("/geo/sites.geojson", f"/geo/trails/{self.trail.pk}.geojson"):
            data = self.client.get(url).json()
            for feature in data["features"]:
                for suffix in ("zh_hans", "en"):
                    self.assertTrue(feature["properties"][f"url_{suffix}"].startswith(PUBLIC))
            self.assertOnlyPublic(json.dumps(data))

    def test_open_graph(self):
        """og:url and og:image are on the public origin in both languages."""
        for language in LANGUAGES:
            path = url_in(self.museum, language)
            html = self.client.get(path).content.decode()
            og = dict(re.findall(r'<meta property="(og:[a-z:]+)" content="([^"]*)"', html))
            self.assertEqual(og["og:url"], f"{PUBLIC}{path}")
            self.assertTrue(og["og:image"].startswith(f"{PUBLIC}/media/"))

    def test_qr_code_payload(self):
        """The QR image decodes to the short URL on the public origin."""
        code = QRCode.for_page(self.exhibit)
        png = self.client.get(f"/q/{code.code}.png").content
        decoded = [result.text for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]
        self.assertEqual(decoded, [f"{PUBLIC}/q/{code.code}"])

    def test_admin_embed_code(self):
        """The embed code curators copy for partners points at the public origin."""
        self.client.force_login(self.admin)
        response = self.client.get(reverse("exhibits_embed_code", args=[self.exhibit.pk]))
        self.assertEqual(response.status_code, 200)
        for language in LANGUAGES:
            src = f"{PUBLIC}{url_in(self.exhibit, language)}embed/"
            self.assertContains(response, f"&lt;iframe src=&quot;{src}&quot;")
            self.assertContains(response, f"data-museum-embed=&quot;{src}&quot;")
        self.assertContains(response, f"&lt;script src=&quot;{PUBLIC}/static/js/embed.js")

    def test_sync_site_points_the_site_record_at_the_public_origin(self):
        """`manage.py sync_site` sets the default Site's hostname and port (443 for https),
        so the links Wagtail builds itself agree; running it again changes nothing."""
        call_command("sync_site", stdout=io.StringIO())
        site = Site.objects.get(is_default_site=True)
        self.assertEqual((site.hostname, site.port), ("museum.example.cn", 443))
        self.assertEqual(site.root_url, PUBLIC)
        self.assertEqual(self.exhibit.get_full_url(), f"{PUBLIC}{url_in(self.exhibit, 'zh-hans')}")
        with override_settings(MUSEUM_PUBLIC_URL="http://127.0.0.1:8115"):
            call_command("sync_site", stdout=io.StringIO())
        site.refresh_from_db()
        self.assertEqual((site.hostname, site.port), ("127.0.0.1", 8115))


def production_settings(**env):
    """Import the production settings in a fresh interpreter; its exit code and stderr."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("MUSEUM_PUBLIC_URL", "DJANGO_SETTINGS_MODULE")
    }
    environ.update(DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="museum.example.cn", **env)
    result = subprocess.run(
        [sys.executable, "-c", "import museum.settings.production"],
        env=environ,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.returncode, result.stderr


def test_production_refuses_to_start_without_a_public_url():
    """Without MUSEUM_PUBLIC_URL (or with a path in it) production settings do not load:
    permanent QR labels must never encode the development default."""
    for env in (
        {},
        {"MUSEUM_PUBLIC_URL": "museum.example.cn"},
        {"MUSEUM_PUBLIC_URL": PUBLIC + "/x"},
    ):
        code, stderr = production_settings(**env)
        assert code != 0
        assert "MUSEUM_PUBLIC_URL must be set" in stderr
    code, stderr = production_settings(MUSEUM_PUBLIC_URL=PUBLIC + "/")
    assert code == 0, stderr
