"""Browser checks against the product as an operator runs it (see run_stage.sh).

Headless Chromium talks to gunicorn A through a small loopback proxy standing in for the
README's nginx: it serves /media/ from MEDIA_ROOT (never originals or documents) and
forwards everything else with the public host name and `X-Forwarded-Proto: https`, as
the TLS-terminating proxy would. Its origin, http://127.0.0.1:<port>, is a secure context
for Chromium, so the kiosk's service worker runs as on a real screen.

The gallery screen loads only hashed modules, loops, survives a feed outage and takes up
a deploy (collectstatic with a changed module, then SIGHUP to both gunicorn masters);
a partner's page on another loopback origin frames and sizes an embed; visitor pages in
both languages at 390 px log no errors and load nothing from another host.
"""

import http.client
import json
import mimetypes
import os
import re
import signal
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from exhibits.kiosk.views import SHELL_ASSETS
from exhibits.models import ExhibitPage, Partner, TrailPage
from exhibits.partners.embed_code import snippets
from tests.browser.conftest import browser  # noqa: F401 -- fixture
from tests.browser.sites import SEEDED_EXHIBIT
from tests.browser.test_embeds import PartnerSite, framed
from tests.browser.test_kiosk import VIEWPORT, state, transitions
from tests.browser.test_kiosk_static import wait_for_transitions, wait_until_cached
from tests.browser.waiting import wait_for_function
from tests.exhibits.test_kiosk_static import HASHED

SERVERS = {
    "A": (os.environ.get("MUSEUM_STAGE_A", ""), os.environ.get("MUSEUM_STAGE_A_PID", "")),
    "B": (os.environ.get("MUSEUM_STAGE_B", ""), os.environ.get("MUSEUM_STAGE_B_PID", "")),
}
PUBLIC_HOST = urlsplit(settings.MUSEUM_PUBLIC_URL).netloc
SCREEN = "jinbo-entrance"
SPEED = 20
# Only renditions are public: originals keep the uploader's EXIF and GPS, documents
# may be restricted to a collection (the README's nginx answers 404 for both).
PRIVATE_MEDIA = ("original_images/", "documents/")
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade"}
KIOSK_MODULE = re.compile(r"/static/js/kiosk/[^/]+\.js$")

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("stage_db")]


class FrontProxy:
    """The TLS proxy's stand-in on 127.0.0.1:<free port>, in front of one server."""

    def __init__(self, upstream):
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 -- the name http.server calls
                proxy.handle(self)

            do_HEAD = do_POST = do_GET  # noqa: N815 -- as above

            def log_message(self, *args):
                pass

        self.upstream = upstream
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def handle(self, request):
        path = urlsplit(request.path).path
        if path.startswith(settings.MEDIA_URL):
            self.media(request, unquote(path.removeprefix(settings.MEDIA_URL)))
        else:
            self.forward(request)

    def media(self, request, relative):
        root = Path(settings.MEDIA_ROOT).resolve()
        file = (root / relative).resolve()
        public = not relative.startswith(PRIVATE_MEDIA) and file.is_relative_to(root)
        if not public or not file.is_file():
            self.answer(request, 404, {"Content-Type": "text/plain"}, b"Not Found")
            return
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        self.answer(request, 200, {"Content-Type": content_type}, file.read_bytes())

    def forward(self, request):
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else None
        headers = {
            name: value
            for name, value in request.headers.items()
            if name.lower() not in HOP_BY_HOP | {"host"}
        }
        headers.update(
            {
                "Host": PUBLIC_HOST,
                "X-Forwarded-Proto": "https",
                "X-Forwarded-For": request.client_address[0],
            }
        )
        connection = http.client.HTTPConnection(self.upstream, timeout=30)
        try:
            connection.request(request.command, request.path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        passed = {}
        for name, value in response.getheaders():
            if name.lower() in HOP_BY_HOP or name.lower() == "content-length":
                continue
            if name.lower() == "location" and value.startswith(settings.MUSEUM_PUBLIC_URL):
                value = self.origin + value.removeprefix(settings.MUSEUM_PUBLIC_URL)
            passed[name] = value
        if request.command == "HEAD":
            passed["Content-Length"] = response.getheader("Content-Length", "0")
        self.answer(request, response.status, passed, content)

    @staticmethod
    def answer(request, status, headers, body):
        request.send_response(status)
        for name, value in headers.items():
            request.send_header(name, value)
        if status not in (204, 304) and "Content-Length" not in headers:
            request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        if request.command != "HEAD" and status not in (204, 304):
            request.wfile.write(body)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def front():
    proxy = FrontProxy(SERVERS["A"][0])
    yield proxy
    proxy.close()


def page_path(page, language):
    with translation.override(language):
        return page.specific.get_url_parts()[2]


def watch(page):
    """Record what a page logs and asks for: errors, failed requests, every URL."""
    page.errors = []
    page.failures = []
    page.requested = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    # The seeded screens have no token yet (staff set one up), so their heartbeats are
    # refused with 403 while the loop carries on: that refusal is expected here.
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and "/heartbeat" not in message.location.get("url", "")
            and page.errors.append(message.text)
        ),
    )
    # A request the page (or its service worker) cancels itself is not a failure.
    page.on(
        "requestfailed",
        lambda request: (
            request.failure != "net::ERR_ABORTED"
            and page.failures.append(f"{request.url} {request.failure}")
        ),
    )
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and not (response.status == 403 and response.url.endswith("/heartbeat"))
            and page.failures.append(f"{response.url} {response.status}")
        ),
    )
    page.context.on("request", lambda request: page.requested.append(request.url))
    return page


# --- Gallery screen -----------------------------------------------------------------


def open_screen(browser, front):  # noqa: F811 -- fixture
    context = browser.new_context(viewport=VIEWPORT, has_touch=True, service_workers="allow")
    page = watch(context.new_page())
    page.goto(f"{front.origin}/screen/{SCREEN}/?speed={SPEED}")
    page.wait_for_selector("[data-kiosk][data-kiosk-ready]", state="attached")
    return context, page


def kiosk_modules(urls):
    return [url for url in urls if KIOSK_MODULE.search(urlsplit(url).path)]


def shell_assets(page):
    """The hashed static files the open shell names (its kiosk-assets)."""
    assets = json.loads(page.locator("#kiosk-assets").text_content())
    return {urlsplit(asset).path for asset in assets}


def test_the_screen_loops_on_hashed_modules_only(browser, front):  # noqa: F811 -- fixture
    """The seeded screen loads every module by its hashed name (none unhashed, none
    missing), loops, and its service worker keeps the shell."""
    context, page = open_screen(browser, front)
    try:
        wait_for_transitions(page, 3)
        modules = kiosk_modules(page.requested)
        names = {Path(urlsplit(url).path).name.split(".")[0] for url in modules}
        assert names >= {"watchdog", "kiosk", "feed", "loop", "render"}, modules
        assert all(HASHED.search(urlsplit(url).path) for url in modules), modules
        assert {urlsplit(url).path for url in modules} <= shell_assets(page)
        wait_for_function(page, "navigator.serviceWorker.controller !== null", timeout=10000)
        for asset in shell_assets(page):
            wait_until_cached(page, f"{front.origin}{asset}", True)
        assert page.failures == [] and page.errors == []
    finally:
        context.close()


def counted(answer, answered):
    def handler(route):
        answered.append(route.request.url)
        answer(route)

    return handler


def test_the_screen_survives_a_feed_outage(browser, front):  # noqa: F811 -- fixture
    """With the feed failing (no answer, then 503s) the loop goes on with the last good
    feed; when the feed answers again the screen is online again."""
    context, page = open_screen(browser, front)
    try:
        wait_for_function(page, "navigator.serviceWorker.controller !== null", timeout=10000)
        wait_for_transitions(page, 2)
        good = state(page, "version")
        outages = {
            "no answer": lambda route: route.abort("connectionrefused"),
            "503": lambda route: route.fulfill(status=503, body="Service Unavailable"),
        }
        for name, outage in outages.items():
            failed = []
            context.route("**/feed.json", counted(outage, failed))
            wait_for_function(
                page,
                "document.querySelector('[data-kiosk]').dataset.kioskNetwork === 'offline'",
                timeout=10000,
            )
            shown = transitions(page)
            wait_for_transitions(page, shown + 3)
            assert len(failed) >= 1, name
            assert state(page, "version") == good, name
            assert page.locator(".kiosk-slide.is-shown [data-kiosk-field=title]").inner_text()
            context.unroute("**/feed.json")
            wait_for_function(
                page,
                "document.querySelector('[data-kiosk]').dataset.kioskNetwork === 'online'",
                timeout=10000,
            )
        assert state(page, "version") == good
        wait_for_transitions(page, transitions(page) + 2)
        assert page.errors == []
    finally:
        context.close()


# --- Embeds and visitor pages --------------------------------------------------------


@pytest.fixture
def partner():
    """A partner's web site on another loopback origin, registered as a Partner."""
    site = PartnerSite()
    record = Partner.objects.create(name="Stage partner", allowed_origins=site.origin)
    yield site
    record.delete()
    site.close()


@pytest.mark.parametrize("model", [TrailPage, ExhibitPage])
def test_a_partner_page_renders_and_sizes_the_embed(browser, front, partner, model):  # noqa: F811
    """The editor's embed.js snippet, on a registered partner's page, frames the page's
    embed view from the stage server, which renders it and sizes the iframe to it."""
    target = model.objects.live().public().order_by("path").first()
    snippet = next(s for s in snippets(target) if s["code"] == "en")["script"]
    partner.html = (
        "<!DOCTYPE html><html><body><h1>Partner</h1>"
        + snippet.replace(settings.MUSEUM_PUBLIC_URL, front.origin)
        + "</body></html>"
    )
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    page = watch(context.new_page())
    try:
        page.goto(f"{partner.origin}/", wait_until="load")
        iframe = page.locator("div[data-museum-embed] iframe")
        iframe.wait_for()
        frame = None
        deadline = time.monotonic() + 10
        while frame is None or frame.locator("h1").count() == 0:
            assert time.monotonic() < deadline, "the partner's page could not frame the embed"
            frame = framed(page, f"{front.origin}/")
        with translation.override("en"):
            assert frame.locator("h1").first.inner_text() == target.specific.title
        content = frame.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
        while abs(iframe.evaluate("el => el.getBoundingClientRect().height") - content) > 2:
            assert time.monotonic() < deadline, "embed.js did not size the iframe"
            page.wait_for_timeout(100)
        assert page.errors == [] and page.failures == []
    finally:
        context.close()


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_visitor_page_at_390_px_loads_only_from_this_site(browser, front, language):  # noqa: F811
    """The seeded exhibit page on a 390 px phone: no console errors, no failed request,
    and nothing asked of any host but the site's own."""
    exhibit = ExhibitPage.objects.get(title_zh_hans=SEEDED_EXHIBIT)
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="zh-CN" if language == "zh-hans" else "en"
    )
    page = watch(context.new_page())
    try:
        page.goto(f"{front.origin}{page_path(exhibit, language)}", wait_until="load")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.lang") == language
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert page.errors == []
        assert page.failures == []
        assert {urlsplit(url).netloc for url in page.requested} == {urlsplit(front.origin).netloc}
    finally:
        context.close()


# --- A deploy (last: it reloads both servers) -------------------------------------


def served_shell_assets(server):
    """The kiosk assets a server's screen shell names, asked for directly."""
    connection = http.client.HTTPConnection(server, timeout=30)
    try:
        connection.request(
            "GET",
            f"/screen/{SCREEN}/",
            headers={"Host": PUBLIC_HOST, "X-Forwarded-Proto": "https"},
        )
        response = connection.getresponse()
        body = response.read().decode()
    finally:
        connection.close()
    if response.status != 200:
        return set()
    match = re.search(r'<script[^>]*id="kiosk-assets"[^>]*>(.*?)</script>', body, re.S)
    return {urlsplit(asset).path for asset in json.loads(match.group(1))} if match else set()


def reload_servers(wanted, timeout=40):
    """SIGHUP every gunicorn master (a graceful reload) and wait until each serves `wanted`
    from every worker (several answers in a row)."""
    for _server, pid in SERVERS.values():
        assert pid, "run_stage.sh names the gunicorn masters' pids"
        os.kill(int(pid), signal.SIGHUP)
    deadline = time.monotonic() + timeout
    for server, _pid in SERVERS.values():
        in_a_row = 0
        while in_a_row < 6:
            assert time.monotonic() < deadline, f"{server} still serves the old static files"
            in_a_row = in_a_row + 1 if served_shell_assets(server) == wanted else 0
            if not in_a_row:
                time.sleep(0.2)


def collected_shell_assets():
    """The kiosk assets by the hashed names in STATIC_ROOT's manifest."""
    manifest = json.loads((Path(settings.STATIC_ROOT) / "staticfiles.json").read_text())
    return {settings.STATIC_URL + manifest["paths"][name] for name in SHELL_ASSETS}


@pytest.fixture
def deploy(tmp_path):
    """A release as an operator makes it: collectstatic into the servers' STATIC_ROOT,
    here with a changed kiosk module (from a shadow static directory), then a graceful
    reload of both servers; returns the shell assets they now name. Afterwards
    STATIC_ROOT holds the source's files again and the servers are reloaded onto them."""
    shadow = tmp_path / "shadow"
    module = "js/kiosk/loop.js"
    collected = Path(settings.STATIC_ROOT) / module
    before = collected_shell_assets()
    assert served_shell_assets(SERVERS["A"][0]) == before

    def collect(static_dirs):
        # collectstatic skips a file whose collected copy is newer than its source:
        # the changed module's copy always is, so it goes first.
        for copy in collected.parent.glob(f"{collected.name}*"):
            copy.unlink()
        with override_settings(STATICFILES_DIRS=static_dirs):
            call_command("collectstatic", interactive=False, verbosity=0)

    def release(marker):
        source = Path(settings.STATICFILES_DIRS[0]) / module
        (shadow / module).parent.mkdir(parents=True)
        (shadow / module).write_text(f"{source.read_text()}\nwindow.kioskDeployed = {marker!r};\n")
        collect([shadow, *settings.STATICFILES_DIRS])
        assert served_shell_assets(SERVERS["A"][0]) == before, "served before the reload"
        reload_servers(collected_shell_assets())
        return collected_shell_assets()

    yield release
    released = collected_shell_assets()
    collect(settings.STATICFILES_DIRS)
    for path in released - before:
        for file in Path(settings.STATIC_ROOT).glob(f"{path.removeprefix(settings.STATIC_URL)}*"):
            file.unlink()
    reload_servers(before)


def test_the_open_screen_takes_up_a_deploy(browser, front, deploy):  # noqa: F811 -- fixture
    """After a deploy that changes a module (collectstatic, SIGHUP to both servers) the
    screen already open keeps looping; its next reload (the daily one) runs the new
    hashed modules and only those, loops, and the service worker drops the old files."""
    context, page = open_screen(browser, front)
    try:
        wait_for_function(page, "navigator.serviceWorker.controller !== null", timeout=10000)
        old = shell_assets(page)
        for asset in old:
            wait_until_cached(page, f"{front.origin}{asset}", True)

        marker = f"deploy {time.time_ns()}"
        new = deploy(marker)
        changed = {Path(path).name.split(".")[0] for path in new - old}
        assert changed >= {"loop", "kiosk"}, new - old  # kiosk.js imports the new loop
        wait_for_transitions(page, transitions(page) + 2)  # the old modules still run

        page.requested.clear()
        page.reload()  # what the watchdog's daily reload does
        page.wait_for_selector("[data-kiosk][data-kiosk-ready]", state="attached")
        wait_for_function(page, "m => window.kioskDeployed === m", arg=marker, timeout=15000)
        assert shell_assets(page) == new
        modules = {urlsplit(url).path for url in kiosk_modules(page.requested)}
        assert modules == {path for path in new if path.endswith(".js")}, modules
        wait_for_transitions(page, transitions(page) + 3)
        for asset in old - new:
            wait_until_cached(page, f"{front.origin}{asset}", False)
        assert page.failures == [] and page.errors == []
    finally:
        context.close()
