"""The pre-publish check in the Chinese admin, clicked through in Chromium: a curator who
submits an exhibit whose main image has no English alt text is stopped (an empty English
intro is listed as a warning), and the check panel's link opens the field; a senior
curator publishes over the error with the override, which the page's history names."""

import re

import pytest
from wagtail.models import PageLogEntry, WorkflowState

from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage
from tests.base import build_home
from tests.browser.admin import admin_as, editorial_users
from tests.browser.sites import restore_migration_rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MORE_ACTIONS = re.compile(r"更多动作|More actions")
SUBMIT = re.compile(r"^\s*(提交|Submit)")  # "提交给<workflow>", "Submit to <workflow>"
PUBLISH = re.compile(r"^\s*(发布|Publish)\s*$")
MEDIA_TAB = re.compile(r"^\s*(媒体|Media)\s*$")


@pytest.fixture
def exhibit():
    """An exhibit whose main image lacks English alt text; a curator and a senior curator."""
    restore_migration_rows()
    home = build_home()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    image = MuseumImageFactory(title="柜台照片", description_en="")
    page = ExhibitPageFactory(
        parent=museum, title_zh_hans="美丰银行柜台", title_en="Counter", listing_image=image
    )
    editorial_users()
    return page


def footer_action(page, name):
    footer = page.locator("footer").last
    footer.get_by_role("button", name=MORE_ACTIONS).click()
    footer.get_by_role("button", name=name).click()


def test_curator_is_stopped_and_led_to_the_field(live_server, browser, exhibit):
    """Submitting is refused with the error listed and the missing English intro as a
    warning; 前往“主图” opens the Media tab at the image; no review starts and the live
    page keeps its English intro."""
    context, page = admin_as(
        browser, live_server.url, "curator", f"/admin/pages/{exhibit.pk}/edit/"
    )
    panel = page.locator("[data-prepublish-check]")
    assert panel.locator("[data-prepublish-problem=alt_text]").count() == 1
    assert page.locator("[data-prepublish-override]").count() == 0  # not for curators
    page.fill("#id_intro_en", "")
    footer_action(page, SUBMIT)
    page.locator(".messages .error").wait_for()
    assert panel.locator("[data-severity=error]").count() == 1
    missing = panel.locator("[data-prepublish-problem=missing_english]")
    assert missing.get_attribute("data-severity") == "warning"
    assert "发布前检查" in page.locator(".messages").inner_text()
    assert not WorkflowState.objects.filter(object_id=str(exhibit.pk)).exists()
    assert ExhibitPage.objects.get(pk=exhibit.pk).intro_en == "English introduction."

    panel.locator("[data-prepublish-field=listing_image]").click()
    page.get_by_role("tab", name=MEDIA_TAB).and_(page.locator("[aria-selected=true]")).wait_for()
    field = page.locator("[data-contentpath=listing_image]").first
    field.wait_for(state="visible")
    assert field.get_attribute("data-prepublish-highlight") is not None
    context.close()


def test_senior_curator_overrides_and_the_history_records_it(live_server, browser, exhibit):
    """Publishing is refused for the senior curator too; they tick the override and
    publish again: the page goes live, and its history names them and the error they
    published over. (Wagtail autosaves the refused form at once; that revision is the
    editor's own, so the second publish is not refused as out of date.)"""
    context, page = admin_as(browser, live_server.url, "senior", f"/admin/pages/{exhibit.pk}/edit/")
    page.locator("[data-prepublish-problem=alt_text]").wait_for()
    footer_action(page, PUBLISH)
    page.locator(".messages .error").wait_for()
    assert not PageLogEntry.objects.filter(page=exhibit, action="wagtail.publish").exists()
    # The autosave of the refused form has answered (the form now names its revision).
    page.locator("input[name=overwrite_revision_id]").wait_for(state="attached")
    page.locator("[data-prepublish-override]").check()
    footer_action(page, PUBLISH)
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    assert page.locator(".messages .error").count() == 0

    entry = PageLogEntry.objects.get(page=exhibit, action="exhibits.prepublish_override")
    assert entry.user.username == "senior"
    assert [problem["check"] for problem in entry.data["problems"]] == ["alt_text"]
    page.goto(f"{live_server.url}/admin/pages/{exhibit.pk}/history/")
    assert "柜台照片" in page.locator("table.listing").inner_text()
    context.close()
