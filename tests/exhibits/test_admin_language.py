"""Every string a curator sees in the Chinese admin is Chinese.

The test client walks the main admin screens as a curator and as a senior
curator and reads what the page would show (text, tooltips, labels, the
admin's script catalog). It fails on strings known to have leaked into the
Chinese admin and on common English interface words; the names of products,
formats and units below are allowed. Content a curator typed in English (the
English fields) sits in form inputs, which are not read.
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import wagtail
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, Task, Workflow

from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from tests.base import build_home

# Seen in the Chinese admin before the missing translations were added. Each
# is looked for anywhere in the response, scripts included.
KNOWN_LEAKS = [
    "Saved",
    "Go to the first error",
    "Toggle checks",
    "is referenced",
    "Referenced ",
    "View / edit fields for",
    "Moderators approval",
    "Exploring",
    "Content metrics",
    "Reading time",
    "Anyone can edit this",
    "Search all pages",
    "Theme preferences",
    "Grid layout",
    "Image focal point",
    "Maximum filesize",
    "Sort by '",
    "More bulk actions",
    "Actions (footer)",
    "Autosave is",
    "To be created by",
    "Correct the validation errors",
    "Privacy and access",
    "Page types usage",
    "editor guide",
    "in this menu",
    "Your pages and snippets in a workflow",
    ">Root<",
    'aria-label="Actions"',
]
# Workflow and task names are data; curators must see them in Chinese too
# ("高级策展人审核 · Senior curator review"), never in English alone.
ENGLISH_ONLY_NAMES = re.compile(r"(?<!· )Senior curator (?:review|approval)")

# Common words of Wagtail's and this project's interface: finding one means a
# string went untranslated.
ENGLISH_UI_WORDS = set(
    """
    about actions add added ago all an and any anyone approve are as at available back
    be both by cancel change changes checks choose comments compare content copy create
    created current date delete disabled document documents draft edit editing
    editor error errors explore exploring field fields filter for from go guide has
    have history image images in is it item items language languages layout live lock
    locked more move
    name new no not of on or page pages preferences preview privacy publish published
    password reading referenced review revision save saved schedule search seconds select settings
    show snippet sort status submit the this time times title to toggle unlock
    untitled update updated upload usage view was will with workflow you your
    """.split()
)
# Names that stay as they are in the Chinese admin.
ALLOWED_TEXT = {
    "Wagtail",  # the product's name, also in the browser tab title
    # A screen-reader-only submit button whose value Wagtail's header hardcodes.
    "Search",
}

# Bilingual names keep their English half: "高级策展人审核 · Senior curator review".
BILINGUAL_ENGLISH_HALF = re.compile(r"(?<=[\u4e00-\u9fff]) · [A-Za-z][A-Za-z ,'’-]*")
# The account page's time zone choices.
TIME_ZONE_NAME = re.compile(r"^[A-Z][A-Za-z_]+(?:/[A-Za-z_+-]+)+$")

TEXT_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")
SKIPPED_TAGS = {"script", "style", "template", "textarea", "noscript", "svg", "iframe"}
WORD = re.compile(r"[A-Za-z]+")


class VisibleText(HTMLParser):
    """The text nodes and tooltip, label and button texts of an HTML document."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.texts = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        for name in TEXT_ATTRIBUTES:
            if attrs.get(name):
                self.texts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.texts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.texts.append(" ".join(data.split()))


def visible_texts(html):
    parser = VisibleText()
    parser.feed(html)
    return parser.texts


def english_words(text):
    if text in ALLOWED_TEXT or TIME_ZONE_NAME.match(text):
        return []
    text = BILINGUAL_ENGLISH_HALF.sub("", text)
    return [word for word in WORD.findall(text) if word.lower() in ENGLISH_UI_WORDS]


def read_po(path):
    """(msgctxt, msgid, msgid_plural) of every entry of a .po file, header left out."""
    entries, entry, field = [], {}, None
    for line in Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        match = re.match(r"^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) (\".*\")$", line)
        if match:
            field = match.group(1)
            entry[field] = json.loads(match.group(2))
        elif line.startswith('"') and field:
            entry[field] += json.loads(line)
        elif not line.strip():
            if entry.get("msgid"):
                entries.append((entry.get("msgctxt"), entry["msgid"], entry.get("msgid_plural")))
            entry, field = {}, None
    return entries


WAGTAIL_DIR = Path(wagtail.__file__).parent
# The Wagtail apps in INSTALLED_APPS whose strings curators can meet.
WAGTAIL_CATALOGS = [
    "locale",
    "admin/locale",
    "documents/locale",
    "images/locale",
    "snippets/locale",
    "users/locale",
    "contrib/forms/locale",
    "contrib/redirects/locale",
]


class WagtailCatalogTests(TestCase):
    """Chinese exists for every string of Wagtail's admin, not only those seen."""

    def test_every_wagtail_admin_string_has_chinese(self):
        catalog = trans_real.translation("zh-hans")._catalog
        missing = []
        for folder in WAGTAIL_CATALOGS:
            source = WAGTAIL_DIR / folder / "en/LC_MESSAGES/django.po"
            for context, msgid, plural in read_po(source):
                key = f"{context}\x04{msgid}" if context else msgid
                if ((key, 0) if plural else key) not in catalog:
                    missing.append(msgid)
        self.assertEqual(missing, [])

    def test_every_wagtail_admin_script_string_has_chinese(self):
        user = get_user_model().objects.create_superuser("admin", password="pw")
        self.client.force_login(user)
        response = self.client.get(reverse("wagtailadmin_javascript_catalog"))
        body = response.content.decode()
        served = json.loads(body.split("const newcatalog = ", 1)[1].split(";\n", 1)[0])
        source = WAGTAIL_DIR / "admin/locale/en/LC_MESSAGES/djangojs.po"
        missing = [msgid for _, msgid, _ in read_po(source) if msgid not in served]
        self.assertEqual(missing, [])
        self.assertEqual(served["Insert a block"], "插入区块")


class ChineseAdminTests(TestCase):
    """Curators and senior curators see the main admin screens in Chinese."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.exhibit = ExhibitPageFactory(parent=cls.museum)
        cls.sites = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.site = HeritageSitePageFactory(parent=cls.sites)
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stop = TrailStopPageFactory(parent=cls.trail)
        cls.image = MuseumImageFactory(
            title="美丰银行柜台照片",
            file=get_test_image_file(),
            collection=Collection.get_first_root_node(),
        )
        cls.document = get_document_model().objects.create(
            title="美丰银行柜台讲解", file=ContentFile(b"ID3", name="narration.mp3")
        )
        User = get_user_model()
        cls.curator = User.objects.create_user(
            "curator", password="pw", first_name="小", last_name="李"
        )
        cls.curator.groups.add(Group.objects.get(name="Curators"))
        cls.senior = User.objects.create_user(
            "senior", password="pw", first_name="大", last_name="王"
        )
        cls.senior.groups.add(Group.objects.get(name="Senior curators"))
        revision = cls.exhibit.save_revision(user=cls.curator)
        Page.get_first_root_node().get_workflow().start(cls.exhibit, cls.curator)
        cls.revision = revision

    def setUp(self):
        translation.activate("zh-hans")
        self.addCleanup(translation.deactivate)

    maxDiff = None

    def curator_screens(self):
        edits = [self.home, self.museum, self.exhibit, self.sites, self.site, self.trail, self.stop]
        return [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore_root"),
            reverse("wagtailadmin_explore", args=[self.home.pk]),
            reverse("wagtailadmin_explore", args=[self.museum.pk]),
            *(reverse("wagtailadmin_pages:edit", args=[page.pk]) for page in edits),
            reverse("wagtailadmin_pages:add", args=["exhibits", "exhibitpage", self.museum.pk]),
            reverse("wagtailadmin_pages:history", args=[self.exhibit.pk]),
            reverse("wagtailadmin_pages:usage", args=[self.exhibit.pk]),
            reverse("wagtailadmin_pages:search") + "?q=展项",
            reverse("wagtailimages:index"),
            reverse("wagtailimages:edit", args=[self.image.pk]),
            reverse("wagtailimages:add_multiple"),
            reverse("wagtailimages_chooser:choose"),
            reverse("wagtaildocs:index"),
            reverse("wagtaildocs:edit", args=[self.document.pk]),
            reverse("wagtaildocs:add_multiple"),
            reverse("wagtaildocs_chooser:choose"),
            reverse("exhibits_fact_check"),
            reverse("exhibits_qr_scans"),
            reverse("wagtailadmin_account"),
        ]

    def senior_screens(self):
        task_state = self.exhibit.current_workflow_task_state
        return [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_pages:edit", args=[self.exhibit.pk]),
            reverse("wagtailadmin_pages:workflow_history", args=[self.exhibit.pk]),
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[self.exhibit.pk, "approve", task_state.pk],
            ),
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[self.exhibit.pk, "reject", task_state.pk],
            ),
            reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[self.exhibit.pk, "live", self.revision.pk],
            ),
        ]

    def admin_screens(self):
        """Screens only the site administrator reaches: snippets, workflows, groups."""
        return [
            reverse("wagtailsnippets_exhibits_partner:list"),
            reverse("wagtailsnippets_exhibits_partner:add"),
            reverse("wagtailsnippets_exhibits_screen:list"),
            reverse("wagtailsnippets_exhibits_screen:add"),
            reverse("wagtailadmin_workflows:index"),
            reverse("wagtailadmin_workflows:task_index"),
            reverse("wagtailusers_groups:index"),
        ]

    def leaks(self, user, urls):
        """English found on each screen, as {url: [strings]}."""
        self.client.force_login(user)
        found = {}
        for url in urls:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            body = response.content.decode()
            if response.headers["Content-Type"].startswith("application/json"):
                body = json.loads(body).get("html", "")
            strings = [leak for leak in KNOWN_LEAKS if leak in body]
            strings += ENGLISH_ONLY_NAMES.findall(body)
            strings += [text for text in visible_texts(body) if english_words(text)]
            if strings:
                found[url] = sorted(set(strings))
        return found

    def test_login_screen_is_chinese(self):
        """Wagtail's login form labels its password field in English unless told otherwise."""
        response = self.client.get(reverse("wagtailadmin_login"))
        texts = visible_texts(response.content.decode())
        self.assertEqual([text for text in texts if english_words(text)], [])
        self.assertIn("密码", texts)

    def test_curator_screens_are_chinese(self):
        self.assertEqual(self.leaks(self.curator, self.curator_screens()), {})

    def test_senior_curator_screens_are_chinese(self):
        self.assertEqual(self.leaks(self.senior, self.senior_screens()), {})

    def test_administrator_screens_are_chinese(self):
        admin = get_user_model().objects.create_superuser("admin", password="pw")
        self.assertEqual(self.leaks(admin, self.admin_screens()), {})

    def test_review_workflow_is_named_in_both_languages(self):
        """The editor's submit button and the reviewer's dashboard name the review in Chinese."""
        workflow = Page.get_first_root_node().get_workflow()
        self.assertIn("高级策展人审核", workflow.name)
        self.assertIn("Senior curator review", workflow.name)
        task = workflow.tasks.get()
        self.assertIn("高级策展人审批", task.name)
        self.client.force_login(self.curator)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.museum.pk]))
        self.assertContains(response, "高级策展人审核")

    def test_wagtail_defaults_that_nothing_uses_are_gone(self):
        """No "Moderators"/"Editors" groups and no "Moderators approval" task or workflow."""
        self.assertFalse(Group.objects.filter(name__in=["Moderators", "Editors"]).exists())
        self.assertFalse(Task.objects.filter(name="Moderators approval").exists())
        self.assertFalse(Workflow.objects.filter(name="Moderators approval").exists())
        self.assertEqual(
            sorted(Group.objects.values_list("name", flat=True)), ["Curators", "Senior curators"]
        )
