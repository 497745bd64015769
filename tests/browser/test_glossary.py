"""Glossary terms on a phone: tapping a marked term opens its note inline, in the flow of
the text (nothing covers the page), from the keyboard too, in both languages and in
large-text mode, with nothing axe finds serious; without scripts the term links to its
entry on the glossary page."""

import pytest
from django.utils import translation
from wagtail.rich_text import RichText

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import GlossaryTerm
from tests.base import build_home, url_in
from tests.browser.accessibility import assert_accessible
from tests.seeding import restore_migration_rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TERM = ".gloss__term"
NOTE = "#gloss-datong-street"
WORDS = {"zh-hans": ("打铜街", "Datong Street"), "en": ("Datong Street", "打铜街")}
# What on the page is laid over the text: fixed or absolutely placed boxes (the page's own
# skip link and hidden labels among them), top-layer dialogs and popovers.
OVERLAYS = """() => [...document.querySelectorAll("body *")].filter((el) => {
    if (!el.checkVisibility()) return false;
    const position = getComputedStyle(el).position;
    return position === "fixed" || position === "absolute" || el.matches(":modal, :popover-open");
}).map((el) => el.className)"""


@pytest.fixture
def exhibit():
    restore_migration_rows()
    home = build_home()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    GlossaryTerm.objects.create(
        chinese="打铜街",
        english="Datong Street",
        note_zh_hans="街名来自清代街上的铜匠铺。",
        note_en="Named after the coppersmiths' shops of the Qing dynasty.",
    )
    with translation.override("zh-hans"):
        return ExhibitPageFactory(
            parent=museum,
            title_zh_hans="打铜街",
            title_en="Datong Street",
            body_zh_hans=[
                (
                    "paragraph",
                    RichText("<p>抗战期间，打铜街一带聚集了许多银行。后来的打铜街依旧热闹。</p>"),
                )
            ],
            body_en=[
                (
                    "paragraph",
                    RichText(
                        "<p>In the war many banks gathered around Datong Street. Datong Street "
                        "is still busy.</p>"
                    ),
                )
            ],
        )


@pytest.fixture
def phone(browser):
    """A touch phone 390 px wide."""
    context = browser.new_context(
        locale="zh-CN", viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_tapping_a_term_shows_its_note_inline(live_server, phone, exhibit, axe_script, language):
    """On a 390 px phone the first use is a button; a tap opens the note right after the
    term inside the paragraph, the page keeps its layout and nothing covers it; Enter and
    Space close and open it; axe passes open and closed, and in large-text mode."""
    word, other = WORDS[language]
    page = phone
    page.goto(live_server.url + url_in(exhibit, language), wait_until="networkidle")
    term = page.locator(TERM)
    assert term.count() == 1
    assert term.evaluate("el => el.tagName") == "BUTTON"
    assert term.inner_text() == word
    assert term.get_attribute("aria-expanded") == "false"
    note = page.locator(NOTE)
    assert not note.is_visible()
    assert_accessible(page, axe_script)

    paragraph_box = page.locator(".block-paragraph p").bounding_box()
    overlays = page.evaluate(OVERLAYS)
    term.tap()
    assert term.get_attribute("aria-expanded") == "true"
    assert note.is_visible()
    assert other in note.inner_text()
    # Inline, inside the paragraph, which grows to hold it; nothing laid over the page.
    assert note.evaluate("el => getComputedStyle(el).display") == "inline"
    assert note.evaluate("el => el.closest('p') !== null")
    assert page.locator(".block-paragraph p").bounding_box()["height"] >= paragraph_box["height"]
    assert page.evaluate(OVERLAYS) == overlays
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(page, axe_script)

    term.focus()
    page.keyboard.press("Enter")
    assert term.get_attribute("aria-expanded") == "false"
    assert not note.is_visible()
    page.keyboard.press("Space")
    assert note.is_visible()

    page.locator("[data-text-size-toggle]").click()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == 20
    assert note.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(page, axe_script)


def test_without_scripts_a_term_links_to_the_glossary(live_server, browser, exhibit):
    """With JavaScript off the term is a link to its entry on the glossary page."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(live_server.url + url_in(exhibit, "en"))
        link = page.locator(TERM)
        assert link.evaluate("el => el.tagName") == "A"
        link.click()
        page.wait_for_url("**/en/glossary/#datong-street")
        assert page.locator("#datong-street").is_visible()
        assert "coppersmiths" in page.locator("#datong-street").inner_text()
    finally:
        context.close()
