"""A curator's Chinese admin, as Chromium shows it, has no English in it.

Walks the dashboard, the explorer and an exhibit's editor (every tab, every
side panel, the image chooser, an autosave) and reads the visible text,
tooltips and labels, including what the admin's scripts render. The lists of
leaked strings and English words are those of tests/exhibits/test_admin_language.py.
"""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from wagtail.models import Collection

from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
from tests.base import build_home
from tests.browser.admin import CURATOR_SCREEN
from tests.browser.sites import restore_migration_rows
from tests.exhibits.test_admin_language import KNOWN_LEAKS, english_words

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "heritage-dev"  # noqa: S105 -- a test login on the loopback live server

# Visible text nodes, tooltips, labels and button values, as the curator meets them.
VISIBLE_TEXT = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const el = node.parentElement;
    if (!el || el.closest('script,style,template,textarea,iframe,[contenteditable=true]')) continue;
    if (!el.checkVisibility({visibilityProperty: true})) continue;
    const text = node.textContent.replace(/\\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  const attributes = ['title', 'aria-label', 'placeholder', 'data-w-tooltip-content-value'];
  for (const el of document.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))) {
    for (const name of attributes) if (el.getAttribute(name)) out.push(el.getAttribute(name));
  }
  for (const el of document.querySelectorAll('input[type=submit]')) out.push(el.value);
  return out;
}"""


def restore_editorial_roles():
    """The groups and review workflow that migrations made, which a flush removed."""
    schema_editor = SimpleNamespace(connection=connection)
    importlib.import_module("exhibits.migrations.0002_editorial_roles").create_roles(
        apps, schema_editor
    )
    importlib.import_module("exhibits.migrations.0010_bilingual_workflow_names").forwards(
        apps, schema_editor
    )


@pytest.fixture
def exhibit():
    restore_migration_rows()
    home = build_home()
    restore_editorial_roles()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")
    MuseumImageFactory(title="美丰银行柜台照片", collection=Collection.get_first_root_node())
    curator = get_user_model().objects.create_user(
        "curator", password=PASSWORD, first_name="林", last_name="策展"
    )
    curator.groups.add(Group.objects.get(name="Curators"))
    return ExhibitPageFactory(
        parent=museum, title_zh_hans="美丰银行柜台", title_en="Meifeng counter", position=1
    )


class Leaks:
    """English the curator saw, screen by screen."""

    def __init__(self, page):
        self.page = page
        self.found = {}

    def read(self, step):
        texts = self.page.evaluate(VISIBLE_TEXT)
        shown = "\n".join(texts)
        strings = [leak for leak in KNOWN_LEAKS if leak in shown]
        strings += [text for text in texts if english_words(text)]
        if strings:
            self.found.setdefault(step, set()).update(strings)


def test_curator_sees_the_editor_in_chinese(live_server, browser, exhibit):
    """Tabs, side panels, checks, the image chooser and autosave all speak Chinese."""
    context = browser.new_context(**CURATOR_SCREEN)
    page = context.new_page()
    leaks = Leaks(page)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    leaks.read("dashboard")

    page.goto(f"{live_server.url}/admin/pages/{exhibit.get_parent().pk}/")
    leaks.read("explorer")

    page.goto(f"{live_server.url}/admin/pages/{exhibit.pk}/edit/", wait_until="networkidle")
    leaks.read("editor")
    for index in range(page.locator("[role=tab]").count()):
        tab = page.locator("[role=tab]").nth(index)
        if tab.is_visible():
            tab.click()
            leaks.read(f"editor tab {tab.inner_text().strip()}")

    toggles = page.locator("[data-side-panel-toggle]")
    for index in range(toggles.count()):
        toggle = toggles.nth(index)
        label = toggle.get_attribute("aria-label")
        toggle.click()
        page.wait_for_timeout(300)
        leaks.read(f"side panel {label}")
        if "检查" in (label or ""):
            # The checks panel fills in once the preview has been measured.
            page.get_by_role("heading", name="内容指标").wait_for()
            leaks.read(f"side panel {label}")

    page.get_by_role("tab", name="媒体").click()
    page.locator("[data-chooser-action-choose]", has_text="图片").first.click()
    page.locator(".modal-content").get_by_text("美丰银行柜台照片").first.wait_for()
    leaks.read("image chooser")
    page.locator(".modal-content [data-dismiss=modal]").first.click()
    page.locator(".modal-content").wait_for(state="hidden")

    page.get_by_role("tab", name="内容").click()
    title = page.locator("#id_title_zh_hans")
    title.fill("美丰银行营业柜台")
    title.press("Tab")
    page.locator(".w-autosave-indicator__state--saved").wait_for(timeout=15000)
    leaks.read("after autosave")
    context.close()

    assert leaks.found == {}, {step: sorted(strings) for step, strings in leaks.found.items()}
