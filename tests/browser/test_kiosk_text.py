"""Kiosk text in headless Chromium: titles and paragraphs with an apostrophe, an
ampersand and ``<`` read exactly as written, in Chinese and in English, on the slide
and in explore mode (plain text in the feed, set as text, never escaped twice)."""

import pytest
from wagtail.rich_text import RichText

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import Screen
from tests.base import build_home
from tests.browser.sites import restore_migration_rows
from tests.browser.waiting import wait_for_function

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLES = {"zh-hans": "美丰银行's 金库 & <柜台>", "en": "Meifeng Bank's vault & <counter>"}
PARAGRAPHS = {
    "zh-hans": "<p>重庆&#x27;s 金融 &amp; &lt;街&gt;</p>",
    "en": "<p>Chongqing&#x27;s banks &amp; &lt;streets&gt;</p>",
}
SHOWN_PARAGRAPHS = {"zh-hans": "重庆's 金融 & <街>", "en": "Chongqing's banks & <streets>"}


@pytest.fixture
def screens():
    restore_migration_rows()
    museum = MuseumPageFactory(
        parent=build_home(), title_zh_hans="金融博物馆", title_en="Finance Museum"
    )
    ExhibitPageFactory(
        parent=museum,
        title_zh_hans=TITLES["zh-hans"],
        title_en=TITLES["en"],
        body_zh_hans=[("paragraph", RichText(PARAGRAPHS["zh-hans"]))],
        body_en=[("paragraph", RichText(PARAGRAPHS["en"]))],
    )
    return {
        language: Screen.objects.create(
            name=f"Hall {language}",
            slug=f"hall-{language}",
            museum=museum,
            language=language,
            attract_seconds=4,
        )
        for language in ("zh-hans", "en")
    }


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_titles_and_paragraphs_read_as_written(browser, live_server, screens, language):
    """The slide and the detail view show the title and the paragraph with ', & and <
    as characters, never as &#x27; &amp; &lt; or as markup."""
    context = browser.new_context(viewport={"width": 960, "height": 540}, has_touch=True)
    try:
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{live_server.url}/screen/{screens[language].slug}/?speed=20")
        wait_for_function(
            page,
            "Number(document.querySelector('[data-kiosk]').dataset.kioskTransitions || 0) >= 1",
        )
        slide_title = page.locator(".kiosk-slide.is-shown [data-kiosk-field=title]")
        assert slide_title.inner_text() == TITLES[language]
        assert slide_title.locator("*:not(span.kiosk-text)").count() == 0

        page.locator("[data-kiosk-attract]").tap()
        detail = page.locator("[data-kiosk-detail]")
        assert detail.locator("[data-kiosk-field=title]").inner_text() == TITLES[language]
        assert detail.locator("[data-kiosk-field=body] p").all_inner_texts() == [
            SHOWN_PARAGRAPHS[language]
        ]
        assert page.locator(".kiosk-scene__title").inner_text() == TITLES[language]
        assert "&#" not in page.locator("[data-kiosk]").inner_text()
        assert errors == []
    finally:
        context.close()
