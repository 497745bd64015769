"""The gallery screen in headless Chromium, its static files collected with the
production manifest storage and served from STATIC_ROOT (as WhiteNoise or nginx
would: a route answers /static/ from the collected files, so nothing falls back to
the source files). It loads only hashed modules and loops; a main module that throws
is reloaded by the watchdog; after a deploy that changes a module the screen runs
the new one and its service worker drops the old.
"""

import mimetypes
import shutil
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from tests.browser.test_kiosk import VIEWPORT, screen  # noqa: F401 -- fixture
from tests.browser.waiting import wait_for_function
from tests.exhibits.test_kiosk_static import HASHED, PRODUCTION_STORAGE

IN_SHELL_CACHE = """async url => {
    const cache = await caches.open('kiosk-v2-shell');
    return (await cache.match(url)) !== undefined;
}"""

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def collected(settings, tmp_path):
    """collectstatic into a temporary STATIC_ROOT with the production storage; returns
    a function that collects again (a deploy), optionally with a changed module."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": PRODUCTION_STORAGE},
    }
    shadow = tmp_path / "shadow"
    settings.STATICFILES_DIRS = [shadow, *django_settings.STATICFILES_DIRS]

    def collect(loop_suffix=""):
        shutil.rmtree(shadow, ignore_errors=True)
        if loop_suffix:
            source = Path(django_settings.STATICFILES_DIRS[-1]) / "js/kiosk/loop.js"
            target = shadow / "js/kiosk/loop.js"
            target.parent.mkdir(parents=True)
            target.write_text(source.read_text() + loop_suffix)
        shadow.mkdir(exist_ok=True)
        call_command("collectstatic", interactive=False, verbosity=0)
        return settings.STATIC_ROOT

    collect()
    return collect


def serve_static(root):
    def handler(route):
        path = Path(root) / urlsplit(route.request.url).path.removeprefix("/static/")
        if not path.is_file():
            route.fulfill(status=404, body="")
            return
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".js":
            content_type = "text/javascript"
        route.fulfill(status=200, body=path.read_bytes(), headers={"Content-Type": content_type})

    return handler


def open_screen(browser, live_server, root, service_workers="block"):
    context = browser.new_context(
        viewport=VIEWPORT, has_touch=True, service_workers=service_workers
    )
    context.route(f"{live_server.url}/static/**", serve_static(root))
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.scripts = []
    context.on(
        "request",
        lambda request: request.url.endswith(".js") and page.scripts.append(request.url),
    )
    page.statuses = []
    context.on("response", lambda response: page.statuses.append(response.status))
    return context, page


def wait_for_transitions(page, count, timeout=20000):
    wait_for_function(
        page,
        "n => Number(document.querySelector('[data-kiosk]').dataset.kioskTransitions || 0) >= n",
        arg=count,
        timeout=timeout,
    )


def wait_until_cached(page, url, wanted, timeout=15):
    """Wait until the service worker's shell cache holds `url` (or no longer does)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if page.evaluate(IN_SHELL_CACHE, url) == wanted:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"{url} {'never' if wanted else 'still'} in the shell cache")


def test_loops_on_hashed_modules_only(browser, live_server, screen, collected):  # noqa: F811
    """Every module the screen loads is a hashed file, none is missing, and it loops."""
    context, page = open_screen(browser, live_server, django_settings.STATIC_ROOT)
    try:
        page.goto(f"{live_server.url}/screen/hall/?speed=20")
        wait_for_transitions(page, 2)
        modules = [url for url in page.scripts if "/static/" in url]
        assert {Path(urlsplit(url).path).name.split(".")[0] for url in modules} >= {
            "watchdog",
            "kiosk",
            "feed",
            "loop",
            "render",
        }
        assert all(HASHED.search(urlsplit(url).path) for url in modules), modules
        assert 404 not in page.statuses
        assert page.errors == []
    finally:
        context.close()


def test_watchdog_reloads_when_the_main_module_throws(browser, live_server, screen, collected):  # noqa: F811
    """A main module that throws at start (a broken deploy, a bad cache) leaves the
    watchdog running: it reloads the page, and the good module then loops."""
    context, page = open_screen(browser, live_server, django_settings.STATIC_ROOT)
    broken = {"left": 1}

    def break_once(route):
        if broken["left"]:
            broken["left"] -= 1
            route.fulfill(
                status=200,
                body="throw new Error('broken deploy');",
                headers={"Content-Type": "text/javascript"},
            )
        else:
            route.fallback()

    page.route("**/static/js/kiosk/kiosk.*.js", break_once)
    try:
        page.goto(f"{live_server.url}/screen/hall/?speed=50")
        wait_for_function(page, "document.querySelector('[data-kiosk]').dataset.kioskReloadAt")
        assert page.evaluate("document.querySelector('[data-kiosk]').dataset.kioskReady") is None
        wait_for_transitions(page, 2, timeout=30000)
        assert broken["left"] == 0
        assert any("broken deploy" in error for error in page.errors)
    finally:
        context.close()


def test_a_deploy_brings_the_new_modules(browser, live_server, screen, collected):  # noqa: F811
    """After collectstatic with a changed loop module, a reload runs the new module
    (not the service worker's copy of the old one) and the old file leaves its cache."""
    context, page = open_screen(
        browser, live_server, django_settings.STATIC_ROOT, service_workers="allow"
    )
    try:
        page.goto(f"{live_server.url}/screen/hall/?speed=20")
        wait_for_transitions(page, 2)
        wait_for_function(page, "navigator.serviceWorker.controller !== null", timeout=10000)
        old_loop = next(url for url in page.scripts if "/loop." in url)
        wait_until_cached(page, old_loop, True)

        collected(loop_suffix="\nwindow.kioskDeployed = 'new loop';\n")
        page.reload()
        wait_for_function(page, "window.kioskDeployed === 'new loop'", timeout=15000)
        wait_for_transitions(page, 2)
        new_loop = [url for url in page.scripts if "/loop." in url][-1]
        assert new_loop != old_loop
        wait_until_cached(page, old_loop, False)
        assert page.errors == []
    finally:
        context.close()
