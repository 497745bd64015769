"""The visitor pages' content security policy in Chromium: an injected inline script,
inline style attribute or foreign image is refused, and the violation watch of
conftest.py sees each refusal (so that it would fail any other test that caused one)."""

import pytest

from tests.base import url_in
from tests.browser.sites import build_small_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

INJECT = """() => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.body.append(script);
    document.body.insertAdjacentHTML(
        "beforeend", '<p id="styled" style="color: rgb(1, 2, 3)">x</p>');
}"""


@pytest.mark.csp_violations_expected("script-src", "style-src")
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_inline_code_is_refused_on_visitor_pages(live_server, page, csp_violations, language):
    """An inline script does not run and a style attribute does not apply; both are reported."""
    _home, _museum, exhibit = build_small_site()
    page.goto(live_server.url + url_in(exhibit, language), wait_until="load")
    page.evaluate(INJECT)
    page.wait_for_timeout(200)
    assert page.evaluate("window.__inlineRan") is None
    color = page.evaluate("getComputedStyle(document.getElementById('styled')).color")
    assert color != "rgb(1, 2, 3)"
    reported = "\n".join(csp_violations.messages)
    assert "script-src" in reported
    assert "style-src" in reported


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_visitor_pages_and_embeds_run_under_the_policy(live_server, page, csp_violations, language):
    """The exhibit page and its embed load their scripts and styles with no violation:
    the page's own modules ran (the audio guide replaced the player's controls) and its
    stylesheet applied."""
    _home, _museum, exhibit = build_small_site()
    for url in (url_in(exhibit, language), f"{url_in(exhibit, language)}embed/"):
        page.goto(live_server.url + url, wait_until="networkidle")
        page.wait_for_selector("[data-audio-guide-ready]", state="attached")
        assert page.locator("link[rel=stylesheet]").count() >= 1
        assert page.evaluate("document.styleSheets[0].cssRules.length") > 0
    assert csp_violations.messages == []
