"""Fact checking: "verified" needs a source and a senior curator; the server records
who verified a page and when, the report shows it, and visitors' notice follows."""

import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage, FactCheckStatus
from exhibits.models.page_form import CURATOR_HELP, NEEDS_SENIOR_CURATOR, NEEDS_SOURCE
from tests.base import build_home, url_in

pytestmark = pytest.mark.template_contexts  # the tests read response.context

SOURCE = {"title": "重庆金融志", "publisher": "重庆出版社", "url": ""}


def in_admin_language(message):
    """A message as the admin shows it: in Chinese, whatever the browser asks for."""
    with translation.override("zh-hans"):
        return str(message)


SOURCES_ERROR = in_admin_language(NEEDS_SOURCE)
ROLE_ERROR = in_admin_language(NEEDS_SENIOR_CURATOR)


def list_block(items):
    """Form data of a ListBlock (the items of a Sources block)."""
    data = {"count": len(items)}
    for index, item in enumerate(items):
        data[str(index)] = {"value": item, "deleted": "", "order": str(index), "id": ""}
    return data


def edit_form(page, status, sources=(), body_sources=(), **overrides):
    """The exhibit edit form as the admin posts it (a draft save unless told otherwise)."""
    body_en = [("paragraph", rich_text("<p>English body</p>"))]
    if body_sources:
        body_en.append(("sources", {"heading": "", "items": list_block(list(body_sources))}))
    data = {
        "title_zh_hans": page.title_zh_hans,
        "title_en": page.title_en,
        "slug_zh_hans": page.slug_zh_hans,
        "slug_en": page.slug_en,
        "kind": page.kind,
        "position": page.position,
        "intro_zh_hans": page.intro_zh_hans,
        "intro_en": page.intro_en,
        "body_zh_hans": streamfield([("paragraph", rich_text("<p>中文正文</p>"))]),
        "body_en": streamfield(body_en),
        "sources": streamfield([("source", source) for source in sources]),
        "fact_check_status": status,
        "fact_check_notes": "",
        "location_certainty": "rough",
    }
    data.update(overrides)
    return nested_form_data(data)


class FactCheckFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.exhibit = ExhibitPageFactory(parent=cls.museum, title_en="Banking counter")
        User = get_user_model()
        cls.curator = User.objects.create_user("curator", password="pw")
        cls.curator.groups.add(Group.objects.get(name="Curators"))
        cls.senior = User.objects.create_user(
            "senior", password="pw", first_name="Li", last_name="Ming"
        )
        cls.senior.groups.add(Group.objects.get(name="Senior curators"))

    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.exhibit.pk])

    def post(self, user, *args, **kwargs):
        self.client.force_login(user)
        return self.client.post(self.edit_url(), edit_form(self.exhibit, *args, **kwargs))

    def latest(self):
        return ExhibitPage.objects.get(pk=self.exhibit.pk).get_latest_revision_as_object()

    def status_errors(self, response):
        self.assertEqual(response.status_code, 200, "the form was accepted")
        form = response.context["form"]
        return " ".join(str(error) for error in form.errors.get("fact_check_status", []))

    def publish(self, user, *args, **kwargs):
        response = self.post(user, *args, **{"action-publish": "Publish", **kwargs})
        self.assertEqual(response.status_code, 302)
        state = WorkflowState.objects.filter(object_id=str(self.exhibit.pk)).first()
        if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
            state.current_task_state.task.specific.on_action(
                state.current_task_state, user, "approve"
            )
        return ExhibitPage.objects.get(pk=self.exhibit.pk)


class VerifyRulesTests(FactCheckFixture, TestCase):
    """Who may set "verified", and what it needs."""

    def test_verified_needs_a_source(self):
        errors = self.status_errors(self.post(self.senior, FactCheckStatus.VERIFIED))
        self.assertIn(SOURCES_ERROR, errors)
        self.assertEqual(self.latest().fact_check_status, FactCheckStatus.NEEDS_CHECKING)

    def test_curator_cannot_verify_even_with_sources(self):
        response = self.post(self.curator, FactCheckStatus.VERIFIED, sources=[SOURCE])
        errors = self.status_errors(response)
        self.assertIn(ROLE_ERROR, errors)
        self.assertNotIn(SOURCES_ERROR, errors)
        self.assertEqual(self.latest().fact_check_status, FactCheckStatus.NEEDS_CHECKING)

    def test_curator_without_sources_sees_both_reasons(self):
        errors = self.status_errors(self.post(self.curator, FactCheckStatus.VERIFIED))
        self.assertIn(SOURCES_ERROR, errors)
        self.assertIn(ROLE_ERROR, errors)

    def test_curator_may_still_save_needs_checking(self):
        response = self.post(self.curator, FactCheckStatus.NEEDS_CHECKING)
        self.assertEqual(response.status_code, 302)

    def test_the_curator_sees_who_may_verify(self):
        self.client.force_login(self.curator)
        response = self.client.get(self.edit_url())
        self.assertContains(response, escape(in_admin_language(CURATOR_HELP)))

    def test_a_source_without_a_title_does_not_count(self):
        """Drafts may leave a new source unfinished, but it does not make the page verifiable."""
        response = self.post(self.senior, FactCheckStatus.VERIFIED, sources=[{"title": " "}])
        self.assertIn(SOURCES_ERROR, self.status_errors(response))

    def test_senior_curator_verifies_with_a_source_and_is_recorded(self):
        before = timezone.now()
        response = self.post(self.senior, FactCheckStatus.VERIFIED, sources=[SOURCE])
        self.assertEqual(response.status_code, 302)
        latest = self.latest()
        self.assertEqual(latest.fact_check_status, FactCheckStatus.VERIFIED)
        self.assertEqual(latest.fact_checked_by, self.senior)
        self.assertGreaterEqual(latest.fact_checked_at, before)

    def test_a_sources_block_in_the_body_counts(self):
        item = {**SOURCE, "title": "Chongqing Financial Annals"}
        response = self.post(self.senior, FactCheckStatus.VERIFIED, body_sources=[item])
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.latest().fact_checked_by, self.senior)

    def test_the_record_cannot_be_posted_by_the_editor(self):
        other = get_user_model().objects.create_user("other")
        self.post(
            self.senior,
            FactCheckStatus.VERIFIED,
            sources=[SOURCE],
            fact_checked_by=str(other.pk),
            fact_checked_at="2001-01-01 00:00",
        )
        latest = self.latest()
        self.assertEqual(latest.fact_checked_by, self.senior)
        self.assertGreater(latest.fact_checked_at.year, 2001)

    def test_back_to_needs_checking_clears_the_record(self):
        self.publish(self.senior, FactCheckStatus.VERIFIED, sources=[SOURCE])
        page = self.publish(self.senior, FactCheckStatus.NEEDS_CHECKING, sources=[SOURCE])
        self.assertEqual(page.fact_check_status, FactCheckStatus.NEEDS_CHECKING)
        self.assertIsNone(page.fact_checked_by)
        self.assertIsNone(page.fact_checked_at)

    def test_a_curator_edit_keeps_an_existing_verification(self):
        page = self.publish(self.senior, FactCheckStatus.VERIFIED, sources=[SOURCE])
        checked_at = page.fact_checked_at
        response = self.post(self.curator, FactCheckStatus.VERIFIED, sources=[SOURCE])
        self.assertEqual(response.status_code, 302)
        latest = self.latest()
        self.assertEqual(latest.fact_checked_by, self.senior)
        # Revisions store times to the millisecond.
        self.assertLess(abs(latest.fact_checked_at - checked_at).total_seconds(), 0.001)

    def test_edit_view_shows_the_record_read_only(self):
        self.publish(self.senior, FactCheckStatus.VERIFIED, sources=[SOURCE])
        self.client.force_login(self.curator)
        response = self.client.get(self.edit_url())
        page = ExhibitPage.objects.get(pk=self.exhibit.pk)
        day = timezone.localtime(page.fact_checked_at).strftime("%Y-%m-%d")
        record = re.search(r"<p [^>]*data-fact-check-record>(.*?)</p>", response.content.decode())
        self.assertIsNotNone(record)
        self.assertIn("Li Ming", record.group(1))
        self.assertIn(day, record.group(1))
        self.assertNotContains(response, 'name="fact_checked_by"')
        self.assertNotContains(response, 'name="fact_checked_at"')


class VisitorNoticeTests(FactCheckFixture, TestCase):
    """Visitors see the "awaits review" line until a senior curator verifies the page."""

    def test_notice_until_verified(self):
        url = url_in(self.exhibit, "zh-hans")
        self.assertContains(self.client.get(url), 'data-notice="awaiting-review"')
        self.publish(self.senior, FactCheckStatus.VERIFIED, sources=[SOURCE])
        self.client.logout()
        self.assertNotContains(self.client.get(url), 'data-notice="awaiting-review"')


class FactCheckReportTests(FactCheckFixture, TestCase):
    """Reports → Fact check names who verified each page and when, on screen and in CSV."""

    def test_report_and_export_show_who_and_when(self):
        self.publish(self.senior, FactCheckStatus.VERIFIED, sources=[SOURCE])
        page = ExhibitPage.objects.get(pk=self.exhibit.pk)
        day = timezone.localtime(page.fact_checked_at).strftime("%Y-%m-%d")
        self.client.force_login(self.senior)
        response = self.client.get(reverse("exhibits_fact_check"), {"status": "verified"})
        self.assertContains(response, "Li Ming")
        self.assertContains(response, day)
        export = self.client.get(reverse("exhibits_fact_check"), {"export": "csv"})
        rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
        header, *body = rows
        row = next(row for row in body if row[0] == page.title)
        self.assertEqual(row[header.index(in_admin_language(_("Verified by")))], "Li Ming")
        self.assertTrue(row[header.index(in_admin_language(_("Verified on")))].startswith(day[:4]))
