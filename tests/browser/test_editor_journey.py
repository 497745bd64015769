"""The editor's main path, clicked through in Chromium as curators do it, in the Chinese and
the English admin: a curator creates an exhibit in both languages with an image and an audio
guide and submits it; a senior curator finds it on the dashboard, compares and approves it;
visitors read it on a phone in both languages; an English title change waits for approval; a
moved page keeps its old URLs; deleting a labelled page names its code. Any admin error
banner fails the journey.
"""

import importlib
import re
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Collection, Page

from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage, QRCode
from tests.base import build_home
from tests.browser.admin import signed_in
from tests.browser.sites import narration_document, restore_migration_rows
from tests.browser.waiting import wait_for_function

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "heritage-dev"  # noqa: S105 -- a test login on the loopback live server
PHONE = {"width": 390, "height": 844}

ZH_TITLE = "地下金库的铁门"
EN_TITLE = "The vault door"
EN_TITLE_CHANGED = "The strongroom door"
# The admin lists a page by its title in the admin's language.
LISTED_TITLE = re.compile(f"{ZH_TITLE}|{EN_TITLE}|{EN_TITLE_CHANGED}")
IMAGE_TITLE = "金库铁门照片"
AUDIO_TITLE = "金库语音讲解"

# What the admin says, in either language: the journey runs in both.
ADD_CHILD = re.compile(r"添加子页面|Add child page")
EXHIBIT_TYPE = re.compile(r"^\s*(展项|Exhibit)\s*$")  # a museum also takes programmes
CHOOSE_IMAGE = re.compile(r"选择.*图片|Choose an image")
CHOOSE_DOCUMENT = re.compile(r"选择.*文档|Choose a document")
IMAGE_BLOCK = re.compile(r"^\s*(图片|Image)\s*$")
AUDIO_BLOCK = re.compile(r"语音讲解|Audio narration")
SUBMIT = re.compile(r"提交|Submit to")
MORE_ACTIONS = re.compile(r"更多动作|More actions")
APPROVE = re.compile(r"^\s*(批准|Approve)\s*$")
COMPARE_LIVE = re.compile(
    r"与.*(在线|上线|线上|发布).*比较|比较.*(在线|上线|线上|发布)|Compare with live"
)
ACTIONS = re.compile(r"^\s*(动作|操作|Actions)\s*$")
MOVE = re.compile(r"^\s*(移动|Move)\s*$")
CONFIRM = re.compile(r"^\s*(确认|Confirm)\s*$")
CONFIRM_MOVE = re.compile(r"是的.*移动|是.*移动|Yes, move")
DELETE = re.compile(r"^\s*(删除|Delete)\s*$")
ENGLISH_FIELDS = re.compile(r"^\s*(en|English|英文|两种语言|双语|Both.*)\s*$", re.IGNORECASE)

ROLE_MIGRATIONS = (
    ("0002_editorial_roles", "create_roles"),
    ("0010_bilingual_workflow_names", "forwards"),
)
ERROR_SELECTORS = (".messages .error", ".messages .messages__error", ".help-critical")
ERROR_TEXT = re.compile(
    r"could not be (created|saved)|due to validation errors|Server Error|Something went wrong|"
    r"(无法|不能)(创建|保存)|验证错误|服务器(错误|出错)"
)


def assert_no_admin_error(page, step):
    """Fail on any error banner, critical help or error text the admin shows."""
    for selector in ERROR_SELECTORS:
        texts = [text.strip() for text in page.locator(selector).all_inner_texts()]
        texts = [text for text in texts if text]
        assert not texts, f"{step}: the admin shows an error ({selector}): {texts}"
    found = ERROR_TEXT.search(page.locator("body").inner_text())
    assert found is None, f"{step}: the admin says {found.group(0)!r} at {page.url}"


def restore_editorial_roles():
    """The groups, permissions and review workflow that data migrations made (a flush
    removed them), made again by those migrations' own functions."""
    schema_editor = SimpleNamespace(connection=connection)  # what their RunPython reads
    for module, function in ROLE_MIGRATIONS:
        try:
            migration = importlib.import_module(f"exhibits.migrations.{module}")
        except ModuleNotFoundError:  # an older tree without the later renaming
            continue
        getattr(migration, function)(apps, schema_editor)


@dataclass
class Tree:
    museum: Page
    other_museum: Page
    labelled: Page


@pytest.fixture
def tree():
    """Home → two museums; one labelled exhibit; an image and a recording to choose;
    a curator and a senior curator, with names so that they can save their account."""
    # An earlier test's /en/ request leaves English active in this thread, and pages
    # saved then would keep English admin titles (draft_title).
    translation.activate("zh-hans")
    restore_migration_rows()
    home = build_home()
    restore_editorial_roles()
    museum = MuseumPageFactory(
        parent=home,
        title_zh_hans="金融博物馆",
        title_en="Finance Museum",
        slug_zh_hans="jin-rong-bo-wu-guan",
        slug_en="finance-museum",
    )
    other = MuseumPageFactory(
        parent=home,
        title_zh_hans="司法金融博物馆",
        title_en="Judicial Finance Museum",
        slug_zh_hans="si-fa-jin-rong-bo-wu-guan",
        slug_en="judicial-finance-museum",
    )
    labelled = ExhibitPageFactory(
        parent=museum, title_zh_hans="美丰银行柜台", title_en="Meifeng counter", position=1
    )
    collection = Collection.get_first_root_node()  # where the roles' media permissions are
    MuseumImageFactory(title=IMAGE_TITLE, collection=collection)
    narration = narration_document("scene_counter", "zh-hans")
    narration.title = AUDIO_TITLE
    narration.collection = collection
    narration.save()
    User = get_user_model()
    for username, group, first, last in (
        ("curator", "Curators", "Lin", "Curator"),
        ("senior", "Senior curators", "Wang", "Senior"),
    ):
        user = User.objects.create_user(
            username, password=PASSWORD, first_name=first, last_name=last, email=f"{username}@x.cn"
        )
        user.groups.add(Group.objects.get(name=group))
    return Tree(museum=museum, other_museum=other, labelled=labelled)


class Admin:
    """One user's logged-in admin in its own browser context, kept for the whole journey."""

    def __init__(self, browser, base_url, username, language):
        self.base_url = base_url
        self.language = "zh-hans"  # the admin's default, until the account says otherwise
        self.context, self.page = signed_in(browser, base_url, username)
        self.errors = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("response", self.record_server_error)
        if language == "en":
            self.switch_to_english()

    def record_server_error(self, response):
        if response.status >= 500:
            self.errors.append(f"{response.status} from {response.url}")

    def go(self, path):
        """Open an admin page, signed in (not sent to the login form), in the user's
        language and without an error."""
        self.page.goto(self.base_url + path)
        assert self.page.url == self.base_url + path, self.page.url
        assert self.page.locator("html").get_attribute("lang") == self.language, path
        assert_no_admin_error(self.page, path)

    def switch_to_english(self):
        """Account → Preferences → language: English, as a curator would; the admin
        answers in English from the next page on."""
        self.go("/admin/account/")
        self.page.select_option("#id_locale-preferred_language", "en")
        with self.page.expect_navigation():
            self.page.locator("#id_locale-preferred_language").locator(
                "xpath=ancestor::form"
            ).locator("button[type=submit]").last.click()
        assert_no_admin_error(self.page, "account preferences")
        assert self.page.locator("html").get_attribute("lang") == "en"
        self.language = "en"

    def show_english_fields(self):
        """Show the English fields if the editor's language switcher hides them."""
        english = self.page.locator("#id_title_en")
        if not english.is_visible():
            self.page.locator(
                "button[data-mode=both], button[data-mode=en], .locale-picker button"
            ).filter(has_text=ENGLISH_FIELDS).first.click()
        english.wait_for(state="visible")

    def choose_in_modal(self, title):
        modal = self.page.locator(".modal:visible")
        modal.locator("a", has_text=title).first.click()
        expect(modal).to_have_count(0)

    def add_block(self, stream, label):
        stream.locator("button.c-sf-add-button").last.click()
        self.page.get_by_role("option", name=label).first.click()

    def submit_for_review(self):
        # Let a running autosave finish: a submit posted while it creates the page would
        # create the page a second time (Wagtail's race, not the curator's error).
        self.page.wait_for_load_state("networkidle")
        footer = self.page.locator("footer").last
        footer.get_by_role("button", name=MORE_ACTIONS).click()
        footer.get_by_role("button", name=SUBMIT).click()
        # A submit may first wait for an autosave (whose address change is no page load):
        # the submission is done when the admin shows its success message.
        expect(self.page.locator(".messages .success").first).to_be_visible(timeout=30_000)
        assert_no_admin_error(self.page, "submit for review")

    def close(self):
        assert self.errors == [], f"JavaScript or server errors in the admin: {self.errors}"
        self.context.close()


def create_exhibit(curator, museum):
    """Explorer → Add child page → both titles, intro, an image block, an audio block."""
    page = curator.page
    curator.go(f"/admin/pages/{museum.pk}/")
    page.get_by_role("link", name=ADD_CHILD).first.click()
    page.wait_for_url(re.compile(r"/add_subpage/"))
    page.get_by_role("link", name=EXHIBIT_TYPE).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/add/exhibits/exhibitpage/"))
    page.locator("#id_title_zh_hans").press_sequentially(ZH_TITLE, delay=10)
    page.locator("#id_intro_zh_hans").fill("地下金库入口的铁门，重达数吨。")
    curator.show_english_fields()
    page.locator("#id_title_en").press_sequentially(EN_TITLE, delay=10)

    body = page.locator("[data-contentpath=body_zh_hans]").first
    curator.add_block(body, IMAGE_BLOCK)
    body.get_by_role("button", name=CHOOSE_IMAGE).first.click()
    curator.choose_in_modal(IMAGE_TITLE)
    curator.add_block(body, AUDIO_BLOCK)
    body.locator("[data-contentpath=title] input").last.fill("语音导览：金库铁门")
    body.get_by_role("button", name=CHOOSE_DOCUMENT).last.click()
    curator.choose_in_modal(AUDIO_TITLE)
    transcript = body.locator("[data-contentpath=transcript] [contenteditable=true]").last
    transcript.click()
    page.keyboard.type("铁门后是地下金库。")
    # Draftail writes what was typed into the block's hidden input.
    expect(body.locator("input[name$='-value-transcript']").last).to_have_value(
        re.compile("地下金库")
    )
    # The slugs followed the titles: pinyin and English, nothing to type in Promote.
    wait_for_function(
        page, "() => document.querySelector('#id_slug_en').value === 'the-vault-door'"
    )
    assert page.input_value("#id_slug_zh_hans") == "di-xia-jin-ku-de-tie-men"
    curator.submit_for_review()
    return ExhibitPage.objects.get(title_zh_hans=ZH_TITLE)


def approve_from_the_dashboard(senior, exhibit, title, changed_to=None):
    """Dashboard → awaiting review → (compare with live) → approve."""
    page = senior.page

    def review_row():
        senior.go("/admin/")
        row = (
            page.locator("tr")
            .filter(has_text=title)
            .filter(has=page.locator("[data-workflow-action-url]"))
        )
        expect(row).to_have_count(1)
        row.get_by_role("button", name=ACTIONS).click()
        return row

    if changed_to:
        review_row().get_by_role("link", name=COMPARE_LIVE).click()
        page.wait_for_load_state()
        assert_no_admin_error(page, "compare with live")
        # What is live against what was submitted: the English title's new word.
        compared = page.locator("main").inner_text()
        assert changed_to in compared, compared[:500]
    review_row().get_by_role("button", name=APPROVE).click()
    page.wait_for_load_state("networkidle")
    assert_no_admin_error(page, "approve")
    exhibit.refresh_from_db()
    assert exhibit.live and not exhibit.has_unpublished_changes


def visitor_reads(browser, url, expected):
    """A visitor's phone opens the URL and reads the page's title."""
    context = browser.new_context(locale="zh-CN", viewport=PHONE)
    page = context.new_page()
    response = page.goto(url)
    assert response.status == 200, url
    heading = page.locator("h1").first.inner_text()
    context.close()
    assert expected in heading, f"{url}: {heading!r}"


def move_in_the_admin(senior, exhibit, museum, new_parent):
    """Explorer → the page's actions → Move → choose the new parent → confirm."""
    page = senior.page
    senior.go(f"/admin/pages/{museum.pk}/")
    row = page.locator("tr", has=page.locator(f"a[href='/admin/pages/{exhibit.pk}/edit/']"))
    row.locator("[data-controller~=w-dropdown] button").last.click()
    row.get_by_role("link", name=MOVE).click()
    page.wait_for_url(re.compile(rf"/admin/pages/{exhibit.pk}/move/"))
    chooser = page.locator("main .chooser")
    chooser.locator("[data-controller~=w-dropdown] button").first.click()
    chooser.locator("[data-chooser-action-choose]").filter(visible=True).first.click()
    listed = re.compile(f"{new_parent.title_zh_hans}|{new_parent.title_en}")
    page.locator(".modal:visible a.choose-page", has_text=listed).click()
    expect(page.locator(".modal:visible")).to_have_count(0)
    with page.expect_navigation():
        page.locator("main").get_by_role("button", name=CONFIRM).click()
    with page.expect_navigation():
        page.get_by_role("button", name=CONFIRM_MOVE).click()
    assert_no_admin_error(page, "move")


@pytest.mark.parametrize("admin_language", ["zh-hans", "en"])
def test_the_editor_journey(live_server, browser, tree, admin_language):
    """A new exhibit goes from typing to a phone in both languages without an admin error."""
    base = live_server.url
    curator = Admin(browser, base, "curator", admin_language)
    senior = Admin(browser, base, "senior", admin_language)

    # 1. A curator types titles, intro, an image and an audio guide, and submits directly.
    exhibit = create_exhibit(curator, tree.museum)
    assert exhibit.slug_zh_hans == "di-xia-jin-ku-de-tie-men"
    assert exhibit.slug_en == "the-vault-door"
    assert not exhibit.live

    # 2. The senior curator finds it awaiting review, compares and approves it.
    approve_from_the_dashboard(senior, exhibit, LISTED_TITLE)
    zh_url = base + "/zh-hans/jin-rong-bo-wu-guan/di-xia-jin-ku-de-tie-men/"
    en_url = base + "/en/finance-museum/the-vault-door/"
    visitor_reads(browser, zh_url, ZH_TITLE)
    visitor_reads(browser, en_url, EN_TITLE)

    # 3. The English title changes: visitors see the old one until it is approved.
    curator.go(f"/admin/pages/{exhibit.pk}/edit/")
    curator.show_english_fields()
    curator.page.fill("#id_title_en", EN_TITLE_CHANGED)
    curator.submit_for_review()
    visitor_reads(browser, en_url, EN_TITLE)
    approve_from_the_dashboard(senior, exhibit, LISTED_TITLE, changed_to="strongroom")
    visitor_reads(browser, en_url, EN_TITLE_CHANGED)
    assert exhibit.slug_en == "the-vault-door"  # a live page keeps its URL

    # 4. Moved to the other museum, its old URLs and embeds lead to the new ones.
    move_in_the_admin(senior, exhibit, tree.museum, tree.other_museum)
    moved_zh = base + "/zh-hans/si-fa-jin-rong-bo-wu-guan/di-xia-jin-ku-de-tie-men/"
    for old, new in (
        (zh_url, moved_zh),
        (zh_url + "embed/", moved_zh + "embed/"),
        (en_url, base + "/en/judicial-finance-museum/the-vault-door/"),
        (en_url + "embed/", base + "/en/judicial-finance-museum/the-vault-door/embed/"),
    ):
        response = senior.page.request.get(old, max_redirects=0)
        assert response.status == 301, old
        assert base + response.headers["location"] == new
    # The Chinese path under /en/ leads to the English page.
    visitor_reads(
        browser, base + "/en/si-fa-jin-rong-bo-wu-guan/di-xia-jin-ku-de-tie-men/", EN_TITLE_CHANGED
    )

    # 5. Deleting a labelled page names its code before anything is deleted.
    code = QRCode.objects.get(page=tree.labelled)
    senior.go(f"/admin/pages/{tree.labelled.pk}/delete/")
    assert code.code in senior.page.locator("main").inner_text()

    curator.close()
    senior.close()
