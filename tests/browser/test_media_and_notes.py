"""What a curator does once and what a visitor never sees, clicked through in Chromium.

A curator copies the Chinese body, with its image already chosen, into the empty English
body from the editor's header menu; English visitors then see the image under the note
that the English version is being prepared. A source's curator note stays in the admin:
a phone visitor reads the public note in the page's language, never the curator's.
"""

import importlib
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from playwright.sync_api import expect
from wagtail.rich_text import RichText

from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
from tests.base import build_home, url_in
from tests.browser.admin import admin_as
from tests.browser.sites import restore_migration_rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "heritage-test"
CURATOR_NOTE = "可信度中等，仅供馆员参考"
PUBLIC_NOTE_ZH = "本页营业时间出自此文"
PUBLIC_NOTE_EN = "The opening hours on this page come from this article"


@pytest.fixture
def exhibit():
    """A published exhibit whose Chinese body has an image and a source; no English body."""
    restore_migration_rows()
    home = build_home()
    importlib.import_module("exhibits.migrations.0002_editorial_roles").create_roles(apps, None)
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    image = MuseumImageFactory(title="柜台照片 · Counter photo")
    source = {
        "title": "美丰银行旧址",
        "publisher": "重庆日报",
        "url": "",
        "public_note_zh_hans": PUBLIC_NOTE_ZH,
        "public_note_en": PUBLIC_NOTE_EN,
        "curator_note": CURATOR_NOTE,
    }
    with translation.override("zh-hans"):
        page = ExhibitPageFactory(
            parent=museum,
            title_zh_hans="美丰银行柜台",
            title_en="The banking counter",
            intro_en="The counter of the old bank.",
            body_zh_hans=[
                ("paragraph", RichText("<p>柜台用硬木制成。</p>")),
                ("image", {"image": image, "caption": "柜台", "credit": ""}),
                ("sources", {"heading": "", "items": [source]}),
            ],
            body_en=[],
        )
        page.save_revision().publish()
    user = get_user_model().objects.create_user(
        "curator", password=PASSWORD, first_name="Lin", last_name="Curator"
    )
    user.groups.add(Group.objects.get(name="Curators"))
    return page


def test_curator_copies_the_chinese_body_with_its_image_into_the_english_body(
    live_server, browser, exhibit
):
    """The header menu's copy action puts the chosen image into the English body of a new
    draft, without choosing it again; nothing changes for visitors until it is published."""
    context, page = admin_as(
        browser, live_server.url, "curator", f"/admin/pages/{exhibit.pk}/edit/"
    )
    page.locator("header [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("link", name="把中文正文复制到英文正文").click()
    page.locator("[data-copy-body-confirm]").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{exhibit.pk}/edit/"))
    assert not page.locator(".messages .error, .help-critical").count()
    english_body = page.locator("[data-contentpath='body_en']")
    expect(english_body.get_by_text("柜台照片 · Counter photo").first).to_be_visible()
    context.close()

    exhibit.refresh_from_db()
    draft = exhibit.get_latest_revision_as_object()
    kinds = [block.block_type for block in draft.body_en]
    assert kinds == ["paragraph", "image", "sources"]
    assert draft.body_en[1].value["image"].pk == draft.body_zh_hans[1].value["image"].pk
    assert len(exhibit.body_en) == 0  # the live page is untouched until review

    # Published as copied, English visitors get the image and the "being prepared" note.
    draft.save_revision().publish()
    exhibit.refresh_from_db()
    phone = browser.new_context(viewport={"width": 390, "height": 844})
    visitor = phone.new_page()
    visitor.goto(live_server.url + url_in(exhibit, "en"))
    expect(visitor.locator(".body img").first).to_be_visible()
    expect(visitor.locator("[lang='zh-hans']", has_text="柜台用硬木制成").first).to_be_attached()
    assert "being prepared" in visitor.locator("main").inner_text()
    phone.close()


@pytest.mark.parametrize(
    ("language", "shown", "hidden"),
    [("zh-hans", PUBLIC_NOTE_ZH, PUBLIC_NOTE_EN), ("en", PUBLIC_NOTE_EN, PUBLIC_NOTE_ZH)],
)
def test_visitors_read_the_public_note_and_never_the_curator_note(
    live_server, browser, exhibit, language, shown, hidden
):
    """On a phone the reference shows its public note in the page's language; the curator's
    note appears nowhere on the page or its embed."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    path = url_in(exhibit, language)
    page.goto(live_server.url + path)
    expect(page.locator(".source__note", has_text=shown)).to_be_visible()
    text = page.locator("body").inner_text()
    assert hidden not in text
    assert CURATOR_NOTE not in page.content()
    page.goto(live_server.url + path + "embed/")
    assert CURATOR_NOTE not in page.content()
    context.close()
