"""Large-text mode: a real toggle button in the header, remembered on the device in
localStorage (never a cookie), applied before the first paint on every page."""

import pytest

from tests.base import url_in
from tests.browser.sites import build_small_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TOGGLE = "[data-text-size-toggle]"
# Runs before any of the page's own scripts: notes whether <html> already had the
# large-text class when <body> first appeared, i.e. before anything could be painted.
RECORD_CLASS_AT_FIRST_BODY = """
window.__largeAtFirstBody = null;
new MutationObserver((records, observer) => {
    if (document.body) {
        window.__largeAtFirstBody = document.documentElement.classList.contains("large-text");
        observer.disconnect();
    }
}).observe(document, {childList: true, subtree: true});
"""
# A Content Security Policy as strict as production may send: no inline code at all.
STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self'; object-src 'none'; base-uri 'none'"
)


@pytest.fixture
def site():
    home, museum, exhibit = build_small_site()
    return {"home": home, "museum": museum, "exhibit": exhibit}


def root_font_size(page):
    return page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")


def state(page):
    return {
        "pressed": page.locator(TOGGLE).get_attribute("aria-pressed"),
        "large": page.evaluate("document.documentElement.classList.contains('large-text')"),
        "font": root_font_size(page),
        "at_first_body": page.evaluate("window.__largeAtFirstBody"),
    }


def test_large_text_survives_reload_and_navigation(live_server, page, site):
    """Tapping the toggle enlarges the text by a quarter; the choice holds after a reload,
    on the next page and in the other language, and tapping again restores the size."""
    page.add_init_script(RECORD_CLASS_AT_FIRST_BODY)
    page.goto(live_server.url + url_in(site["home"], "zh-hans"))
    toggle = page.locator(TOGGLE)
    assert toggle.is_visible()
    assert toggle.evaluate("el => el.tagName") == "BUTTON"
    assert page.get_by_role("button", pressed=False).count() == 1
    box = toggle.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    assert state(page) == {"pressed": "false", "large": False, "font": 16, "at_first_body": False}

    toggle.click()
    assert state(page)["pressed"] == "true"
    assert root_font_size(page) == 20
    assert page.evaluate("localStorage.getItem('museum:text-size')") == "large"

    page.reload()
    assert state(page) == {"pressed": "true", "large": True, "font": 20, "at_first_body": True}

    page.locator(".card__link").first.click()
    page.wait_for_url("**" + url_in(site["museum"], "zh-hans"))
    assert state(page) == {"pressed": "true", "large": True, "font": 20, "at_first_body": True}

    page.goto(live_server.url + url_in(site["exhibit"], "en"))
    assert state(page)["at_first_body"] is True
    page.locator(TOGGLE).click()
    assert state(page)["pressed"] == "false"
    page.reload()
    assert state(page) == {"pressed": "false", "large": False, "font": 16, "at_first_body": False}
    assert page.evaluate("localStorage.getItem('museum:text-size')") is None
    assert page.context.cookies() == []


def test_large_text_works_under_a_strict_content_security_policy(live_server, browser, site):
    """With `script-src 'self'` and no inline styles allowed, nothing is refused: the
    toggle and the audio player still work."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.add_init_script(
        "window.__cspViolations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )

    def with_csp(route):
        response = route.fetch()
        route.fulfill(
            response=response,
            headers={**response.headers, "content-security-policy": STRICT_CSP},
        )

    page.route("**/zh-hans/**", with_csp)
    page.goto(live_server.url + url_in(site["exhibit"], "zh-hans"), wait_until="networkidle")
    page.locator(TOGGLE).click()
    assert root_font_size(page) == 20
    assert page.locator("[data-audio-guide-ready]").count() == 1
    assert page.evaluate("window.__cspViolations") == []
    context.close()


def test_without_javascript_the_page_still_works(live_server, browser, site):
    """With scripts off there is no dead toggle, and the browser's own audio controls remain."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + url_in(site["exhibit"], "zh-hans"))
    assert page.locator(TOGGLE).count() == 1
    assert not page.locator(TOGGLE).is_visible()
    audio = page.locator("audio.block-audio__player")
    assert audio.is_visible()
    assert audio.get_attribute("controls") is not None
    assert page.locator(".audio-guide__play").count() == 0
    assert page.locator(".block-audio__transcript").is_visible()
    context.close()
