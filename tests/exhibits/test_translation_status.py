"""Translation status: per field, the English is present, missing, out of date (the
Chinese changed after it) or checked by a senior curator, tracked from revisions; the
report, its filters and exports, the editor's panel and the explorer's badge."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageLogEntry
from wagtail.users.models import UserProfile

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import EnglishStatus, ExhibitPage, PageTranslationStatus, english_status
from exhibits.models.translation_status import CHECKED_ACTION
from tests.base import build_home


def in_admin_language(message, language="zh-hans"):
    with translation.override(language):
        return translation.gettext(message) if isinstance(message, str) else str(message)


def edit(page, **values):
    """Save a draft revision of the page with some fields changed, as the editor does."""
    latest = ExhibitPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    for name, value in values.items():
        setattr(latest, name, value)
    latest.save_revision()
    return latest


class TranslationFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home, title_zh_hans="金融博物馆")
        cls.other_museum = MuseumPageFactory(parent=cls.home, title_zh_hans="钱庄博物馆")
        cls.exhibit = ExhibitPageFactory(parent=cls.museum, title_en="Banking counter")
        cls.exhibit.save_revision().publish()
        User = get_user_model()
        cls.curator = User.objects.create_user("curator", password="pw")
        cls.curator.groups.add(Group.objects.get(name="Curators"))
        cls.senior = User.objects.create_user("senior", password="pw")
        cls.senior.groups.add(Group.objects.get(name="Senior curators"))

    def use_english_admin(self, user):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()

    def mark_url(self, field):
        return reverse("exhibits_translation_checked", args=[self.exhibit.pk, field])


class TrackingTests(TranslationFixture, TestCase):
    """The status of each field follows the order of its changes across revisions."""

    def test_a_page_written_in_both_languages_is_present(self):
        status = english_status(self.exhibit)
        self.assertEqual(status["title"], "present")
        self.assertEqual(status["intro"], "present")
        self.assertNotIn("period_label", status, "no text in either language: left out")

    def test_the_cycle_of_stale_present_checked_stale(self):
        """Chinese after English → stale; English edited → present; checked → checked;
        the Chinese changes again → stale."""
        edit(self.exhibit, intro_zh_hans="改过的中文简介。")
        self.assertEqual(english_status(self.exhibit)["intro"], "stale")
        self.assertEqual(english_status(self.exhibit)["title"], "present")
        edit(self.exhibit, intro_en="A revised introduction.")
        self.assertEqual(english_status(self.exhibit)["intro"], "present")
        edit(self.exhibit, intro_zh_hans="再次修改的中文简介。")
        self.assertEqual(english_status(self.exhibit)["intro"], "stale")
        self.client.force_login(self.senior)
        self.client.post(self.mark_url("intro"))
        self.assertEqual(english_status(self.exhibit)["intro"], "checked")
        edit(self.exhibit, title_zh_hans="新标题")  # another field leaves the mark alone
        self.assertEqual(english_status(self.exhibit)["intro"], "checked")
        edit(self.exhibit, intro_zh_hans="第三次修改的中文简介。")
        self.assertEqual(english_status(self.exhibit)["intro"], "stale")

    def test_both_languages_changed_in_one_revision_is_present(self):
        edit(self.exhibit, intro_zh_hans="同时修改。", intro_en="Changed together.")
        self.assertEqual(english_status(self.exhibit)["intro"], "present")

    def test_blank_english_is_missing(self):
        edit(self.exhibit, intro_en="", period_label_zh_hans="民国时期")
        status = english_status(self.exhibit)
        self.assertEqual(status["intro"], "missing")
        self.assertEqual(status["period_label"], "missing")

    def test_saving_the_same_text_again_changes_nothing(self):
        edit(self.exhibit, intro_zh_hans="改过的中文简介。")
        step = PageTranslationStatus.objects.get(page=self.exhibit).step
        edit(self.exhibit)
        self.assertEqual(PageTranslationStatus.objects.get(page=self.exhibit).step, step)

    def test_backfill_replays_revisions_to_the_same_status(self):
        edit(self.exhibit, intro_zh_hans="改过的中文简介。", intro_en="")
        edit(self.exhibit, intro_en="Back again.", body_zh_hans=[])
        edit(self.exhibit, title_zh_hans="后改的标题")
        expected = english_status(self.exhibit)
        PageTranslationStatus.objects.all().delete()
        call_command("backfill_translation_status", stdout=io.StringIO())
        self.assertEqual(english_status(self.exhibit), expected)
        self.assertEqual(expected["title"], "stale")
        self.assertEqual(expected["intro"], "present")

    def test_a_page_without_a_row_gets_one_when_asked(self):
        PageTranslationStatus.objects.filter(page=self.exhibit).delete()
        self.assertEqual(english_status(self.exhibit)["title"], "present")
        self.assertTrue(PageTranslationStatus.objects.filter(page=self.exhibit).exists())


class MarkCheckedTests(TranslationFixture, TestCase):
    """Only holders of the permission (senior curators) may mark English as checked."""

    def setUp(self):
        edit(self.exhibit, intro_zh_hans="改过的中文简介。")

    def test_a_curator_is_refused(self):
        self.client.force_login(self.curator)
        self.assertEqual(self.client.post(self.mark_url("intro")).status_code, 403)
        self.assertEqual(english_status(self.exhibit)["intro"], "stale")

    def test_a_senior_curator_marks_and_the_history_records_it(self):
        self.client.force_login(self.senior)
        response = self.client.post(self.mark_url("intro"))
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:edit", args=[self.exhibit.pk]),
            fetch_redirect_response=False,
        )
        entry = PageLogEntry.objects.get(page=self.exhibit, action=CHECKED_ACTION)
        self.assertEqual(entry.user, self.senior)
        self.assertEqual(entry.data, {"field": "intro"})
        history = self.client.get(reverse("wagtailadmin_pages:history", args=[self.exhibit.pk]))
        self.assertContains(history, "checked")

    def test_get_and_unknown_fields_are_refused(self):
        self.client.force_login(self.senior)
        self.assertEqual(self.client.get(self.mark_url("intro")).status_code, 405)
        self.assertEqual(self.client.post(self.mark_url("slug")).status_code, 404)

    def test_a_field_that_is_not_stale_is_left_alone(self):
        self.client.force_login(self.senior)
        self.client.post(self.mark_url("title"))
        self.assertEqual(english_status(self.exhibit)["title"], "present")
        self.assertFalse(PageLogEntry.objects.filter(action=CHECKED_ACTION).exists())

    def test_the_editor_offers_the_mark_to_seniors_only(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.exhibit.pk])
        for user, language in ((self.senior, "zh-hans"), (self.curator, "en")):
            if language == "en":
                self.use_english_admin(user)
            self.client.force_login(user)
            response = self.client.get(url)
            self.assertContains(response, 'data-translation-status="stale"')
            self.assertContains(response, in_admin_language(EnglishStatus.STALE.label, language))
            self.assertContains(response, 'id="translation-status-data"')
            if user == self.senior:
                self.assertContains(response, 'data-mark-checked="intro"')
                self.assertContains(response, self.mark_url("intro"))
            else:
                self.assertNotContains(response, "data-mark-checked")

    def test_the_explorer_badges_stale_english(self):
        self.client.force_login(self.curator)
        response = self.client.get(reverse("wagtailadmin_explore", args=[self.museum.pk]))
        self.assertContains(response, 'data-status-badge="stale-english"', count=1)


@pytest.mark.template_contexts
class ReportTests(TranslationFixture, TestCase):
    """Reports → Translations: filters, exports and a flat query count."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.other = ExhibitPageFactory(parent=cls.other_museum, title_en="Ledger", intro_en="")
        edit(cls.exhibit, intro_zh_hans="改过的中文简介。")

    def report(self, user=None, **params):
        self.client.force_login(user or self.curator)
        return self.client.get(reverse("exhibits_translations"), params)

    def titles(self, response):
        return {page.title_en for page in response.context["pages"]}

    def test_lists_every_visitor_page_in_both_admins(self):
        response = self.report()
        self.assertEqual(response.status_code, 200)
        self.assertIn("Banking counter", self.titles(response))
        self.assertIn(self.museum.title_en, self.titles(response))
        self.assertContains(response, 'data-translation-status="stale"')
        self.use_english_admin(self.senior)
        response = self.report(self.senior)
        self.assertContains(response, "English out of date")

    def test_filters_by_museum_type_and_status(self):
        self.assertEqual(
            self.titles(self.report(museum=self.other_museum.pk)),
            {self.other_museum.title_en, "Ledger"},
        )
        exhibit_type = self.exhibit.content_type_id
        self.assertEqual(
            self.titles(self.report(page_type=exhibit_type)), {"Banking counter", "Ledger"}
        )
        self.assertEqual(self.titles(self.report(english="stale")), {"Banking counter"})
        self.assertEqual(self.titles(self.report(english="missing")), {"Ledger"})
        present = self.titles(self.report(english="present"))
        self.assertIn(self.museum.title_en, present)
        self.assertNotIn("Ledger", present)

    def test_csv_export_names_the_fields_per_status(self):
        response = self.report(export="csv", page_type=self.exhibit.content_type_id)
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        rows = {row[0]: row for row in csv.reader(io.StringIO(text))}
        header = next(iter(rows.values()))
        stale = header.index(in_admin_language(EnglishStatus.STALE.label))
        missing = header.index(in_admin_language(EnglishStatus.MISSING.label))
        museum = header.index(in_admin_language("Museum"))
        counter = rows[ExhibitPage.objects.get(pk=self.exhibit.pk).title]
        intro = in_admin_language(ExhibitPage._meta.get_field("intro").verbose_name)
        self.assertEqual(counter[stale], intro)
        self.assertEqual(counter[museum], "金融博物馆")
        self.assertEqual(rows[self.other.title][missing], intro)

    def test_csv_export_in_the_english_admin(self):
        """The rows stream after the view returns, still in the admin's language."""
        self.use_english_admin(self.curator)
        response = self.report(export="csv", english="stale")
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        header, row = list(csv.reader(io.StringIO(text)))
        self.assertEqual(header[:4], ["Title", "Museum", "Type", "Status"])
        self.assertEqual(row[2], "Exhibit")
        self.assertEqual(row[header.index("English out of date")], "introduction")

    def test_xlsx_export(self):
        self.use_english_admin(self.curator)
        response = self.report(export="xlsx", english="stale")
        content = b"".join(response.streaming_content)
        workbook = openpyxl.load_workbook(io.BytesIO(content))
        rows = list(workbook.active.iter_rows(values_only=True))
        self.assertIn("English out of date", rows[0])
        self.assertEqual(len(rows), 2)
        intro = in_admin_language(ExhibitPage._meta.get_field("intro").verbose_name, "en")
        self.assertEqual(rows[1][rows[0].index("English out of date")], intro)

    def count_queries(self, url=None, table=""):
        self.client.force_login(self.curator)
        url = url or reverse("exhibits_translations")
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len([query for query in queries.captured_queries if table in query["sql"]])

    def test_queries_do_not_grow_with_the_number_of_pages(self):
        before = self.count_queries()
        for _index in range(6):
            page = ExhibitPageFactory(parent=self.other_museum)
            edit(page, intro_zh_hans="改。")
        self.assertEqual(self.count_queries(), before)

    def test_the_explorer_badge_costs_no_query_per_page(self):
        """(Wagtail's own status column asks per page; the badge rides on the listing query.)"""
        url = reverse("wagtailadmin_explore", args=[self.other_museum.pk])
        table = PageTranslationStatus._meta.db_table
        before = self.count_queries(url, table)
        for _index in range(6):
            page = ExhibitPageFactory(parent=self.other_museum)
            edit(page, intro_zh_hans="改。")
        self.assertEqual(self.count_queries(url, table), before)
        self.assertLessEqual(before, 2)
        response = self.client.get(url)
        self.assertContains(response, 'data-status-badge="stale-english"', count=6)
