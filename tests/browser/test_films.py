"""The seed's placeholder film in Chromium: on its page it waits for a tap, then plays
inline with the captions of the page's language showing; on the museum's screen it plays
by itself, muted, with captions on."""

import re

import pytest

from exhibits.models import FilmPage, Screen
from tests.base import url_in
from tests.browser.sites import load_seed_content
from tests.browser.waiting import wait_for_function

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIDEO = "video.film__player"
CJK = re.compile(r"[\u4e00-\u9fff]")
STATE = """(selector) => {
    const video = document.querySelector(selector);
    const showing = [...video.textTracks].filter((track) => track.mode === "showing");
    return {
        paused: video.paused,
        muted: video.muted,
        time: video.currentTime,
        error: video.error && video.error.code,
        showing: showing.map((track) => track.language),
        cues: showing.flatMap((track) => [...(track.activeCues || [])].map((cue) => cue.text)),
    };
}"""


@pytest.fixture
def film():
    load_seed_content()
    return FilmPage.objects.get(slug_en="placeholder-film")


@pytest.mark.parametrize(
    ("language", "track", "chinese_cues"),
    [("zh-hans", "zh-Hans", True), ("en", "en", False)],
)
def test_film_plays_after_a_tap_with_captions(
    live_server, page, film, language, track, chinese_cues
):
    """Nothing plays on load; a click plays it inline, time advances and a caption cue
    of the page's language is active."""
    page.goto(live_server.url + url_in(film, language), wait_until="networkidle")
    page.wait_for_timeout(300)
    state = page.evaluate(STATE, VIDEO)
    assert state["paused"] is True and state["time"] == 0
    assert not [url for url in page.request_log.urls if url.endswith(".mp4")]

    page.evaluate("(selector) => document.querySelector(selector).play()", VIDEO)
    wait_for_function(page, f"document.querySelector('{VIDEO}').currentTime > 1", timeout=15_000)
    state = wait_for_function(
        page,
        f"(() => {{ const s = ({STATE})('{VIDEO}'); return s.cues.length ? s : null; }})()",
        timeout=10_000,
    )
    assert state["error"] is None
    assert state["showing"] == [track]
    assert all(CJK.search(cue) for cue in state["cues"]) is chinese_cues
    box = page.locator(VIDEO).bounding_box()
    assert box["width"] <= page.viewport_size["width"]  # inline, not full screen


def test_screen_loops_the_film_muted_with_captions(live_server, page, film):
    """The seeded museum's screen reaches the film in its loop and plays it without a
    tap, muted, with the Chinese captions showing."""
    screen = Screen.objects.get(show_films=True, museum__title_en__startswith="Chongqing Financial")
    page.goto(f"{live_server.url}/screen/{screen.slug}/?speed=40")
    wait_for_function(
        page,
        f"document.querySelector('[data-kiosk]').dataset.kioskItem === '{film.pk}'",
        timeout=60_000,
    )
    selector = ".kiosk-slide.is-shown video"
    wait_for_function(
        page, f"document.querySelector('{selector}').currentTime > 0.5", timeout=15_000
    )
    state = wait_for_function(
        page,
        f"(() => {{ const s = ({STATE})('{selector}'); return s.cues.length ? s : null; }})()",
        timeout=10_000,
    )
    assert state["muted"] is True
    assert state["showing"] == ["zh-Hans"]
    assert all(CJK.search(cue) for cue in state["cues"])
