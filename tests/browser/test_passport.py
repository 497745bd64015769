"""The check-in passport on a phone: one Chromium context scans every station's label
(visits its /q/ number), the passport fills in, and the completion card appears; in both
languages, without a second post, with nothing from another host and nothing serious
for axe, at the normal size and in large-text mode."""

import pytest

from exhibits.models import Passport, PassportCompletion, QRCode
from tests.base import url_in
from tests.browser.accessibility import assert_accessible
from tests.browser.sites import load_seed_content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROGRESS = "[data-passport-progress]"
CARD_IMAGE = "[data-passport-card-image]"


@pytest.fixture
def stations():
    """Each station of the seeded passport with the QR number that stamps it."""
    load_seed_content()
    result = []
    for station in Passport.current().stations:
        result.append((station, QRCode.objects.get(page_id=station.stamp_ids[-1]).number))
    return result


def test_collecting_every_stamp_shows_the_completion_card(
    live_server,
    page,
    stations,
    axe_script,
):
    posts = []
    page.on(
        "request",
        lambda request: request.method == "POST" and posts.append(request.url),
    )
    total = len(stations)
    assert total >= 8  # the seed's six trail stops and its museums

    # A plain visit to a station's page, without scanning its label, gives no stamp.
    first_station = stations[0][0]
    page.goto(live_server.url + url_in(first_station.page, "zh-hans"))
    assert not page.locator('[data-passport-notice-when="collected"]').is_visible()
    page.goto(live_server.url + "/zh-hans/passport/")
    assert page.locator("[data-passport-count]").inner_text() == "0"
    assert_accessible(page, axe_script)

    for index, (station, number) in enumerate(stations, start=1):
        page.goto(f"{live_server.url}/q/{number}")
        notice = page.locator('[data-passport-notice-when="collected"]')
        notice.wait_for(state="visible")
        # The stamp left the address bar: a reload or a shared link gives none.
        assert "#" not in page.url
        assert page.url.endswith(url_in(station.page, "zh-hans"))
        if index == total - 1:
            notice.get_by_role("link").click()
            page.wait_for_url("**/zh-hans/passport/")
            assert page.locator("[data-passport-count]").inner_text() == str(total - 1)
            assert page.locator(".passport-station--collected").count() == total - 1
            assert not page.locator("[data-passport-done]").is_visible()

    page.goto(live_server.url + "/zh-hans/passport/")
    assert page.locator("[data-passport-count]").inner_text() == str(total)
    assert page.locator(".passport-station--collected").count() == total
    pins = page.locator(".trail-map__stop")
    assert pins.count() > 0
    assert page.locator(".trail-map__stop--collected").count() == pins.count()
    card = page.locator(CARD_IMAGE)
    card.wait_for(state="visible")
    page.wait_for_function(
        "selector => document.querySelector(selector).naturalWidth === 900", arg=CARD_IMAGE
    )
    card_url = card.get_attribute("src")
    assert card_url.startswith("/passport/card/")
    assert page.request.get(live_server.url + card_url).headers["content-type"] == "image/png"
    assert posts == [live_server.url + "/passport/complete/"]
    assert PassportCompletion.objects.get().count == 1
    assert page.request_log.off_machine() == []
    assert_accessible(page, axe_script)

    # The other language shows the same card from the phone's memory: no second post.
    page.goto(live_server.url + "/en/passport/")
    page.locator(CARD_IMAGE).wait_for(state="visible")
    assert page.locator(CARD_IMAGE).get_attribute("src") == card_url
    assert page.locator(PROGRESS).inner_text().startswith(f"{total} of {total}")
    assert len(posts) == 1
    assert PassportCompletion.objects.get().count == 1
    assert_accessible(page, axe_script)
    page.locator("[data-text-size-toggle]").click()
    assert page.evaluate("document.documentElement.classList.contains('large-text')")
    assert_accessible(page, axe_script)
