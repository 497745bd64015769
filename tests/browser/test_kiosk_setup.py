"""Setting up a gallery screen as the AV team does, in Chromium: create the screen in the
admin and see its setup address once, open that address on the screen, find the screen
online in the fleet list with the address it reports from, then set a new token. The
screen set up with the old one keeps looping and shows a discreet "needs setup" note
until its new setup address is opened."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import Screen
from tests.base import build_home
from tests.browser.admin import CURATOR_SCREEN, sign_in
from tests.browser.sites import restore_migration_rows
from tests.browser.test_kiosk import VIEWPORT, wait_for_transitions
from tests.browser.waiting import wait_for_function

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SETUP = "document.querySelector('[data-kiosk]').dataset.kioskSetup"


@pytest.fixture
def museum():
    """A museum with two exhibits, and an AV technician whose admin speaks English."""
    restore_migration_rows()
    home = build_home()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    with translation.override("zh-hans"):
        for n in (1, 2):
            ExhibitPageFactory(
                parent=museum, title_zh_hans=f"场景{n}", title_en=f"Scene {n}", position=n
            )
    user = get_user_model().objects.create_superuser("av", password="pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return museum


def shown_setup_address(page):
    """The setup address on the page that shows it once; the page is never cached."""
    address = page.locator("[data-screen-setup-address]").input_value()
    assert re.fullmatch(r"http://localhost/screen/vault/#token=[\w-]{43}", address), address
    return address.removeprefix("http://localhost")


def open_screen(browser, live_server, path):
    context = browser.new_context(locale="zh-CN", viewport=VIEWPORT, service_workers="block")
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(f"{live_server.url}{path.replace('/vault/', '/vault/?speed=20')}")
    page.wait_for_selector("[data-kiosk][data-kiosk-ready]", state="attached")
    return context, page


def test_create_a_screen_set_it_up_and_replace_its_token(browser, live_server, museum):
    admin_context = browser.new_context(**{**CURATOR_SCREEN, "locale": "en-GB"})
    admin = admin_context.new_page()
    base = live_server.url
    try:
        sign_in(admin_context, base, "av")

        # 1. Create the screen: the answer shows its setup address, once.
        admin.goto(f"{base}/admin/snippets/exhibits/screen/add/")
        admin.fill("#id_name", "Vault corridor")
        admin.fill("#id_slug", "vault")
        field = admin.locator("[data-field-wrapper]", has=admin.locator("#id_museum"))
        field.locator("[data-chooser-action-choose]").filter(visible=True).first.click()
        admin.locator(".modal:visible a.choose-page", has_text="金融博物馆").click()
        expect(admin.locator(".modal:visible")).to_have_count(0)
        with admin.expect_navigation():
            admin.locator("button[type=submit]", has_text="Save").first.click()
        first_setup = shown_setup_address(admin)
        assert "has been created" in admin.locator("main").inner_text()
        screen = Screen.objects.get(slug="vault")
        assert first_setup.split("#token=")[1] not in screen.token_hash

        # 2. The screen opens its setup address and reports; the fleet list shows it.
        screen_context, kiosk = open_screen(browser, live_server, first_setup)
        wait_for_function(kiosk, f"{SETUP} === 'done'")
        assert "#token" not in kiosk.url
        admin.goto(f"{base}/admin/snippets/exhibits/screen/")
        row = admin.locator("tr", has_text="Vault corridor")
        expect(row).to_contain_text("Online")
        expect(row).to_contain_text("127.0.0.1 · Chrome")
        assert first_setup.split("#token=")[1] not in admin.content()

        # 3. Set a new token from the row's menu: confirm, see the new address once.
        row.locator("[data-controller~=w-dropdown] button").last.click()
        row.get_by_role("link", name="Set a new token").click()
        admin.wait_for_url(re.compile(r"/admin/snippets/exhibits/screen/token/\d+/$"))
        assert "stops working" in admin.locator("main").inner_text()
        with admin.expect_navigation():
            admin.locator("[data-screen-token-confirm]").click()
        second_setup = shown_setup_address(admin)
        assert second_setup != first_setup
        assert "has stopped working" in admin.locator("main").inner_text()

        # 4. The screen with the old token is refused: it keeps looping and shows the note.
        wait_for_function(kiosk, f"{SETUP} === 'needed'")
        note = kiosk.locator("[data-kiosk-setup-note]")
        expect(note).to_be_visible()
        box = note.bounding_box()
        assert box["width"] < VIEWPORT["width"] / 3 and box["height"] < VIEWPORT["height"] / 10
        before = int(kiosk.locator("[data-kiosk]").get_attribute("data-kiosk-transitions"))
        wait_for_transitions(kiosk, before + 2)
        assert kiosk.errors == []

        # 5. Typing the new setup address into the running screen sets it up again
        # (only the fragment changes: no reload).
        kiosk.goto(f"{base}{second_setup.replace('/vault/', '/vault/?speed=20')}")
        kiosk.wait_for_selector("[data-kiosk][data-kiosk-ready]", state="attached")
        wait_for_function(kiosk, f"{SETUP} === 'done'")
        expect(kiosk.locator("[data-kiosk-setup-note]")).to_be_hidden()
        screen_context.close()
    finally:
        admin_context.close()
