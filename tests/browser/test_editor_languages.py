"""The two-language editor in Chromium: the language switcher keeps its place, errors in
a hidden language come into view, the preview panel shows the draft in both languages, and
the reviewer compares a submitted draft with the live page."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from tests.base import build_home
from tests.browser.admin import signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def exhibit():
    home = build_home()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    exhibit = ExhibitPageFactory(
        parent=museum, title_zh_hans="美丰柜台", title_en="Meifeng counter", position=1
    )
    exhibit.save_revision().publish()
    return exhibit


@pytest.fixture
def editor(browser, live_server):
    get_user_model().objects.create_superuser("admin", password="pw")
    context, page = signed_in(browser, live_server.url, "admin")
    yield page
    context.close()


def edit_url(live_server, page):
    return live_server.url + reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_language_choice_stays_across_page_loads(live_server, editor, exhibit):
    """Both languages show side by side by default; "English" hides the Chinese fields, and
    the editor reopens that way."""
    editor.goto(edit_url(live_server, exhibit))
    expect(editor.locator("#id_title_zh_hans")).to_be_visible()
    expect(editor.locator("#id_title_en")).to_be_visible()
    expect(editor.locator("[data-panel-heading-text]", has_text="标题（简体中文）")).to_be_visible()
    zh_box = editor.locator("#id_title_zh_hans").bounding_box()
    en_box = editor.locator("#id_title_en").bounding_box()
    assert abs(zh_box["y"] - en_box["y"]) < 2 and en_box["x"] > zh_box["x"]
    editor.locator("[data-editor-languages-switcher] button[data-mode='en']").click()
    expect(editor.locator("#id_title_zh_hans")).to_be_hidden()
    editor.reload()
    expect(editor.locator("#id_title_en")).to_be_visible()
    expect(editor.locator("#id_title_zh_hans")).to_be_hidden()


def test_an_error_in_a_hidden_language_opens_on_that_field(live_server, editor, exhibit):
    """An English slug taken by a sibling, saved while only Chinese shows, reopens the editor
    on the Promote tab with the English field shown and the tab's error count."""
    ExhibitPageFactory(parent=exhibit.get_parent(), slug_en="taken-slug", position=2)
    editor.goto(edit_url(live_server, exhibit))
    editor.get_by_role("tab", name=re.compile("推广")).click()
    editor.locator("#id_slug_en").fill("taken-slug")
    editor.locator("[data-editor-languages-switcher] button[data-mode='zh-hans']").click()
    expect(editor.locator("#id_slug_en")).to_be_hidden()
    editor.locator("footer button.action-save").first.click()
    editor.wait_for_load_state("networkidle")
    slug = editor.locator("#id_slug_en")
    expect(slug).to_be_visible()
    expect(slug).to_be_in_viewport()
    promote = editor.get_by_role("tab", name=re.compile("推广"))
    expect(promote).to_have_attribute("aria-selected", "true")
    expect(promote.locator("[data-w-count-target='total']")).to_have_text("1")


def test_preview_panel_shows_the_draft_in_both_languages(live_server, editor, exhibit):
    """The side-panel preview frames the draft: Chinese by default, English in "en" mode."""
    editor.goto(edit_url(live_server, exhibit))
    editor.locator("#id_title_zh_hans").fill("美丰柜台（草稿）")
    editor.locator("#id_title_en").fill("Meifeng counter draft")
    editor.locator("[data-side-panel-toggle='preview']").click()
    frame = editor.frame_locator("#w-preview-iframe")
    expect(frame.locator("h1")).to_contain_text("美丰柜台（草稿）", timeout=15000)
    editor.locator("select[name='preview-mode'], #id_preview_mode").select_option("en")
    expect(frame.locator("h1")).to_contain_text("Meifeng counter draft", timeout=15000)


def test_reviewer_compares_the_submitted_draft_with_live(live_server, editor, exhibit):
    """After a saved draft, "Compare with live version" in the header menu shows the change."""
    exhibit.title_en = "Meifeng counter, revised"
    exhibit.save_revision()
    editor.goto(edit_url(live_server, exhibit))
    editor.locator("header [data-w-dropdown-target='toggle']").first.click()
    editor.get_by_role(
        "link", name=re.compile("Compare with live version|与线上版本比较|比较")
    ).click()
    expect(editor.locator("main")).to_contain_text("revised")
