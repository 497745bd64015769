"""Translation status in the Chinese admin, clicked through in Chromium: a curator edits
the Chinese introduction of an exhibit and saves; the English introduction is then marked
out of date beside the field and in the status side panel, with no way for the curator to
clear it; a senior curator marks it as checked, and both places say so."""

import importlib
import re

import pytest
from django.apps import apps
from django.utils import translation

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import EnglishStatus, english_status
from tests.base import build_home
from tests.browser.admin import admin_as, editorial_users
from tests.browser.sites import restore_migration_rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SAVE_DRAFT = re.compile(r"保存草稿|Save draft")


def in_admin_language(message):
    with translation.override("zh-hans"):
        return str(message)


@pytest.fixture
def exhibit():
    """A published exhibit in both languages; a curator and a senior curator."""
    restore_migration_rows()
    home = build_home()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    page = ExhibitPageFactory(parent=museum, title_zh_hans="美丰银行柜台", title_en="Counter")
    page.save_revision().publish()
    editorial_users()
    importlib.import_module("exhibits.migrations.0017_translation_status").grant_mark_checked(
        apps, None
    )
    return page


def open_status_panel(page):
    """The status side panel, opened with its toggle unless the editor shows it open
    already (as it does after the page load that "Mark as checked" makes)."""
    page.wait_for_load_state()
    panel = page.locator("[data-translation-status-panel]")
    if not panel.is_visible():
        page.locator("[data-side-panel-toggle='status']").click()
    panel.wait_for(state="visible")
    return panel


def test_chinese_edit_marks_english_stale_until_a_senior_checks_it(live_server, browser, exhibit):
    edit_path = f"/admin/pages/{exhibit.pk}/edit/"
    stale = in_admin_language(EnglishStatus.STALE.label)
    checked = in_admin_language(EnglishStatus.CHECKED.label)

    context, page = admin_as(browser, live_server.url, "curator", edit_path)
    page.locator("textarea[name=intro_zh_hans]").fill("美丰银行营业柜台，修订后的中文简介。")
    # An autosave may redraw the panel first; the save's own page load is the one to wait for.
    with page.expect_navigation():
        page.locator("footer").last.get_by_role("button", name=SAVE_DRAFT).click()
    badge = page.locator("[data-translation-field-badge=stale][data-field=intro]")
    badge.wait_for()
    assert badge.inner_text() == stale
    assert page.locator("[data-translation-field-badge][data-field=title]").count() == 0
    panel = open_status_panel(page)
    assert panel.locator("[data-field=intro] [data-translation-badge]").inner_text() == stale
    assert panel.locator("[data-mark-checked]").count() == 0
    context.close()
    assert english_status(exhibit)["intro"] == "stale"

    context, page = admin_as(browser, live_server.url, "senior", edit_path)
    with page.expect_navigation():
        open_status_panel(page).locator("[data-mark-checked=intro]").click()
    badge = page.locator("[data-translation-field-badge=checked][data-field=intro]")
    badge.wait_for()
    assert badge.inner_text() == checked
    panel = open_status_panel(page)
    assert panel.locator("[data-field=intro] [data-translation-badge]").inner_text() == checked
    assert panel.locator("[data-mark-checked]").count() == 0
    context.close()
    assert english_status(exhibit)["intro"] == "checked"
