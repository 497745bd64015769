"""Gallery screens in headless Chromium: the attract loop, explore mode and idle reset,
offline running and recovery, live updates, bad feed answers, the watchdog, and the
JS heap over a compressed soak.

Timings are compressed with the kiosk's bounded ``?speed=`` (every interval divided,
floors on polling) except in the live-update test, which runs in real time. The
network dropping is simulated with ``context.set_offline(True)``, which Chromium also
applies to the service worker; bad feed answers with ``context.route``, which sees
the service worker's requests too. The live server answers /media/ from MEDIA_ROOT
(Django's live server thread serves uploads), as the web server does in production.
"""

import io
import os
import time
from urllib.parse import urlsplit

import pytest
from django.core.files.images import ImageFile
from django.utils import translation
from PIL import Image

from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage, Screen, ScreenHeartbeat
from exhibits.seed.media import placeholder_image_bytes
from tests.base import build_home
from tests.browser.conftest import LOOPBACK_HOSTS
from tests.browser.sites import restore_migration_rows
from tests.browser.waiting import wait_for_function

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORT = {"width": 960, "height": 540}  # a 1920 x 1080 screen at half size
# The suite's soak: 600 transitions (each of the three exhibits 200 times) after a warm-up;
# anything a transition leaks (a node, a listener, a slide's data) is kept 600 times over.
# The plan's longer soak of 2,000 runs on request:
# MUSEUM_KIOSK_SOAK=2000 .venv/bin/pytest tests/browser/test_kiosk.py -k soak -s
SOAK_TRANSITIONS = int(os.environ.get("MUSEUM_KIOSK_SOAK", "600"))
SOAK_WARM_UP = 100
HEAP_GROWTH_LIMIT = 0.20  # reliability plan K5: < 20 % after warm-up
NODES_TOLERANCE = 0.05


def picture(key):
    return MuseumImageFactory(
        file=ImageFile(io.BytesIO(placeholder_image_bytes(key, key)), name=f"{key}.jpg")
    )


@pytest.fixture
def screen():
    """A museum with three scenes (with pictures), a story, and a screen that loops them."""
    restore_migration_rows()
    home = build_home()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    with translation.override("zh-hans"):
        for n in (1, 2, 3):
            ExhibitPageFactory(
                parent=museum,
                title_zh_hans=f"场景{n}",
                title_en=f"Scene {n}",
                position=n,
                listing_image=picture(f"scene-{n}"),
            )
    screen = Screen.objects.create(
        name="Banking hall",
        slug="hall",
        museum=museum,
        attract_seconds=4,
        idle_seconds=15,
    )
    screen.setup_token = screen.rotate_token()
    return screen


def open_kiosk(browser, live_server, slug="hall", speed=20, service_workers="allow", token=None):
    context = browser.new_context(
        locale="zh-CN", viewport=VIEWPORT, has_touch=True, service_workers=service_workers
    )
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.requested = []
    context.on("request", lambda request: page.requested.append(request.url))
    # With a token, the screen's setup address: the token travels in the fragment.
    fragment = f"#token={token}" if token else ""
    page.goto(f"{live_server.url}/screen/{slug}/?speed={speed}{fragment}")
    page.wait_for_selector("[data-kiosk][data-kiosk-ready]", state="attached")
    return context, page


def state(page, name):
    return page.locator("[data-kiosk]").get_attribute(f"data-kiosk-{name}")


def transitions(page):
    return int(state(page, "transitions") or 0)


TRANSITIONS = "Number(document.querySelector('[data-kiosk]').dataset.kioskTransitions || 0)"


def wait_for_transitions(page, count, timeout=15000):
    wait_for_function(
        page,
        "n => Number(document.querySelector('[data-kiosk]').dataset.kioskTransitions || 0) >= n",
        arg=count,
        timeout=timeout,
    )


CACHED = """async () => {
    const counts = {};
    for (const name of await caches.keys()) {
        counts[name.split('-').pop()] = (await (await caches.open(name)).keys()).length;
    }
    return counts;
}"""


def wait_until_cached(page, images=3, timeout=15):
    """Wait until the service worker controls the page and holds the shell, the feed and
    every picture."""
    wait_for_function(page, "navigator.serviceWorker.controller !== null", timeout=10000)
    deadline = time.monotonic() + timeout
    counts = {}
    while time.monotonic() < deadline:
        counts = page.evaluate(CACHED)
        if (
            counts.get("shell", 0) >= 6
            and counts.get("feeds", 0) >= 1
            and counts.get("media", 0) >= images
        ):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"service worker caches incomplete: {counts}")


def shown_title(page):
    return page.locator(".kiosk-slide.is-shown [data-kiosk-field=title]").inner_text()


def is_not_blank(png):
    """A frame with content: many colours, not one flat fill."""
    image = Image.open(io.BytesIO(png)).convert("RGB").resize((96, 54))
    colours = image.getcolors(maxcolors=96 * 54)
    return colours is not None and len(colours) > 40


def test_attract_explore_and_idle_reset(browser, live_server, screen):
    """Opened at its setup address, the screen keeps its token, takes it out of the
    address bar and reports with it; the loop advances; a touch opens explore with large
    targets, a language switch and the museum's scenes; nothing leads off the screen;
    idleness returns to the loop in Chinese."""
    context, page = open_kiosk(browser, live_server, speed=10, token=screen.setup_token)
    try:
        wait_for_function(
            page, "document.querySelector('[data-kiosk]').dataset.kioskSetup === 'done'"
        )
        assert "#" not in page.url and screen.setup_token not in page.url
        stored = page.evaluate("localStorage.getItem('kiosk-token:hall')")
        assert stored == screen.setup_token
        assert page.locator("[data-kiosk-setup-note]").is_hidden()
        beat = ScreenHeartbeat.objects.get(screen=screen)
        assert beat.address == "127.0.0.1"
        assert beat.browser.startswith("Chrome ")
        wait_for_transitions(page, 3)
        assert page.locator(".kiosk-slide.is-shown img").evaluate("img => img.complete")
        first = shown_title(page)
        wait_for_transitions(page, transitions(page) + 1)
        assert shown_title(page) != first
        assert state(page, "reload-at")

        lockdown = page.evaluate(
            """() => {
                const event = new MouseEvent('contextmenu', {bubbles: true, cancelable: true});
                document.body.dispatchEvent(event);
                const style = getComputedStyle(document.querySelector('.kiosk-slide__title'));
                return {
                    links: document.querySelectorAll('a[href]').length,
                    menuBlocked: event.defaultPrevented,
                    cursor: style.cursor,
                    select: style.userSelect,
                    touch: getComputedStyle(document.body).touchAction,
                    viewport: document.querySelector('meta[name=viewport]').content,
                };
            }"""
        )
        assert lockdown == {
            "links": 0,
            "menuBlocked": True,
            "cursor": "none",
            "select": "none",
            "touch": "pan-x pan-y",
            "viewport": "width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no",
        }

        page.locator("[data-kiosk-attract]").tap()
        assert state(page, "state") == "explore"
        explore = page.locator("[data-kiosk-explore]")
        assert explore.is_visible()
        assert explore.locator("[data-kiosk-field=title]").inner_text().startswith("场景")
        assert explore.locator(".kiosk-scene").count() == 3
        for button in explore.locator("button").all():
            box = button.bounding_box()
            assert box["width"] >= 88 and box["height"] >= 88

        explore.locator("[data-kiosk-language=en]").tap()
        assert page.evaluate("document.documentElement.lang") == "en"
        explore.locator(".kiosk-scene").nth(2).tap()
        assert explore.locator("[data-kiosk-field=title]").inner_text() == "Scene 3"
        assert explore.locator("[data-kiosk-word=back]").inner_text() == "Back to the start"

        # idle_seconds=15 at speed 10: back to the loop, in Chinese, 1.5 s after the last touch
        wait_for_function(
            page,
            "document.querySelector('[data-kiosk]').dataset.kioskState === 'attract'",
            timeout=5000,
        )
        assert page.evaluate("document.documentElement.lang") == "zh-hans"
        before = transitions(page)
        wait_for_transitions(page, before + 2)
        assert shown_title(page).startswith("场景")
        assert page.errors == []
        assert [url for url in page.requested if urlsplit(url).hostname not in LOOPBACK_HOSTS] == []
    finally:
        context.close()


@pytest.fixture
def mixed_screen():
    """A museum with a pictured scene, a story and a timeline section without pictures,
    and a topic added after the screen was set up."""
    restore_migration_rows()
    home = build_home()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    ExhibitPageFactory(
        parent=museum,
        title_zh_hans="场景1",
        title_en="Scene 1",
        position=1,
        listing_image=picture("scene-1"),
    )
    ExhibitPageFactory(
        parent=museum, kind="story", title_zh_hans="金库的故事", title_en="The vault", position=1
    )
    ExhibitPageFactory(
        parent=museum,
        kind="timeline_section",
        title_zh_hans="战时首都",
        title_en="Wartime capital",
        position=1,
    )
    screen = Screen.objects.create(
        name="Banking hall", slug="mixed", museum=museum, attract_seconds=4, idle_seconds=60
    )
    ExhibitPageFactory(
        parent=museum, kind="topic", title_zh_hans="新的专题", title_en="A new topic", position=1
    )
    return screen


def test_explore_lists_every_kind_and_pictureless_exhibits_get_a_typographic_slide(
    browser, live_server, mixed_screen
):
    """The explore list shows the scenes, stories, timeline sections and a newly added
    exhibit under one heading per kind, with thumbnails or typographic tiles; an exhibit
    without a picture loops as a designed slide with its title, kind and museum."""
    context, page = open_kiosk(browser, live_server, slug="mixed", speed=10)
    try:
        story = ExhibitPage.objects.get(title_en="The vault")
        wait_for_function(
            page,
            "id => document.querySelector('[data-kiosk]').dataset.kioskItem === id",
            arg=str(story.pk),
            timeout=15000,
        )
        slide = page.locator(".kiosk-slide.is-shown")
        assert "kiosk-slide--typographic" in slide.get_attribute("class")
        assert slide.get_attribute("data-glyph") == "金"
        assert slide.locator("[data-kiosk-field=title]").inner_text() == "金库的故事"
        assert slide.locator("[data-kiosk-field=museum]").inner_text() == "金融博物馆"
        assert slide.locator("[data-kiosk-field=kind]").inner_text() == "故事"
        assert is_not_blank(page.screenshot())

        page.locator("[data-kiosk-attract]").tap()
        explore = page.locator("[data-kiosk-explore]")
        groups = explore.locator(".kiosk-group")
        assert groups.count() == 4
        assert [group.get_attribute("data-kind") for group in groups.all()] == [
            "scene",
            "story",
            "timeline_section",
            "topic",
        ]
        titles = explore.locator(".kiosk-scene__title").all_inner_texts()
        assert titles == ["场景1", "金库的故事", "战时首都", "新的专题"]
        assert explore.locator("img.kiosk-scene__thumbnail").count() == 1
        assert explore.locator(".kiosk-scene__thumbnail--typographic").count() == 3
        for button in explore.locator("button").all():
            box = button.bounding_box()
            assert box["width"] >= 88 and box["height"] >= 88

        explore.locator("[data-kiosk-language=en]").tap()
        headings = explore.locator(".kiosk-group__heading").all_inner_texts()
        assert headings == ["Scenes", "Stories", "Timeline", "Topics"]
        explore.locator(".kiosk-scene", has_text="A new topic").tap()
        assert explore.locator("[data-kiosk-field=title]").inner_text() == "A new topic"
        assert page.errors == []
    finally:
        context.close()


def test_keeps_rotating_offline_and_recovers(browser, live_server, screen):
    """With the network gone the loop keeps rotating from the service worker's cache (also
    across a reload), frames are never blank, and the feed is fresh again soon after the
    network returns."""
    context, page = open_kiosk(browser, live_server, speed=20)
    try:
        wait_until_cached(page)
        context.set_offline(True)
        start = transitions(page)
        for _shot in range(4):
            wait_for_transitions(page, transitions(page) + 2)
            assert is_not_blank(page.screenshot())
        wait_for_function(
            page,
            "document.querySelector('[data-kiosk]').dataset.kioskNetwork === 'offline'",
            timeout=5000,
        )
        assert transitions(page) >= start + 8

        page.reload()  # as the watchdog or the daily reload would, while offline
        page.wait_for_selector("[data-kiosk][data-kiosk-ready]", state="attached")
        wait_for_transitions(page, 4)
        assert is_not_blank(page.screenshot())
        old_version = state(page, "version")

        exhibit = ExhibitPage.objects.get(title_en="Scene 2")
        exhibit.title_en = "Scene 2, revised"
        exhibit.save_revision().publish()
        context.set_offline(False)
        began = time.monotonic()
        wait_for_function(
            page,
            "v => document.querySelector('[data-kiosk]').dataset.kioskVersion !== v",
            arg=old_version,
            timeout=30000,
        )
        wait_for_function(
            page,
            "document.querySelector('[data-kiosk]').dataset.kioskNetwork === 'online'",
            timeout=30000,
        )
        assert time.monotonic() - began < 30
        wait_for_transitions(page, transitions(page) + 2)
        assert page.errors == []
    finally:
        context.close()


def bad_answers():
    """500, a captive portal's login page, truncated JSON."""
    return [
        {"status": 500, "body": "Server Error", "content_type": "text/html"},
        {
            "status": 200,
            "body": "<html><body>Wi-Fi login</body></html>",
            "content_type": "text/html",
        },
        {
            "status": 200,
            "body": '{"version": "x", "loop": [1, 2',
            "content_type": "application/json",
        },
    ]


def answer_with(answer, answered):
    def handler(route):
        answered.append(route.request.url)
        route.fulfill(**answer)

    return handler


@pytest.mark.parametrize("service_workers", ["allow", "block"])
def test_bad_feed_answers_keep_the_last_good_feed(browser, live_server, screen, service_workers):
    """Errors, HTML and truncated JSON never replace the last good feed, with or without
    the service worker; a good answer afterwards is taken up."""
    context, page = open_kiosk(browser, live_server, speed=20, service_workers=service_workers)
    try:
        if service_workers == "allow":
            wait_until_cached(page)
        good = state(page, "version")
        for answer in bad_answers():
            answered = []
            context.route("**/feed.json", answer_with(answer, answered))
            deadline = time.monotonic() + 10
            while len(answered) < 2 and time.monotonic() < deadline:
                page.wait_for_timeout(100)
            assert len(answered) >= 2, answer
            wait_for_transitions(page, transitions(page) + 2)
            assert state(page, "version") == good
            assert state(page, "network") == "offline"
            assert page.locator(".kiosk-slide.is-shown [data-kiosk-field=title]").inner_text()
            context.unroute("**/feed.json")
        wait_for_function(
            page,
            "document.querySelector('[data-kiosk]').dataset.kioskNetwork === 'online'",
            timeout=10000,
        )
        assert page.errors == []
    finally:
        context.close()


def test_published_change_and_unpublished_exhibit_within_60_seconds(browser, live_server, screen):
    """In real time (speed 1): an edit appears and an unpublished exhibit leaves the loop
    within 60 s, without a page reload."""
    context, page = open_kiosk(browser, live_server, speed=1)
    try:
        wait_for_transitions(page, 1, timeout=10000)
        page.evaluate("window.kioskMarker = 'same page'")
        edited = ExhibitPage.objects.get(title_en="Scene 1")
        edited.title_zh_hans = "场景一（新）"
        edited.save_revision().publish()
        gone = ExhibitPage.objects.get(title_en="Scene 3")
        gone.unpublish()
        began = time.monotonic()
        wait_for_function(
            page,
            """() => {
                const titles = document.querySelectorAll('[data-kiosk-field=title]');
                return [...titles].some(t => t.textContent === '场景一（新）');
            }""",
            timeout=60000,
        )
        elapsed = time.monotonic() - began
        assert elapsed < 60
        feed_loop = page.evaluate(
            "fetch(document.querySelector('[data-kiosk]').dataset.feedUrl).then(r => r.json())"
        )["loop"]
        assert gone.pk not in feed_loop
        shown = []
        for _turn in range(3):
            wait_for_transitions(page, transitions(page) + 1, timeout=10000)
            shown.append(state(page, "item"))
        assert str(gone.pk) not in shown
        assert page.evaluate("window.kioskMarker") == "same page"
        print(f"published change visible after {elapsed:.1f} s")
    finally:
        context.close()


def test_watchdog_reloads_a_stalled_loop(browser, live_server, screen):
    """When no exhibit can be shown any more (image decoding hangs), the watchdog
    reloads the page, which resumes rotation."""
    context, page = open_kiosk(browser, live_server, speed=50)
    try:
        wait_for_transitions(page, 2)
        with page.expect_navigation(timeout=15000):
            page.evaluate(
                """() => {
                    window.kioskMarker = 'stalled';
                    HTMLImageElement.prototype.decode = () => new Promise(() => {});
                }"""
            )
        page.wait_for_selector("[data-kiosk][data-kiosk-ready]", state="attached")
        assert page.evaluate("window.kioskMarker") is None
        wait_for_transitions(page, 3)
    finally:
        context.close()


def test_heap_stays_bounded_over_a_soak(browser, live_server, screen):
    """Over 600 compressed transitions after a warm-up (2,000 and more with
    MUSEUM_KIOSK_SOAK), the JS heap grows less than 20 % and the DOM node count stays
    within 5 % (reliability plan K5). The node count moves with the exhibit on show, so
    both counts are the peak over many slides, and the peak may also move by as much as
    the slides differ (a slide sampled in one window can be missed in the other when the
    machine is busy); one node leaked a transition would add 600."""
    context, page = open_kiosk(browser, live_server, speed=1000)
    try:
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")

        def metrics():
            cdp.send("HeapProfiler.collectGarbage")
            values = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
            return values["JSHeapUsedSize"], values["Nodes"], values["JSEventListeners"]

        def node_counts(slides=30):
            """The DOM nodes seen over the next slides (each exhibit several times)."""
            counts = []
            for _ in range(slides):
                shown = page.evaluate(TRANSITIONS)
                wait_for_transitions(page, shown + 1, timeout=30000)
                cdp.send("HeapProfiler.collectGarbage")  # detached nodes count until collected
                values = cdp.send("Performance.getMetrics")["metrics"]
                counts.append(next(m["value"] for m in values if m["name"] == "Nodes"))
            return counts

        wait_for_transitions(page, SOAK_WARM_UP, timeout=60000)
        heap_before, _nodes, listeners_before = metrics()
        counts = node_counts()
        nodes_before, spread = max(counts), max(counts) - min(counts)
        began = time.monotonic()
        wait_for_transitions(page, SOAK_WARM_UP + SOAK_TRANSITIONS, timeout=150000)
        seconds = time.monotonic() - began
        heap_after, _nodes, listeners_after = metrics()
        nodes_after = max(node_counts())
        growth = (heap_after - heap_before) / heap_before
        print(
            f"soak: {SOAK_TRANSITIONS} transitions in {seconds:.0f} s; JS heap "
            f"{heap_before / 1e6:.2f} MB -> {heap_after / 1e6:.2f} MB ({growth:+.1%}); "
            f"nodes {nodes_before:.0f} -> {nodes_after:.0f} (slides differ by {spread:.0f}); "
            f"listeners {listeners_before:.0f} -> {listeners_after:.0f}"
        )
        assert growth < HEAP_GROWTH_LIMIT
        # Only growth would be a leak: fewer nodes at the end is no failure.
        assert nodes_after - nodes_before <= max(nodes_before * NODES_TOLERANCE, spread)
        assert listeners_after <= listeners_before
        assert page.errors == []
    finally:
        context.close()
