"""How visitor pages reach phones: cache headers that suit WeChat, link previews, links
WeChat will open, no inline code, narrations that iPhones can play, and the weight budget."""

import json
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model

from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import ExhibitPage
from exhibits.page_weight import PHONE_PAGE_BUDGET as PAGE_BUDGET
from exhibits.seed.media import narration_path
from tests.base import LANGUAGES, build_home, url_in
from tests.benchmarks.page_weight import KB, page_weight, sample_pages
from tests.seeding import SeededTestCase

WECHAT_ANDROID = (
    "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230805.001; wv) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160027 "
    "MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 "
    "Weixin NetType/WIFI Language/zh_CN ABI/arm64"
)
WECHAT_IOS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2f) NetType/WIFI "
    "Language/zh_CN"
)
WEB_SCHEMES = {"http", "https", "mailto", "tel", "geo"}
OG_LOCALES = {"zh-hans": "zh_CN", "en": "en_US"}


def narration():
    """A document holding one of the synthetic narrations the seed content ships."""
    path = narration_path("scene_counter", "en")
    document = get_document_model()(title="Narration")
    document.file.save(path.name, ContentFile(path.read_bytes()), save=False)
    document.save()
    return document


class Markup(HTMLParser):
    """The parts of a page these tests read: meta tags, URLs, scripts and inline code."""

    URL_ATTRIBUTES = {"href", "src", "action", "poster", "formaction"}

    def __init__(self, html):
        super().__init__()
        self.meta = {}
        self.urls = []
        self.scripts = []  # (attributes, inline text)
        self.inline_handlers = []
        self.style_attributes = []
        self.head_scripts = []
        self.in_head = False
        self._script = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, attrs.get("content"))
        for name, value in attrs.items():
            if name in self.URL_ATTRIBUTES and value is not None:
                self.urls.append((tag, name, value))
            if name.startswith("on"):
                self.inline_handlers.append((tag, name))
            if name == "style":
                self.style_attributes.append(tag)
        if tag == "script":
            self._script = [attrs, ""]
            if self.in_head:
                self.head_scripts.append(attrs)

    def handle_data(self, data):
        if self._script is not None:
            self._script[1] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append(tuple(self._script))
            self._script = None


class PageTypesTestCase(TestCase):
    """One page of every visitor page type, built by the factories (no images: fast)."""

    @classmethod
    def setUpTestData(cls):
        home = build_home()
        museum = MuseumPageFactory(parent=home)
        index = HeritageSiteIndexPageFactory(parent=home)
        trail = TrailPageFactory(parent=home)
        cls.exhibit = ExhibitPageFactory(parent=museum)
        cls.pages = [
            home,
            museum,
            cls.exhibit,
            index,
            HeritageSitePageFactory(parent=index),
            trail,
            TrailStopPageFactory(parent=trail),
        ]

    def page_urls(self):
        for page in self.pages:
            for language in LANGUAGES:
                yield type(page).__name__, language, url_in(page, language)


class CacheHeaderTests(PageTypesTestCase):
    """WeChat keeps HTML hard: visitor pages must revalidate, cheaply, on every view."""

    def test_visitor_pages_revalidate_with_an_etag(self):
        """Every page type, in both languages, says `no-cache` (shared caches allowed) and
        carries an ETag, without varying on Accept-Language (the language is in the URL)."""
        for label, language, url in self.page_urls():
            with self.subTest(page=label, language=language):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Cache-Control"], "no-cache")
                self.assertRegex(response["ETag"], r'^"[0-9a-f]{32}"$')
                self.assertNotIn("accept-language", response.get("Vary", "").lower())
                self.assertFalse(response.cookies, "a visitor page set a cookie")

    def test_unchanged_page_answers_304(self):
        """A phone that sends back the ETag it holds gets 304 and no body; a stale one gets
        the page."""
        url = url_in(self.exhibit, "zh-hans")
        etag = self.client.get(url)["ETag"]
        revalidated = self.client.get(url, headers={"if-none-match": etag})
        self.assertEqual(revalidated.status_code, 304)
        self.assertEqual(revalidated.content, b"")
        self.assertEqual(revalidated["ETag"], etag)
        self.assertEqual(revalidated["Cache-Control"], "no-cache")
        stale = self.client.get(url, headers={"if-none-match": '"0123456789abcdef"'})
        self.assertEqual(stale.status_code, 200)
        head = self.client.head(url, headers={"if-none-match": etag})
        self.assertEqual(head.status_code, 304)

    def test_a_published_change_gets_a_new_etag(self):
        """After a curator publishes, the ETag a phone holds no longer matches."""
        url = url_in(self.exhibit, "en")
        before = self.client.get(url)["ETag"]
        self.exhibit.intro_en = "A revised introduction."
        self.exhibit.save_revision().publish()
        response = self.client.get(url, headers={"if-none-match": before})
        self.assertEqual(response.status_code, 200)
        self.assertNotEqual(response["ETag"], before)
        self.assertContains(response, "A revised introduction.")

    def test_each_language_has_its_own_etag(self):
        """The Chinese page's ETag never validates the English page, and the reverse."""
        for page in self.pages:
            with self.subTest(page=type(page).__name__):
                zh_url, en_url = url_in(page, "zh-hans"), url_in(page, "en")
                zh, en = self.client.get(zh_url), self.client.get(en_url)
                self.assertNotEqual(zh["ETag"], en["ETag"])
                crossed = self.client.get(en_url, headers={"if-none-match": zh["ETag"]})
                self.assertEqual(crossed.status_code, 200)
                self.assertEqual(crossed["Content-Language"], "en")

    def test_logged_in_users_get_private_pages(self):
        """A page seen by a logged-in curator is never stored by a shared cache."""
        self.client.force_login(get_user_model().objects.create_user("curator", password="pw"))
        response = self.client.get(url_in(self.exhibit, "zh-hans"))
        self.assertEqual(response.status_code, 200)
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        self.assertEqual(directives, {"no-cache", "private"})

    def test_admin_and_documents_are_left_alone(self):
        """The admin and document downloads keep their own caching rules."""
        self.client.force_login(get_user_model().objects.create_superuser("admin", password="pw"))
        admin = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(admin.status_code, 200)
        self.assertNotEqual(admin.get("Cache-Control"), "no-cache")
        self.assertFalse(admin.has_header("ETag"))
        response = self.client.get(narration().url)
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("no-cache", response.get("Cache-Control", ""))
        # Reading the stream to the end lets the test client close it; calling
        # response.close() here would fire request_finished and close the
        # database connection in the middle of the test's transaction.
        b"".join(response.streaming_content)

    def test_not_found_pages_are_not_given_an_etag(self):
        """Only pages that exist are revalidated; a 404 stays a plain 404."""
        response = self.client.get("/zh-hans/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertFalse(response.has_header("ETag"))


class SeededPageTests(SeededTestCase):
    """What WeChat's browsers receive for the seed content, and how much of it."""

    @classmethod
    def setUpTestData(cls):
        cls.samples = sample_pages()
        cls.exhibit = ExhibitPage.objects.get(title_zh_hans="美丰银行柜台")
        client = Client()
        for _label, _language, url in cls.sample_urls():
            client.get(url)  # image renditions are made on the first view; make them once

    @classmethod
    def sample_urls(cls):
        for label, page in cls.samples:
            for language in LANGUAGES:
                yield label, language, url_in(page, language)

    def test_pages_load_in_wechat_on_android_and_ios(self):
        for user_agent in (WECHAT_ANDROID, WECHAT_IOS):
            for label, language, url in self.sample_urls():
                with self.subTest(page=label, language=language, ua=user_agent[:30]):
                    response = self.client.get(url, headers={"user-agent": user_agent})
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, f'<html lang="{language}">')

    def test_open_graph_tags_are_complete_and_absolute(self):
        """Link previews get a title, description, absolute page URL and a JPEG of at most
        1200 px, in the page's language."""
        for label, language, url in self.sample_urls():
            with self.subTest(page=label, language=language):
                meta = Markup(self.client.get(url).content.decode()).meta
                for key in ("og:title", "og:description", "og:type", "og:site_name"):
                    self.assertTrue(meta.get(key), key)
                self.assertEqual(meta["og:url"], f"{settings.MUSEUM_PUBLIC_URL}{url}")
                self.assertEqual(meta["og:locale"], OG_LOCALES[language])
                self.assertEqual(
                    meta["og:locale:alternate"], OG_LOCALES[({*LANGUAGES} - {language}).pop()]
                )
                image = urlsplit(meta["og:image"])
                self.assertEqual(f"{image.scheme}://{image.netloc}", settings.MUSEUM_PUBLIC_URL)
                self.assertRegex(image.path, r"\.width-1200\.format-jpeg\.jpg$")
                self.assertEqual(meta["og:image:type"], "image/jpeg")
                self.assertLessEqual(int(meta["og:image:width"]), 1200)
                self.assertTrue(meta["og:image:alt"])
                self.assertEqual(meta["theme-color"], "#8a2c17")
                with translation.override(language):
                    page = next(page for lab, page in self.samples if lab == label)
                    self.assertEqual(meta["og:title"], page.seo_title or page.title)

    def test_links_use_only_schemes_that_wechat_opens(self):
        """No custom app schemes (amapuri://, baidumap://, javascript:) on any page type."""
        for _label, _language, url in self.sample_urls():
            with self.subTest(url=url):
                for tag, attribute, value in Markup(self.client.get(url).content.decode()).urls:
                    scheme = urlsplit(value.strip()).scheme.lower()
                    self.assertTrue(
                        scheme in WEB_SCHEMES or scheme == "",
                        f"<{tag} {attribute}={value!r}> uses the {scheme}: scheme",
                    )

    def test_pages_hold_no_inline_code(self):
        """A `script-src 'self'` Content Security Policy can be switched on: every script is
        a file, with no inline script, event-handler or style attribute."""
        for label, language, url in self.sample_urls():
            with self.subTest(page=label, language=language):
                markup = Markup(self.client.get(url).content.decode())
                self.assertTrue(markup.scripts)
                for attrs, text in markup.scripts:
                    if attrs.get("type") == "application/ld+json":
                        json.loads(text)  # structured data: a data block, never run
                        continue
                    self.assertTrue(attrs.get("src"), f"inline script: {text[:60]}")
                self.assertEqual(markup.inline_handlers, [])
                self.assertEqual(markup.style_attributes, [])

    def test_text_size_script_runs_before_first_paint(self):
        """The large-text script is a plain synchronous script in <head>, so the saved size
        applies before anything is drawn; the toggle is a real pressed-state button."""
        response = self.client.get(url_in(self.exhibit, "en"))
        markup = Markup(response.content.decode())
        head = {attrs["src"]: attrs for attrs in markup.head_scripts}
        text_size = next(attrs for src, attrs in head.items() if src.endswith("text-size.js"))
        for deferring in ("async", "defer", "type"):
            self.assertNotIn(deferring, text_size)
        self.assertContains(
            response,
            '<button type="button" class="text-size-toggle" aria-pressed="false" '
            "data-text-size-toggle>",
            html=False,
        )

    def test_audio_guide_never_plays_by_itself(self):
        """The narration is a plain <audio controls preload="none">, labelled in the page's
        language for the script that enlarges its controls; nothing autoplays."""
        labels = {"zh-hans": "语音导览", "en": "Audio guide"}
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(url_in(self.exhibit, language))
                html = response.content.decode()
                self.assertRegex(
                    html, r'<audio class="block-audio__player" controls preload="none" src="[^"]+'
                )
                self.assertNotIn("autoplay", html)
                self.assertIn(labels[language], html)
                for name in ("play", "pause", "position", "elapsed", "loading", "error"):
                    self.assertRegex(html, rf'data-label-{name}="[^"]+"')

    def test_audio_guide_streams_with_byte_ranges(self):
        """The player loads its file from a URL that answers byte ranges, without which
        iPhones (WeChat's WKWebView) do not play and no browser can seek."""
        html = self.client.get(url_in(self.exhibit, "en")).content.decode()
        src = re.search(r'<audio class="block-audio__player"[^>]* src="([^"]+)"', html)[1]
        response = self.client.get(src, headers={"range": "bytes=0-1"})
        self.assertEqual(response.status_code, 206)
        self.assertEqual(response["Content-Type"], "audio/mpeg")
        self.assertEqual(response["Content-Length"], "2")

    def test_every_page_type_fits_the_weight_budget(self):
        """Over a weak signal a short burst may be all a visitor gets: every page type of the
        seed content (home, museum, the exhibit 美丰银行柜台 with its audio guide, heritage
        index, heritage site, trail, trail stop), gzip-compressed HTML plus every stylesheet
        and script it loads, stays within 60 KB in both languages."""
        self.assertEqual(
            [label for label, _page in self.samples],
            [
                "home",
                "museum",
                "exhibit",
                "heritage index",
                "heritage site",
                "trail",
                "trail stop",
            ],
        )
        for label, language, url in self.sample_urls():
            with self.subTest(page=label, language=language):
                weight = page_weight(self.client, url)
                print(
                    f"\npage weight {label} {language}: {weight.total_gzip / KB:.1f} KB gzip "
                    f"(HTML {weight.html_gzip / KB:.1f} KB, CSS+JS {weight.assets_gzip / KB:.1f} KB"
                    f" in {len(weight.assets)} files)"
                )
                self.assertGreaterEqual(len(weight.assets), 3)  # site.css and both scripts
                self.assertTrue(any(re.search(r"\.css$", url) for url, _r, _g in weight.assets))
                self.assertLessEqual(
                    weight.total_gzip,
                    PAGE_BUDGET,
                    f"{weight.total_gzip / KB:.1f} KB is over the {PAGE_BUDGET // KB} KB budget",
                )


class IconAndTitleTests(PageTypesTestCase):
    """Browsers and home screens find the site's icons, and titles name the site once."""

    def test_favicon_and_touch_icon_answer_at_the_root(self):
        """Browsers ask for /favicon.ico and iPhones for /apple-touch-icon.png whatever the
        page says: both are served from this machine (a 404 there is a console error)."""
        for path, content_type in (
            ("/favicon.ico", ("image/x-icon", "image/vnd.microsoft.icon")),
            ("/apple-touch-icon.png", ("image/png",)),
        ):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                self.assertIn(response["Content-Type"], content_type)

    def test_every_page_links_its_icons(self):
        """Each page type names a favicon and a touch icon, on this host, that answer 200."""
        for label, language, url in self.page_urls():
            with self.subTest(page=label, language=language):
                markup = Markup(self.client.get(url).content.decode())
                icons = {
                    href
                    for tag, name, href in markup.urls
                    if tag == "link" and "/icons/" in href and name == "href"
                }
                self.assertTrue(any(href.endswith("favicon.ico") for href in icons), icons)
                self.assertTrue(any(href.endswith("apple-touch-icon.png") for href in icons))
                for href in icons:
                    self.assertFalse(urlsplit(href).netloc, href)
                    self.assertEqual(self.client.get(href).status_code, 200, href)

    def test_home_title_names_the_site_once(self):
        """The home page's title is the site's name alone; other pages add it after theirs."""
        site_names = {"zh-hans": "渝中金融历史文化", "en": "Yuzhong Financial Heritage"}
        for label, language, url in self.page_urls():
            with self.subTest(page=label, language=language):
                html = self.client.get(url).content.decode()
                title = re.search(r"<title>(.*?)</title>", html, re.S)[1].strip()
                self.assertEqual(title.count(site_names[language]), 1, title)
                if label == "HomePage":
                    self.assertNotIn(" · ", title)
