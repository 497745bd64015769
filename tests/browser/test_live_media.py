"""In the Chinese admin, a curator who opens an image a live page shows is told, before
and on saving, that a senior curator must change it; the senior curator changes it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Collection

from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
from tests.base import build_home
from tests.browser.admin import admin_as
from tests.browser.test_admin_chinese import restore_editorial_roles
from tests.seeding import restore_migration_rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "heritage-dev"  # noqa: S105 -- a test login on the loopback live server


@pytest.fixture
def live_image():
    restore_migration_rows()
    home = build_home()
    restore_editorial_roles()
    image = MuseumImageFactory(title="柜台照片", collection=Collection.get_first_root_node())
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆")
    page = ExhibitPageFactory(parent=museum, title_zh_hans="美丰银行柜台", listing_image=image)
    page.save_revision().publish()
    for username, group in (("curator", "Curators"), ("senior", "Senior curators")):
        user = get_user_model().objects.create_user(username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
    return image


def open_image(browser, live_server, username, image):
    return admin_as(
        browser, live_server.url, username, reverse("wagtailimages:edit", args=[image.pk])
    )


def test_curator_is_refused_and_senior_curator_changes_a_live_image(
    browser, live_server, live_image
):
    context, page = open_image(browser, live_server, "curator", live_image)
    try:
        notice = page.locator("[data-live-media-notice]")
        expect(notice).to_be_visible()
        expect(notice).to_contain_text("美丰银行柜台")
        page.fill("#id_description_en", "Changed without review")
        page.locator("#w-editor-form button[type=submit]").first.click()
        expect(page.locator(".messages .error").first).to_contain_text("美丰银行柜台")
    finally:
        context.close()
    live_image.refresh_from_db()
    assert live_image.description_en == "Test image"

    context, page = open_image(browser, live_server, "senior", live_image)
    try:
        expect(page.locator("[data-live-media-notice]")).to_have_count(0)
        page.fill("#id_description_en", "The Meifeng Bank counter")
        page.locator("#w-editor-form button[type=submit]").first.click()
        expect(page.locator(".messages .success").first).to_be_visible()
    finally:
        context.close()
    live_image.refresh_from_db()
    assert live_image.description_en == "The Meifeng Bank counter"
