"""Partner embed views (`<page url>embed/`) and the frame policy of every response."""

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import Partner
from exhibits.models.partners import validate_origins
from tests.base import LANGUAGES, build_home, url_in

PARTNER = "https://travel.example.com"
OTHER_PARTNER = "http://127.0.0.1:8123"
RETIRED_PARTNER = "https://retired.example.net"


def frame_ancestors(response):
    """The frame-ancestors directive of a response's content security policy."""
    directives = [part.strip() for part in response["Content-Security-Policy"].split(";")]
    return next(part for part in directives if part.startswith("frame-ancestors "))


class EmbedFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home, title_en="Finance Museum")
        cls.exhibit = ExhibitPageFactory(parent=cls.museum, title_en="The counter")
        cls.index = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.site = HeritageSitePageFactory(parent=cls.index)
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stop = TrailStopPageFactory(parent=cls.trail)
        Partner.objects.create(
            name="Tourism portal", allowed_origins=f"{PARTNER}\n\n{OTHER_PARTNER}/\n"
        )
        Partner.objects.create(name="Old hotel", allowed_origins=RETIRED_PARTNER, active=False)

    def embeddable(self):
        return [self.museum, self.exhibit, self.site, self.trail, self.stop]


class EmbedViewTests(EmbedFixture, TestCase):
    def test_every_embeddable_page_has_an_embed_view_in_both_languages(self):
        """Museums, exhibits, sites, trails and stops render at <page url>embed/ in the
        language of the URL prefix, without the site header, with an attribution link."""
        for page in self.embeddable():
            for language in LANGUAGES:
                with self.subTest(page=page.title, language=language):
                    full = url_in(page, language)
                    response = self.client.get(f"{full}embed/")
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, f'<html lang="{language}">')
                    self.assertNotContains(response, 'class="site-header"')
                    self.assertContains(response, 'class="layout-embed embed--light')
                    self.assertContains(response, f'href="http://testserver{full}"')
                    with translation.override(language):
                        self.assertContains(response, page.title)

    def test_attribution_link_is_in_the_page_language(self):
        """The link back reads in the language of the embed."""
        zh = self.client.get(f"{url_in(self.exhibit, 'zh-hans')}embed/")
        en = self.client.get(f"{url_in(self.exhibit, 'en')}embed/")
        self.assertContains(en, "full page on Yuzhong Financial Heritage")
        self.assertNotContains(zh, "full page on Yuzhong Financial Heritage")

    def test_theme_and_accent_come_from_allowlists(self):
        """Known themes and accents become CSS classes; anything else falls back to the
        defaults and never reaches the markup."""
        url = f"{url_in(self.trail, 'en')}embed/"
        dark = self.client.get(url, {"theme": "dark", "accent": "jade"})
        self.assertContains(dark, 'class="layout-embed embed--dark embed--accent-jade"')
        hostile = self.client.get(url, {"theme": '"><script>', "accent": "red;background:url(x)"})
        self.assertContains(hostile, 'class="layout-embed embed--light embed--accent-cinnabar"')
        self.assertNotContains(hostile, "<script>")
        self.assertNotContains(hostile, "url(x)")

    def test_pages_without_an_embed_view_answer_404(self):
        """The home page and the heritage-site index have no embed view."""
        for page in (self.home, self.index):
            with self.subTest(page=page.title):
                response = self.client.get(f"{url_in(page, 'en')}embed/")
                self.assertEqual(response.status_code, 404)

    def test_embed_of_an_unpublished_page_answers_404(self):
        """A page taken offline has no embed view either."""
        self.stop.unpublish()
        response = self.client.get(f"{url_in(self.stop, 'zh-hans')}embed/")
        self.assertEqual(response.status_code, 404)

    def test_embed_links_open_outside_the_frame(self):
        """Links inside an embed open a new tab: the full pages may not be framed."""
        response = self.client.get(f"{url_in(self.trail, 'en')}embed/")
        self.assertContains(response, '<base target="_blank">')

    def test_public_pages_advertise_their_oembed(self):
        """Embeddable pages carry an oEmbed discovery link; other pages do not."""
        response = self.client.get(url_in(self.exhibit, "en"))
        self.assertContains(response, 'type="application/json+oembed"')
        self.assertContains(response, "/oembed/?url=http%3A%2F%2Flocalhost%2Fen%2F")
        self.assertNotContains(self.client.get(url_in(self.home, "en")), "json+oembed")


class FramePolicyTests(EmbedFixture, TestCase):
    def test_embed_views_may_be_framed_by_active_partners_only(self):
        """Embed views list ourselves and the active partners' origins in frame-ancestors,
        send no X-Frame-Options, and may be loaded cross-origin."""
        response = self.client.get(f"{url_in(self.exhibit, 'en')}embed/")
        self.assertEqual(
            frame_ancestors(response), f"frame-ancestors 'self' {OTHER_PARTNER} {PARTNER}"
        )
        self.assertNotIn("X-Frame-Options", response)
        self.assertNotIn(RETIRED_PARTNER, response["Content-Security-Policy"])
        self.assertEqual(response["Cross-Origin-Resource-Policy"], "cross-origin")

    def test_without_partners_embeds_are_framed_only_by_ourselves(self):
        Partner.objects.update(active=False)
        response = self.client.get(f"{url_in(self.trail, 'zh-hans')}embed/")
        self.assertEqual(frame_ancestors(response), "frame-ancestors 'self'")

    def test_every_other_response_forbids_framing(self):
        """Visitor pages, 404s, the QR keypad, GeoJSON, the API, oEmbed and the admin
        login all say frame-ancestors 'none' and X-Frame-Options: DENY."""
        urls = [
            url_in(self.exhibit, "en"),
            url_in(self.home, "zh-hans"),
            "/zh-hans/no-such-page/",
            "/q/",
            "/geo/sites.geojson",
            "/api/v2/pages/",
            "/oembed/?url=x",
            "/admin/login/",
        ]
        for url in urls:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertIn("frame-ancestors 'none'", response["Content-Security-Policy"])
                self.assertEqual(response["X-Frame-Options"], "DENY")

    def test_embed_etag_changes_with_the_partner_list(self):
        """A phone or partner page revalidating an embed gets the new frame policy at once
        when curators change the partners, although the markup is the same."""
        url = f"{url_in(self.exhibit, 'en')}embed/"
        first = self.client.get(url)
        self.assertIn("no-cache", first["Cache-Control"])
        Partner.objects.create(name="New hotel", allowed_origins="https://hotel.example.org")
        second = self.client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        self.assertEqual(second.status_code, 200)
        self.assertIn("https://hotel.example.org", second["Content-Security-Policy"])
        third = self.client.get(url, HTTP_IF_NONE_MATCH=second["ETag"])
        self.assertEqual(third.status_code, 304)


class PartnerTests(TestCase):
    def test_origins_must_be_bare_origins(self):
        """Curators may enter scheme, host and port only, one per line."""
        validate_origins("https://www.example.com\nhttp://127.0.0.1:8000/\n")
        for bad in (
            "www.example.com",
            "https://*.example.com",
            "https://example.com/path",
            "javascript:alert(1)",
            "https://example.com?x=1",
            "https://example.com:99999",
            "https://example.com 'unsafe-inline'",
        ):
            with self.subTest(origin=bad), self.assertRaises(ValidationError):
                validate_origins(bad)

    def test_active_origins_are_normalised_and_unique(self):
        Partner.objects.create(name="A", allowed_origins="HTTPS://Travel.Example.com/\n")
        Partner.objects.create(name="B", allowed_origins="https://travel.example.com")
        self.assertEqual(Partner.active_origins(), ["https://travel.example.com"])


class EmbedAdminTests(EmbedFixture, TestCase):
    def setUp(self):
        from django.contrib.auth import get_user_model

        self.user = get_user_model().objects.create_superuser("admin", "a@example.com", "pw")
        self.client.force_login(self.user)

    def test_page_menu_links_to_the_embed_code(self):
        """The page editor of an embeddable page, or of one with programmes to embed (the
        home page), offers "Embed code"; the heritage site index not."""
        for page in (self.exhibit, self.home):
            url = reverse("exhibits_embed_code", args=[page.pk])
            self.assertContains(
                self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])), url
            )
        index_edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.index.pk]))
        self.assertNotContains(index_edit, "/embed-code/")

    def test_embed_code_shows_both_snippets_in_both_languages(self):
        response = self.client.get(reverse("exhibits_embed_code", args=[self.trail.pk]))
        self.assertEqual(response.status_code, 200)
        for language in LANGUAGES:
            src = f"http://localhost{url_in(self.trail, language)}embed/"
            self.assertContains(response, f"&lt;iframe src=&quot;{src}&quot;")
            self.assertContains(response, f"data-museum-embed=&quot;{src}&quot;")
        self.assertContains(response, "/static/js/embed.js")

    def test_no_embed_code_for_pages_without_an_embed_view(self):
        response = self.client.get(reverse("exhibits_embed_code", args=[self.index.pk]))
        self.assertEqual(response.status_code, 404)

    def test_embed_code_of_upcoming_programmes(self):
        """A museum offers its page's embed and its upcoming programmes' embed; the home
        page only the district's upcoming programmes."""
        museum = self.client.get(reverse("exhibits_embed_code", args=[self.museum.pk]))
        home = self.client.get(reverse("exhibits_embed_code", args=[self.home.pk]))
        for language in LANGUAGES:
            museum_url = f"http://localhost{url_in(self.museum, language)}"
            self.assertContains(museum, f"&lt;iframe src=&quot;{museum_url}embed/&quot;")
            self.assertContains(museum, f"&lt;iframe src=&quot;{museum_url}programmes/embed/&quot;")
            home_url = f"http://localhost{url_in(self.home, language)}"
            self.assertContains(home, f"&lt;iframe src=&quot;{home_url}programmes/embed/&quot;")
            self.assertNotContains(home, f"&lt;iframe src=&quot;{home_url}embed/&quot;")

    def test_curators_manage_partners_as_snippets(self):
        response = self.client.get(reverse("wagtailsnippets_exhibits_partner:list"))
        self.assertContains(response, "Tourism portal")
        found = self.client.get(reverse("wagtailsnippets_exhibits_partner:list"), {"q": "portal"})
        self.assertContains(found, "Tourism portal")
        self.assertNotContains(found, "Old hotel")
        add = self.client.post(
            reverse("wagtailsnippets_exhibits_partner:add"),
            {"name": "Bad", "allowed_origins": "https://*.example.com", "active": "on"},
        )
        self.assertEqual(add.status_code, 200)
        self.assertFalse(Partner.objects.filter(name="Bad").exists())

    def test_live_preview_still_frames_in_the_editor(self):
        """Wagtail's preview (SAMEORIGIN) may be framed by the admin itself, nobody else."""
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.exhibit.pk])
        response = self.client.get(url)
        self.assertEqual(response["X-Frame-Options"], "SAMEORIGIN")
        self.assertEqual(frame_ancestors(response), "frame-ancestors 'self'")
