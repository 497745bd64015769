"""Partner embeds in Chromium: a page served from another loopback origin frames our
embed views. A registered partner's origin renders them (and embed.js sizes the iframe
to its content); an unknown origin is refused; a non-embed page is refused everywhere."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from exhibits.models import Partner
from tests.base import url_in
from tests.browser.sites import build_small_site
from tests.browser.waiting import wait_for_function

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIXED_HEIGHT = 640


class PartnerSite:
    """A one-page web site on 127.0.0.1:<free port>, standing in for a partner's server."""

    def __init__(self):
        self.html = ""
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 -- the name http.server calls
                body = site.html.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def partner_site():
    site = PartnerSite()
    yield site
    site.close()


@pytest.fixture
def stranger_site():
    site = PartnerSite()
    yield site
    site.close()


@pytest.fixture
def small_site():
    _home, museum, exhibit = build_small_site()
    return museum, exhibit


def iframe_page(src):
    return (
        "<!DOCTYPE html><html><body><h1>Partner</h1>"
        f'<iframe id="museum" src="{src}" width="600" height="{FIXED_HEIGHT}"></iframe>'
        "</body></html>"
    )


def framed(page, src_start):
    """The frame whose document came from our server, or None if the browser refused it.

    Waits for the iframe's own load event, which comes for our document and for the error
    page Chromium shows in place of a refused one alike.
    """
    frame = page.locator("iframe").element_handle().content_frame()
    frame.wait_for_load_state("load")
    return frame if frame.url.startswith(src_start) else None


def is_frame_ancestors_violation(message):
    return "frame-ancestors" in message.text


def load(page, site, src, refused=False):
    """Open the partner's page framing `src`; the frame-ancestors violations Chromium reported.

    When a refusal is expected, returns once Chromium has reported it.
    """
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if is_frame_ancestors_violation(message) else None
        ),
    )
    site.html = iframe_page(src)
    if refused:
        with page.expect_console_message(is_frame_ancestors_violation, timeout=10_000):
            page.goto(site.origin + "/", wait_until="load")
    else:
        page.goto(site.origin + "/", wait_until="load")
    return violations


def test_registered_partner_renders_the_embed(live_server, page, partner_site, small_site):
    """In the partner's page the embed shows the exhibit, in the language of its URL."""
    _museum, exhibit = small_site
    Partner.objects.create(name="Portal", allowed_origins=partner_site.origin)
    src = f"{live_server.url}{url_in(exhibit, 'en')}embed/"
    violations = load(page, partner_site, src)
    frame = framed(page, src)
    assert violations == []
    assert frame is not None, "the partner's page could not frame the embed"
    assert frame.locator("h1").inner_text() == "The counter"
    assert frame.locator(".embed-attribution__link").count() == 1
    assert frame.evaluate("document.documentElement.lang") == "en"


@pytest.mark.csp_violations_expected("frame-ancestors")
def test_unknown_origin_is_refused(live_server, page, stranger_site, partner_site, small_site):
    """A page on an origin no partner registered gets a frame-ancestors refusal."""
    _museum, exhibit = small_site
    Partner.objects.create(name="Portal", allowed_origins=partner_site.origin)
    Partner.objects.create(name="Lapsed", allowed_origins=stranger_site.origin, active=False)
    src = f"{live_server.url}{url_in(exhibit, 'zh-hans')}embed/"
    violations = load(page, stranger_site, src, refused=True)
    assert framed(page, src) is None
    assert violations, "Chromium reported no frame-ancestors violation"


@pytest.mark.csp_violations_expected("frame-ancestors")
@pytest.mark.parametrize("origin", ["partner", "stranger"])
def test_non_embed_pages_are_refused_everywhere(
    live_server, page, partner_site, stranger_site, small_site, origin
):
    """The full visitor page may not be framed, not even by a registered partner."""
    museum, _exhibit = small_site
    Partner.objects.create(name="Portal", allowed_origins=partner_site.origin)
    site = partner_site if origin == "partner" else stranger_site
    src = f"{live_server.url}{url_in(museum, 'zh-hans')}"
    violations = load(page, site, src, refused=True)
    assert framed(page, src) is None
    assert violations


def test_embed_js_sizes_the_iframe_to_its_content(live_server, page, partner_site, small_site):
    """One script tag with data attributes makes the iframe (with theme and accent) and
    embed.js inside the frame reports its height, which the partner side applies."""
    _museum, exhibit = small_site
    Partner.objects.create(name="Portal", allowed_origins=partner_site.origin)
    src = f"{live_server.url}{url_in(exhibit, 'en')}embed/"
    partner_site.html = (
        "<!DOCTYPE html><html><body><h1>Partner</h1>"
        f'<div data-museum-embed="{src}" data-theme="dark" data-accent="jade" '
        'data-title="Museum"></div>'
        f'<script src="{live_server.url}/static/js/embed.js" async></script>'
        "</body></html>"
    )
    page.goto(partner_site.origin + "/", wait_until="load")
    iframe = page.locator("div[data-museum-embed] iframe")
    iframe.wait_for()
    wait_for_function(
        page,
        f"() => document.querySelector('div[data-museum-embed] iframe')"
        f".getBoundingClientRect().height !== {FIXED_HEIGHT}",
        timeout=10_000,
    )
    frame = framed(page, src)
    assert frame is not None
    assert "embed--dark" in frame.evaluate("document.body.className")
    assert "embed--accent-jade" in frame.evaluate("document.body.className")
    content = frame.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
    height = iframe.evaluate("el => el.getBoundingClientRect().height")
    assert abs(height - content) <= 2
    assert iframe.get_attribute("title") == "Museum"
