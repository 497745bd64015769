"""A curator who deletes or unpublishes a page with a printed label is told, in the
admin's language, which code and number stop leading to it and how often it was
scanned; once deleted, the code's page offers the museum instead."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.users.models import UserProfile

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage, QRCode, ScanCount
from tests.base import build_home, url_in
from tests.browser.admin import sign_in
from tests.browser.sites import restore_migration_rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def labelled():
    """A museum with one labelled, recently scanned exhibit, and a senior curator."""
    restore_migration_rows()
    home = build_home()
    museum = MuseumPageFactory(
        parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum", slug_en="finance"
    )
    exhibit = ExhibitPageFactory(parent=museum, title_zh_hans="美丰银行柜台", title_en="Counter")
    code = QRCode.objects.get(page=exhibit)
    ScanCount.objects.create(
        qr_code=code, day=timezone.localdate() - datetime.timedelta(days=2), count=7
    )
    get_user_model().objects.create_superuser(
        "senior", password="pw", first_name="Senior", last_name="Curator"
    )
    return museum, exhibit, code


def open_delete_from_the_explorer(page, base_url, museum, exhibit):
    """Explorer → the exhibit's row → its actions menu → Delete."""
    page.goto(f"{base_url}/admin/pages/{museum.pk}/")
    row = page.locator("tr", has=page.locator(f"a[href='/admin/pages/{exhibit.pk}/edit/']"))
    row.locator("[data-controller~=w-dropdown] button").last.click()
    row.locator(f"a[href^='/admin/pages/{exhibit.pk}/delete/']").click()
    page.wait_for_url(f"**/admin/pages/{exhibit.pk}/delete/**")


def assert_no_error_banner(page):
    assert page.locator(".messages li.error").count() == 0


def test_delete_and_unpublish_warn_with_the_code_in_chinese(live_server, page, labelled):
    """In the Chinese admin: Delete shows the code, number and scans; so does the
    unpublish screen it offers; deleting leaves a "no longer in use" page (404) that
    leads to the museum."""
    museum, exhibit, code = labelled
    sign_in(page.context, live_server.url, "senior")
    open_delete_from_the_explorer(page, live_server.url, museum, exhibit)
    warning = page.locator("[data-qr-retirement=delete]")
    assert warning.is_visible()
    text = warning.inner_text()
    assert code.code in text and code.number in text
    assert "7" in text
    assert f"{timezone.localdate() - datetime.timedelta(days=2):%Y-%m-%d}" in text
    assert_no_error_banner(page)

    page.locator(f"a[href='/admin/pages/{exhibit.pk}/unpublish/']").click()
    page.wait_for_url(f"**/admin/pages/{exhibit.pk}/unpublish/**")
    assert code.code in page.locator("[data-qr-retirement=unpublish]").inner_text()

    open_delete_from_the_explorer(page, live_server.url, museum, exhibit)
    page.locator("form input[type=submit].serious").click()
    page.wait_for_url(f"**/admin/pages/{museum.pk}/")
    assert page.locator("[data-qr-retirement]").count() == 0
    assert not ExhibitPage.objects.filter(pk=exhibit.pk).exists()
    assert_no_error_banner(page)

    response = page.goto(f"{live_server.url}/q/{code.code}")
    assert response.status == 404
    assert page.locator("[data-qr-place]").get_attribute("href") == url_in(museum, "zh-hans")


def test_delete_warns_in_the_english_admin(live_server, page, labelled):
    """With English chosen in the account, the warning reads in English."""
    museum, exhibit, code = labelled
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="senior"))
    profile.preferred_language = "en"
    profile.save()
    sign_in(page.context, live_server.url, "senior")
    open_delete_from_the_explorer(page, live_server.url, museum, exhibit)
    text = page.locator("[data-qr-retirement=delete]").inner_text()
    assert f"code {code.code}, number {code.number}" in text
    assert "7 scans in the last 30 days" in text
    assert "no longer on display" in text
    assert_no_error_banner(page)
