"""Two curators edit one page at once in the Chinese admin: the one who saves second, from
the form loaded before the other's save, is refused with a message that says who saved
which fields and when; nothing of either is lost."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage
from tests.base import build_home
from tests.browser.admin import signed_in as admin_signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SAVE_DRAFT = re.compile(r"保存草稿|Save draft")


@pytest.fixture
def exhibit():
    museum = MuseumPageFactory(parent=build_home(), title_zh_hans="金融博物馆")
    exhibit = ExhibitPageFactory(
        parent=museum, title_zh_hans="美丰柜台", title_en="Meifeng counter", position=1
    )
    exhibit.save_revision().publish()
    return exhibit


def signed_in(browser, live_server, username, full_name):
    get_user_model().objects.create_superuser(username, password="pw", first_name=full_name)
    return admin_signed_in(browser, live_server.url, username)


def test_a_save_from_a_stale_form_is_refused_and_loses_nothing(browser, live_server, exhibit):
    edit = live_server.url + reverse("wagtailadmin_pages:edit", args=[exhibit.pk])
    first_context, first = signed_in(browser, live_server, "wang", "王")
    second_context, second = signed_in(browser, live_server, "li", "李")
    try:
        first.goto(edit)
        second.goto(edit)
        second.fill("#id_title_en", "Meifeng Bank counter")
        second.get_by_role("button", name=SAVE_DRAFT).first.click()
        expect(second.locator(".messages .success").first).to_be_visible(timeout=30_000)

        first.fill("#id_intro_en", "The counter where deposits were taken.")
        first.get_by_role("button", name=SAVE_DRAFT).first.click()
        error = first.locator(".messages li.error").filter(has_text="在你打开此页面之后")
        expect(error.first).to_be_visible(timeout=30_000)
        expect(error.first).to_contain_text("李")
        expect(error.first).to_contain_text("标题（English）")
        expect(first.locator("#id_intro_en")).to_have_value(
            "The counter where deposits were taken."
        )

        latest = ExhibitPage.objects.get(pk=exhibit.pk).get_latest_revision_as_object()
        assert latest.title_en == "Meifeng Bank counter"
        assert latest.intro_en != "The counter where deposits were taken."
    finally:
        first_context.close()
        second_context.close()
