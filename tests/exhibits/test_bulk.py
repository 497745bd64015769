"""Import / export in the admin: an exported file imports with no changes, edited rows
become drafts (the live page and its visitors see nothing until someone publishes),
new rows become unpublished pages, and a broken file changes nothing."""

import io
import json
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook
from wagtail.models import GroupPagePermission, Page, PageLogEntry, Revision
from wagtail.users.models import UserProfile

from exhibits.bulk import sheets
from exhibits.bulk.plan import CREATE, MAX_CHANGES, REJECTED, UNCHANGED, UPDATE
from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import ExhibitPage, FactCheckStatus, HeritageSitePage, QRCode, TrailStopPage
from tests.base import build_home
from tests.seeding import SeededTestCase

pytestmark = pytest.mark.template_contexts  # the tests read response.context

BODY = [
    {"type": "paragraph", "value": "<p>1931年，<b>美丰银行</b>迁入新楼。</p>"},
    {"type": "quote", "value": {"text": "存款保本", "attribution": "广告"}},
]
SOURCE = [{"type": "source", "value": {"title": "重庆金融志", "publisher": "", "url": ""}}]


def upload(name, data):
    return SimpleUploadedFile(name, data if isinstance(data, bytes) else data.encode("utf-8"))


def in_english(user):
    """Messages below are asserted in English: the admin language of these users."""
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


def csv_of(headers, rows):
    return sheets.write_csv(headers, rows).encode("utf-8")


class BulkFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home, slug_zh_hans="meifeng", title_en="Meifeng")
        cls.other_museum = MuseumPageFactory(parent=cls.home, slug_zh_hans="chuanyan")
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum,
            title_zh_hans="营业大厅",
            title_en="Banking hall",
            intro_zh_hans="第一行\n第二行",
            body_zh_hans=json.dumps(BODY),
            body_en=json.dumps(BODY[:1]),
            sources=json.dumps(SOURCE),
            position=1,
            period_start_year=1931,
            period_label_en="=1931 (looks like a formula)",
        )
        cls.second = ExhibitPageFactory(parent=cls.museum, position=2, title_en="-dash first")
        cls.code = QRCode.objects.get(page=cls.exhibit).code  # given on publishing
        # A draft over the live page: the export shows the draft, as the editor does.
        cls.second.title_en = "Draft title"
        cls.second.save_revision()
        index = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.site = HeritageSitePageFactory(
            parent=index, latitude=Decimal("29.557310"), location_certainty="good"
        )
        trail = TrailPageFactory(parent=cls.home, slug_zh_hans="datongjie")
        cls.stop = TrailStopPageFactory(parent=trail, position=1, linked_page=cls.site)
        User = get_user_model()
        cls.curator = User.objects.create_user("curator", password="pw")
        cls.curator.groups.add(Group.objects.get(name="Curators"))
        in_english(cls.curator)
        cls.senior = in_english(User.objects.create_user("senior", password="pw"))
        cls.senior.groups.add(Group.objects.get(name="Senior curators"))

    def setUp(self):
        self.client.force_login(self.curator)
        translation.activate("en")
        self.addCleanup(translation.deactivate)

    def export(self, page_type, file_format):
        response = self.client.get(reverse("exhibits_bulk_export", args=[page_type, file_format]))
        self.assertEqual(response.status_code, 200)
        return response.content

    def export_table(self, page_type="exhibits"):
        table = sheets.read_table("x.csv", self.export(page_type, "csv"))
        return table.headers, [
            dict(zip(table.headers, cells, strict=True)) for _n, cells in table.rows
        ]

    def dry_run(self, name, data, page_type="exhibits"):
        response = self.client.post(
            reverse("exhibits_bulk"), {"page_type": page_type, "file": upload(name, data)}
        )
        self.assertEqual(response.status_code, 200)
        return response

    def confirm(self, response):
        return self.client.post(
            reverse("exhibits_bulk_confirm"), {"digest": response.context["digest"]}
        )

    def edited_csv(self, change, page_type="exhibits"):
        headers, rows = self.export_table(page_type)
        rows = change(rows) or rows
        return csv_of(headers, [[row.get(header, "") for header in headers] for row in rows])

    def snapshot(self):
        return (
            Page.objects.count(),
            Revision.objects.count(),
            list(
                Page.objects.order_by("pk").values_list(
                    "pk", "title_zh_hans", "title_en", "live", "latest_revision"
                )
            ),
        )


class RoundTripTests(BulkFixture, TestCase):
    """Exporting and importing the file unchanged reports no changes, in both formats."""

    def assert_no_changes(self, response):
        plan = response.context["plan"]
        self.assertEqual(plan.errors, [])
        self.assertTrue(plan.rows)
        details = [(row.line, row.action, row.errors, row.changed) for row in plan.rows]
        self.assertEqual({row.action for row in plan.rows}, {UNCHANGED}, details)
        self.assertContains(response, "there is nothing to import")

    def test_every_type_round_trips_in_csv_and_xlsx(self):
        for page_type in ("exhibits", "sites", "stops"):
            for file_format in ("csv", "xlsx"):
                with self.subTest(page_type=page_type, file_format=file_format):
                    data = self.export(page_type, file_format)
                    self.assert_no_changes(self.dry_run(f"x.{file_format}", data, page_type))

    def test_export_has_both_languages_parent_code_and_draft(self):
        text = self.export("exhibits", "csv").decode("utf-8-sig")
        self.assertIn("'=1931 (looks like a formula)", text)
        headers, rows = self.export_table()
        for header in ("id", "qr_code", "url", "museum", "title_zh_hans", "title_en"):
            self.assertIn(header, headers)
        row = next(row for row in rows if row["id"] == str(self.exhibit.pk))
        self.assertEqual(row["museum"], "meifeng")
        self.assertEqual(row["qr_code"], self.code)
        self.assertEqual(json.loads(row["body_zh_hans"])[1]["value"]["text"], "存款保本")
        self.assertEqual(row["period_label_en"], "=1931 (looks like a formula)")
        draft = next(row for row in rows if row["id"] == str(self.second.pk))
        self.assertEqual(draft["title_en"], "Draft title")

    def test_xlsx_export_keeps_text_as_text(self):
        sheet = load_workbook(io.BytesIO(self.export("exhibits", "xlsx"))).active
        headers = [cell.value for cell in sheet[1]]
        cell = sheet.cell(row=2, column=headers.index("period_label_en") + 1)
        self.assertEqual((cell.value, cell.data_type), ("=1931 (looks like a formula)", "s"))


class SeededRoundTripTests(SeededTestCase):
    """The seeded content (bodies with images, timelines, sources and quotes) exports and
    imports again with no changes, in both formats."""

    def test_seeded_pages_round_trip(self):
        user = get_user_model().objects.create_superuser("admin", password="pw")
        self.client.force_login(in_english(user))
        for page_type in ("exhibits", "sites", "stops"):
            for file_format in ("csv", "xlsx"):
                with self.subTest(page_type=page_type, file_format=file_format):
                    url = reverse("exhibits_bulk_export", args=[page_type, file_format])
                    data = self.client.get(url).content
                    response = self.client.post(
                        reverse("exhibits_bulk"),
                        {"page_type": page_type, "file": upload(f"x.{file_format}", data)},
                    )
                    plan = response.context["plan"]
                    self.assertEqual(plan.errors, [])
                    self.assertGreater(len(plan.rows), 2)
                    details = [(row.line, row.errors, row.changed) for row in plan.rows]
                    self.assertEqual(plan.counts[UNCHANGED], len(plan.rows), details)


class ImportTests(BulkFixture, TestCase):
    """Changed rows become draft revisions and new rows unpublished pages."""

    def test_changed_row_becomes_a_draft_and_the_live_page_stays(self):
        def change(rows):
            row = next(row for row in rows if row["id"] == str(self.exhibit.pk))
            row["title_en"] = "The banking hall"
            row["body_en"] = "First paragraph.\n\nSecond <paragraph>."

        response = self.dry_run("x.csv", self.edited_csv(change))
        row = next(row for row in response.context["plan"].rows if row.page.pk == self.exhibit.pk)
        self.assertEqual(row.action, UPDATE)
        self.assertEqual([column.header for column in row.changed], ["title_en", "body_en"])
        self.assertContains(response, "Title (English), Body (English)")
        published_before = PageLogEntry.objects.filter(action="wagtail.publish").count()
        self.assertRedirects(self.confirm(response), reverse("exhibits_bulk"))
        live = ExhibitPage.objects.get(pk=self.exhibit.pk)
        self.assertEqual(live.title_en, "Banking hall")
        self.assertTrue(live.live)
        self.assertTrue(live.has_unpublished_changes)
        draft = live.get_latest_revision_as_object()
        self.assertEqual(draft.title_en, "The banking hall")
        self.assertEqual(
            [block.value.source for block in draft.body_en],
            ["<p>First paragraph.</p>", "<p>Second &lt;paragraph&gt;.</p>"],
        )
        self.assertEqual(draft.body_zh_hans.raw_data[1]["value"]["text"], "存款保本")
        self.assertEqual(live.get_latest_revision().user, self.curator)
        self.assertEqual(
            PageLogEntry.objects.filter(action="wagtail.publish").count(), published_before
        )

    def test_new_row_becomes_an_unpublished_page(self):
        def add(rows):
            rows.append(
                {
                    "museum": "meifeng",
                    "title_zh_hans": "金库",
                    "title_en": "The vault",
                    "kind": "Story",
                    "position": "7",
                    "body_zh_hans": "金库在地下。",
                }
            )

        response = self.dry_run("x.csv", self.edited_csv(add))
        self.assertEqual(response.context["plan"].counts[CREATE], 1)
        self.assertRedirects(self.confirm(response), reverse("exhibits_bulk"))
        page = ExhibitPage.objects.get(title_zh_hans="金库")
        self.assertFalse(page.live)
        self.assertEqual(page.get_parent().pk, self.museum.pk)
        self.assertEqual((page.kind, page.position, page.owner), ("story", 7, self.curator))
        self.assertEqual(page.slug_en, "the-vault")
        self.assertTrue(page.slug_zh_hans)
        self.assertIsNotNone(page.latest_revision)
        self.assertFalse(QRCode.objects.filter(page=page).exists())
        # An ordinary draft: it goes to review like any other.
        state = page.get_workflow().start(page, self.curator)
        self.assertEqual(state.status, state.STATUS_IN_PROGRESS)

    def test_a_partial_file_changes_only_its_columns(self):
        data = csv_of(["id", "intro_en"], [[self.exhibit.pk, "A new intro"]])
        response = self.dry_run("x.csv", data)
        self.assertEqual(response.context["plan"].counts[UPDATE], 1)
        self.confirm(response)
        draft = ExhibitPage.objects.get(pk=self.exhibit.pk).get_latest_revision_as_object()
        self.assertEqual((draft.intro_en, draft.title_en), ("A new intro", "Banking hall"))

    def test_coordinates_are_rounded_to_the_stored_precision(self):
        data = csv_of(["id", "latitude"], [[self.site.pk, "29.5573104"]])
        plan = self.dry_run("x.csv", data, "sites").context["plan"]
        self.assertEqual(plan.rows[0].action, UNCHANGED)

    def test_senior_curator_may_verify_but_a_curator_may_not(self):
        data = csv_of(["id", "fact_check_status"], [[self.exhibit.pk, "verified"]])
        row = self.dry_run("x.csv", data).context["plan"].rows[0]
        self.assertEqual(row.action, REJECTED)
        self.assertIn("senior curator", " ".join(row.errors))
        self.client.force_login(self.senior)
        response = self.dry_run("x.csv", data)
        self.assertEqual(response.context["plan"].rows[0].action, UPDATE)
        self.confirm(response)
        draft = ExhibitPage.objects.get(pk=self.exhibit.pk).get_latest_revision_as_object()
        self.assertEqual(draft.fact_check_status, FactCheckStatus.VERIFIED)
        self.assertEqual(draft.fact_checked_by, self.senior)

    def test_the_page_speaks_the_admin_language(self):
        profile = UserProfile.get_for_user(self.curator)
        for language, word in (("en", "Page type"), ("zh-hans", "页面类型")):
            profile.preferred_language = language
            profile.save()
            response = self.client.get(reverse("exhibits_bulk"))
            self.assertContains(response, f'lang="{language}"')
            self.assertContains(response, word)


class BrokenFileTests(BulkFixture, TestCase):
    """Every broken file or row is reported, and nothing changes."""

    def assert_refused(self, data, message, name="x.csv", page_type="exhibits"):
        before = self.snapshot()
        response = self.dry_run(name, data, page_type)
        plan = response.context["plan"]
        if plan is None or plan.errors:
            self.assertIn(message, response.context["file_error"] or " ".join(plan.errors))
        else:
            errors = " ".join(error for row in plan.rows for error in row.errors)
            self.assertIn(message, errors)
            self.assertFalse(plan.can_import)
        self.assertNotContains(response, "data-bulk-confirm")
        confirm = self.client.post(reverse("exhibits_bulk_confirm"), {"digest": "x"})
        self.assertEqual(confirm.status_code, 302)
        self.assertEqual(self.snapshot(), before)
        return response

    def test_wrong_headers(self):
        self.assert_refused(csv_of(["id", "titel"], [["", "x"]]), "Unknown columns: “titel”")
        self.assert_refused(csv_of(["title_en"], [["x"]]), "The “id” column is missing")
        self.assert_refused(self.export("stops", "csv"), "This looks like a file of trail stops")

    def test_bad_coordinates(self):
        for value, message in (("29.55x", "is not a number"), ("106.58", "outside -90 to 90")):
            with self.subTest(value=value):
                data = csv_of(["id", "latitude"], [[self.site.pk, value]])
                self.assert_refused(data, message, page_type="sites")

    def test_unknown_museum(self):
        data = csv_of(["id", "museum", "title_zh_hans"], [["", "no-such-museum", "新展项"]])
        self.assert_refused(data, "No museum is called “no-such-museum”")

    def test_duplicate_numbers_and_ids(self):
        data = csv_of(
            ["id", "museum", "title_zh_hans", "kind", "position"],
            [["", "meifeng", "新展项", "scene", "2"]],
        )
        self.assert_refused(data, f"also given to page id {self.second.pk}")
        data = csv_of(["id", "title_en"], [[self.exhibit.pk, "a"], [self.exhibit.pk, "b"]])
        self.assert_refused(data, f"Row 2 already has the page id {self.exhibit.pk}")

    def test_qr_codes_never_change(self):
        data = csv_of(["id", "qr_code"], [[self.exhibit.pk, "ZZZ9999"]])
        self.assert_refused(data, "QR codes never change")

    def test_one_bad_row_stops_the_good_ones(self):
        data = csv_of(
            ["id", "title_en", "position"],
            [[self.exhibit.pk, "Fine change", "1"], [self.second.pk, "x", "two"]],
        )
        response = self.assert_refused(data, "“two” is not a whole number")
        self.assertEqual(response.context["plan"].counts[UPDATE], 1)

    def test_broken_files(self):
        self.assert_refused("id,标题\n".encode("gb18030"), "not in UTF-8")
        self.assert_refused(b"id\n", "not a spreadsheet", name="x.pdf")
        self.assert_refused(b"id\n", "not a readable .xlsx", name="x.xlsx")
        rows = "".join(f",meifeng,展项{n}\n" for n in range(10_000))
        self.assert_refused(
            f"id,museum,title_zh_hans\n{rows}".encode(), f"more than {sheets.MAX_ROWS} rows"
        )

    def test_too_many_changes_for_one_import(self):
        rows = [["", "meifeng", f"展项{n}", "topic", 100 + n] for n in range(MAX_CHANGES + 1)]
        data = csv_of(["id", "museum", "title_zh_hans", "kind", "position"], rows)
        response = self.assert_refused(data, f"one import saves at most {MAX_CHANGES}")
        self.assertEqual(len(response.context["plan"].rows), MAX_CHANGES + 1)

    def test_oversized_upload(self):
        before = self.snapshot()
        data = b"id\n" + b"1\n" * (sheets.MAX_UPLOAD_BYTES // 2 + 1)
        response = self.dry_run("x.csv", data)
        self.assertContains(response, "largest file accepted")
        self.assertEqual(self.snapshot(), before)

    def test_confirmation_checks_the_file_again(self):
        """A museum removed between the dry run and the confirmation rejects the file."""
        data = csv_of(["id", "museum", "title_zh_hans"], [["", "chuanyan", "新展项"]])
        response = self.dry_run("x.csv", data)
        self.assertTrue(response.context["plan"].can_import)
        self.other_museum.delete()
        before = self.snapshot()
        response = self.confirm(response)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "No museum is called “chuanyan”")
        self.assertEqual(self.snapshot(), before)


class ConfirmationTests(BulkFixture, TestCase):
    """A confirmation saves exactly what its dry run showed, or nothing."""

    def test_a_page_saved_after_the_dry_run_asks_for_a_new_confirmation(self):
        data = csv_of(["id", "title_en"], [[self.exhibit.pk, "From the file"]])
        response = self.dry_run("x.csv", data)
        self.exhibit.save_revision(user=self.senior)  # someone edits meanwhile
        before = self.snapshot()
        again = self.confirm(response)
        self.assertEqual(again.status_code, 200)
        self.assertContains(again, "data-bulk-rechecked")
        self.assertEqual(self.snapshot(), before)
        self.assertRedirects(self.confirm(again), reverse("exhibits_bulk"))
        draft = ExhibitPage.objects.get(pk=self.exhibit.pk).get_latest_revision_as_object()
        self.assertEqual(draft.title_en, "From the file")

    def test_a_confirmation_is_used_once(self):
        data = csv_of(["id", "title_en"], [[self.exhibit.pk, "Once"]])
        response = self.dry_run("x.csv", data)
        self.assertRedirects(self.confirm(response), reverse("exhibits_bulk"))
        revisions = Revision.objects.count()
        self.assertRedirects(self.confirm(response), reverse("exhibits_bulk"))
        self.assertEqual(Revision.objects.count(), revisions)


class PermissionTests(BulkFixture, TestCase):
    """The page and the drafts keep to the curator's page permissions."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        group = Group.objects.create(name="Meifeng editors")
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.create(
                group=group, page=cls.museum, permission_type=codename.split("_")[0]
            )
        cls.limited = in_english(get_user_model().objects.create_user("limited", password="pw"))
        cls.limited.groups.add(group)
        cls.limited.user_permissions.add(*Group.objects.get(name="Curators").permissions.all())
        cls.outsider = get_user_model().objects.create_user("outsider", password="pw")
        cls.outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))

    def test_without_page_permissions_there_is_no_import(self):
        self.client.force_login(self.outsider)
        home = reverse("wagtailadmin_home")  # where the admin sends those refused
        self.assertRedirects(self.client.get(reverse("exhibits_bulk")), home)
        url = reverse("exhibits_bulk_export", args=["exhibits", "csv"])
        self.assertRedirects(self.client.get(url), home)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(dashboard, reverse("exhibits_bulk"))

    def test_rows_outside_the_curators_pages_are_rejected(self):
        self.client.force_login(self.limited)
        other = ExhibitPageFactory(parent=self.other_museum, position=1)
        data = csv_of(
            ["id", "museum", "title_zh_hans", "title_en"],
            [
                [self.exhibit.pk, "", "营业大厅", "Changed"],
                [other.pk, "", other.title_zh_hans, "Changed"],
                ["", "chuanyan", "新展项", ""],
                ["", "meifeng", "新展项", ""],
            ],
        )
        rows = self.dry_run("x.csv", data).context["plan"].rows
        self.assertEqual([row.action for row in rows], [UPDATE, REJECTED, REJECTED, CREATE])
        self.assertIn("You may not edit", rows[1].errors[0])
        self.assertIn("You may not add pages under", rows[2].errors[0])

    def test_moving_a_page_is_refused(self):
        data = csv_of(["id", "museum"], [[self.exhibit.pk, "chuanyan"]])
        row = self.dry_run("x.csv", data).context["plan"].rows[0]
        self.assertIn("does not move pages", row.errors[0])

    def test_stops_link_sites_by_slug(self):
        data = csv_of(["id", "linked_page"], [[self.stop.pk, "nowhere"]])
        row = self.dry_run("x.csv", data, "stops").context["plan"].rows[0]
        self.assertIn("No heritage site or museum is called “nowhere”", row.errors[0])
        data = csv_of(["id", "linked_page"], [[self.stop.pk, "meifeng"]])
        response = self.dry_run("x.csv", data, "stops")
        self.confirm(response)
        draft = TrailStopPage.objects.get(pk=self.stop.pk).get_latest_revision_as_object()
        self.assertEqual(draft.linked_page_id, self.museum.pk)
        self.assertEqual(HeritageSitePage.objects.get(pk=self.site.pk).title, self.site.title)
