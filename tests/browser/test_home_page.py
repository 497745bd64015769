import pytest

from exhibits.factories import MuseumPageFactory
from tests.base import build_home

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site_tree():
    home = build_home()
    MuseumPageFactory(
        parent=home,
        title_zh_hans="重庆金融历史博物馆",
        title_en="Chongqing Financial History Museum",
    )
    return home


@pytest.mark.parametrize(
    ("path", "lang", "museum_title"),
    [
        ("/zh-hans/", "zh-hans", "重庆金融历史博物馆"),
        ("/en/", "en", "Chongqing Financial History Museum"),
    ],
)
def test_home_page_loads_only_from_this_machine(
    live_server, page, site_tree, path, lang, museum_title
):
    """The home page renders in each language and requests nothing from another host."""
    response = page.goto(live_server.url + path, wait_until="networkidle")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == lang
    assert page.get_by_role("link", name=museum_title).is_visible()
    assert page.request_log.urls, "the request log recorded nothing"
    assert page.request_log.off_machine() == []


def test_language_switcher_moves_to_the_other_language(live_server, page, site_tree):
    """Tapping the switcher on the Chinese home page opens the English one."""
    page.goto(live_server.url + "/zh-hans/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/")
    assert page.locator("html").get_attribute("lang") == "en"
