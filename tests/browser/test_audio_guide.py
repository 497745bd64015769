"""The audio guide on a seeded exhibit with a narration: nothing is fetched or played
until the visitor taps Play (iOS WeChat allows sound only from a tap), then it plays,
shows its length, pauses and seeks."""

import pytest
from playwright.sync_api import expect

from exhibits.models import ExhibitPage
from tests.base import url_in
from tests.browser.sites import SEEDED_EXHIBIT, load_seed_content
from tests.browser.waiting import wait_for_function

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AUDIO = "audio.block-audio__player"


@pytest.fixture
def exhibit():
    load_seed_content()
    return ExhibitPage.objects.get(title_zh_hans=SEEDED_EXHIBIT)


def audio_state(page):
    return page.eval_on_selector(
        AUDIO, "a => ({paused: a.paused, time: a.currentTime, hidden: a.hidden})"
    )


@pytest.mark.parametrize(
    ("language", "play_label"),
    [("zh-hans", ("Play", "播放")), ("en", ("Play",))],
)
def test_audio_guide_plays_only_after_a_tap(live_server, page, exhibit, language, play_label):
    """No fetch and no sound on load; a tap plays and shows the length; the slider seeks
    from the keyboard; a second tap pauses."""
    page.goto(live_server.url + url_in(exhibit, language), wait_until="networkidle")
    page.wait_for_timeout(500)  # time enough for any autoplay to have started
    assert audio_state(page) == {"paused": True, "time": 0, "hidden": True}
    recordings = [url for url in page.request_log.urls if url.endswith(".mp3")]
    assert recordings == [], "the recording was fetched before anyone asked for it"

    button = page.locator(".audio-guide__play")
    assert button.inner_text().strip() in play_label
    box = button.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    assert page.locator(".audio-guide__duration").inner_text() == "--:--"
    assert page.locator(".block-audio__transcript").is_visible()

    button.click()
    wait_for_function(page, f"document.querySelector('{AUDIO}').currentTime > 0.3", timeout=15_000)
    assert audio_state(page)["paused"] is False
    expect(button).to_have_attribute("data-state", "playing")
    expect(page.locator(".audio-guide__duration")).not_to_have_text("--:--")
    duration = page.locator(".audio-guide__duration").inner_text()
    minutes, seconds = duration.split(":")
    assert int(minutes) * 60 + int(seconds) > 5
    assert page.locator(".audio-guide__seek").is_enabled()

    page.locator(".audio-guide__seek").focus()
    for _ in range(10):
        page.keyboard.press("ArrowRight")
    wait_for_function(page, f"document.querySelector('{AUDIO}').currentTime >= 8", timeout=5_000)

    button.click()
    expect(button).to_have_attribute("data-state", "paused")
    assert audio_state(page)["paused"] is True
    assert page.request_log.off_machine() == []
