"""The pages around the page tree: the QR keypad, its 404 answers, and search."""

import pytest
from django.utils import translation

from exhibits.models import ExhibitPage, QRCode
from tests.browser.accessibility import assert_accessible
from tests.browser.sites import load_seed_content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seeded():
    load_seed_content()
    exhibit = ExhibitPage.objects.get(title_zh_hans="美丰银行柜台")
    retired = ExhibitPage.objects.get(title_zh_hans="钞票处理")
    retired.unpublish()
    return {
        "code": QRCode.objects.get(page=exhibit),
        "retired": QRCode.objects.get(page=retired),
        "exhibit": exhibit,
    }


def test_qr_and_search_pages_are_accessible(live_server, page, seeded, axe_script, subtests):
    """axe finds nothing serious on the keypad, unknown and retired codes, and search results."""
    cases = [
        ("/q/", 200),
        ("/q/ZZZZZZ", 404),
        (f"/q/{seeded['retired'].code}", 404),
        ("/zh-hans/search/?q=美丰", 200),
        ("/en/search/?q=bank", 200),
        ("/en/search/?q=zzzzqqq", 200),
    ]
    for path, status in cases:
        with subtests.test(path=path):
            response = page.goto(live_server.url + path, wait_until="networkidle")
            assert response.status == status
            assert page.request_log.off_machine() == []
            assert_accessible(page, axe_script)


def test_switching_language_is_remembered_for_later_scans(live_server, page, seeded):
    """After a visitor switches to English, a code scanned later opens in English."""
    with translation.override("zh-hans"):
        zh_url = seeded["exhibit"].get_url()
    page.goto(live_server.url + zh_url)
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/**")
    page.goto(f"{live_server.url}/q/{seeded['code'].code}")
    assert "/en/" in page.url
    assert page.locator("html").get_attribute("lang") == "en"


def test_keypad_leads_to_the_page(live_server, page, seeded):
    """Typing the printed number on the keypad opens the exhibit."""
    page.goto(f"{live_server.url}/q/")
    page.fill("input[name=n]", seeded["code"].number)
    page.keyboard.press("Enter")
    page.wait_for_url("**/zh-hans/**")
    assert page.locator("h1").inner_text() == "美丰银行柜台"


def test_search_box_suggests_titles(live_server, page, seeded):
    """Typing a Chinese fragment in the search box lists matching titles as links."""
    page.goto(f"{live_server.url}/zh-hans/search/")
    page.fill("#search-input", "银行柜")
    link = page.locator(".search-suggestions__link").first
    link.wait_for()
    assert "美丰银行柜台" in link.inner_text()
    link.click()
    page.wait_for_url("**/zh-hans/**/")
    assert page.locator("h1").inner_text() == "美丰银行柜台"
