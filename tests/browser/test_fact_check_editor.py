"""Fact checking in the Chinese admin, clicked through in Chromium: a curator who marks a
page without sources "verified" is told why, in the field, and nothing is saved; a senior
curator adds a source, verifies and publishes, and Reports → Fact check names them with the
date; visitors then no longer see the "awaits review" line."""

import re

import pytest
from django.utils import timezone, translation

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage, FactCheckStatus
from exhibits.models.page_form import NEEDS_SENIOR_CURATOR, NEEDS_SOURCE
from tests.base import build_home, url_in
from tests.browser.admin import admin_as, editorial_users
from tests.browser.sites import restore_migration_rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FACT_CHECK_TAB = re.compile(r"史实核查|Fact check")
SAVE_DRAFT = re.compile(r"保存草稿|Save draft")
MORE_ACTIONS = re.compile(r"更多动作|More actions")
PUBLISH = re.compile(r"^\s*(发布|Publish)\s*$")
REPORTS = re.compile(r"^\s*(报告|Reports)\s*$")


def in_admin_language(message):
    with translation.override("zh-hans"):
        return str(message)


@pytest.fixture
def exhibit():
    """An exhibit without sources; a curator and a senior curator with their roles."""
    restore_migration_rows()
    home = build_home()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    page = ExhibitPageFactory(parent=museum, title_zh_hans="美丰银行柜台", title_en="Counter")
    editorial_users(curator=("Lin", "Curator"), senior=("Wang", "Senior"))
    return page


def edit_path(exhibit):
    return f"/admin/pages/{exhibit.pk}/edit/"


def open_fact_check_tab(page, base_url=None, exhibit=None):
    """The editor's Fact check tab; with ``exhibit``, the editor is opened first."""
    if exhibit is not None:
        page.goto(base_url + edit_path(exhibit))
    page.get_by_role("tab", name=FACT_CHECK_TAB).click()
    status = page.locator("#id_fact_check_status")
    status.wait_for(state="visible")
    return status


def status_errors(page):
    field = page.locator("[data-contentpath=fact_check_status]").first
    return " ".join(field.locator("[data-field-errors]").all_inner_texts())


def test_curator_cannot_verify_without_sources(live_server, browser, exhibit):
    """The curator chooses 已核实 and saves: the field says a source is needed and only a
    senior curator may verify; the page stays "needs checking"."""
    context, page = admin_as(browser, live_server.url, "curator", edit_path(exhibit))
    open_fact_check_tab(page).select_option("verified")
    page.locator("footer").last.get_by_role("button", name=SAVE_DRAFT).click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("tab", name=FACT_CHECK_TAB).click()
    errors = status_errors(page)
    assert in_admin_language(NEEDS_SOURCE) in errors
    assert in_admin_language(NEEDS_SENIOR_CURATOR) in errors
    assert page.locator(
        "[data-contentpath=fact_check_status] [data-field-errors]"
    ).first.is_visible()
    latest = ExhibitPage.objects.get(pk=exhibit.pk).get_latest_revision_as_object()
    assert latest.fact_check_status == FactCheckStatus.NEEDS_CHECKING
    context.close()


def test_senior_curator_verifies_with_a_source_and_the_report_names_them(
    live_server, browser, exhibit
):
    """The senior curator adds a source, chooses 已核实 and publishes; the Fact check tab
    and Reports → 史实核查 show their name and the date, and visitors lose the notice."""
    visitor_url = live_server.url + url_in(exhibit, "zh-hans")
    context, page = admin_as(browser, live_server.url, "senior", edit_path(exhibit))
    status = open_fact_check_tab(page)
    sources = page.locator("[data-contentpath=sources]").first
    sources.locator("button.c-sf-add-button").first.click()
    page.locator("input[name='sources-0-value-title']").fill("重庆金融志")
    page.locator("input[name='sources-0-value-publisher']").fill("重庆出版社")
    status.select_option("verified")
    footer = page.locator("footer").last
    footer.get_by_role("button", name=MORE_ACTIONS).click()
    footer.get_by_role("button", name=PUBLISH).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    assert page.locator(".messages .error").count() == 0

    live = ExhibitPage.objects.get(pk=exhibit.pk)
    assert live.fact_check_status == FactCheckStatus.VERIFIED
    assert live.fact_checked_by.username == "senior"
    day = timezone.localtime(live.fact_checked_at).strftime("%Y-%m-%d")

    open_fact_check_tab(page, live_server.url, exhibit)
    record = page.locator("[data-fact-check-record]").inner_text()
    assert "Wang Senior" in record and day in record

    page.goto(f"{live_server.url}/admin/")
    page.get_by_role("button", name=REPORTS).click()
    page.get_by_role("link", name=re.compile(r"^(史实核查|Fact check)$")).click()
    page.wait_for_url(re.compile(r"/admin/reports/fact-check/"))
    row = page.locator("tr").filter(has_text="美丰银行柜台")
    assert "Wang Senior" in row.inner_text() and day in row.inner_text()
    context.close()

    visitor = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844})
    phone = visitor.new_page()
    phone.goto(visitor_url)
    assert phone.locator("[data-notice=awaiting-review]").count() == 0
    visitor.close()
