"""The pre-publish check: each check's problems, errors blocking publishing and submitting,
the senior curator's recorded override, the check panel and the site-wide command."""

from decimal import Decimal
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import PageLogEntry, WorkflowState
from wagtail.test.utils.form_data import streamfield

from exhibits.editorial import prepublish
from exhibits.editorial.prepublish import ERROR, INFO, WARNING, run_checks
from exhibits.editorial.prepublish_admin import PrepublishChecker
from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSitePageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
)
from exhibits.models import (
    ExhibitPage,
    FactCheckStatus,
    GlossaryTerm,
    GlossaryVariant,
    LocationCertainty,
    QRCode,
    VariantStatus,
)
from tests.base import build_home
from tests.exhibits.test_admin import exhibit_form

OVERRIDE_ACTION = "exhibits.prepublish_override"
SOURCE = {"title": "重庆金融志", "publisher": "重庆出版社", "url": ""}


def paragraph(html):
    return [{"type": "paragraph", "value": html}]


def found(page, **context):
    """{(check, severity, field)} of the page's problems, the weight check left out."""
    context.setdefault("weigh", False)
    return {
        (problem.check, problem.severity, problem.field)
        for problem in run_checks(page, prepublish.CheckContext(**context))
    }


class CheckFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home, location_certainty=LocationCertainty.SURVEYED
        )
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum,
            title_en="Banking counter",
            body_zh_hans=paragraph("<p>中文正文</p>"),
            body_en=paragraph("<p>English body</p>"),
            fact_check_status=FactCheckStatus.VERIFIED,
        )
        User = get_user_model()
        cls.curator = User.objects.create_user("curator", password="pw")
        cls.curator.groups.add(Group.objects.get(name="Curators"))
        cls.senior = User.objects.create_user("senior", password="pw")
        cls.senior.groups.add(Group.objects.get(name="Senior curators"))
        code = QRCode.for_page(cls.exhibit)
        code.label_printed_at = timezone.now()
        code.save()
        cls.unlabelled = MuseumImageFactory(title="Counter photo", description_en="")


class EachCheckTests(CheckFixture, TestCase):
    def test_a_clean_page_has_no_problems(self):
        self.assertEqual(found(self.exhibit), set())

    def test_images_need_alt_text_in_both_languages(self):
        """The main image and images in the body, each missing one language's alt text."""
        main = MuseumImageFactory(title="Main", description_en="")
        inline = MuseumImageFactory(title="Inline", description_zh_hans=" ")
        self.exhibit.listing_image = main
        self.exhibit.body_en = [
            {"type": "image", "value": {"image": inline.pk, "caption": "", "credit": ""}}
        ]
        problems = run_checks(self.exhibit, prepublish.CheckContext(weigh=False))
        self.assertEqual(
            {(p.check, p.severity, p.field) for p in problems},
            {("alt_text", ERROR, "listing_image"), ("alt_text", ERROR, "body_en")},
        )
        with translation.override("en"):
            texts = sorted(problem.text() for problem in problems)
        self.assertEqual(
            texts,
            [
                "The image “Inline” has no alt text in Simplified Chinese.",
                "The image “Main” has no alt text in English.",
            ],
        )

    def test_missing_english_is_a_warning_per_field(self):
        """The site is Chinese-first: English visitors are told the English is pending."""
        self.exhibit.intro_en = ""
        self.exhibit.body_en = []
        self.assertEqual(
            found(self.exhibit),
            {("missing_english", WARNING, "intro_en"), ("missing_english", WARNING, "body_en")},
        )

    def test_english_older_than_the_chinese_is_a_warning(self):
        """From the page's revisions: the Chinese intro changed after the English."""
        self.exhibit.save_revision()
        self.exhibit.intro_zh_hans = "改过的导语"
        self.exhibit.save_revision()
        self.assertEqual(found(self.exhibit), {("stale_english", WARNING, "intro_en")})
        self.exhibit.intro_en = "A revised introduction"
        self.exhibit.save_revision()
        self.assertEqual(found(self.exhibit), set())

    def test_glossary_variants_forbidden_are_errors_and_discouraged_warnings(self):
        """Only for a term whose Chinese is on the page; linked to the field that has it."""
        court = GlossaryTerm(chinese="金融法院", english="Financial Court")
        court.variants = [
            GlossaryVariant(text="Finance Court", status=VariantStatus.FORBIDDEN, reason_en="x"),
            GlossaryVariant(text="Money Court", status=VariantStatus.DISCOURAGED),
        ]
        court.save()
        self.exhibit.intro_en = "About the Finance Court."
        self.exhibit.body_en = paragraph("<p>Also called the Money Court.</p>")
        self.assertEqual(found(self.exhibit), set())  # no 金融法院 in the Chinese
        self.exhibit.intro_zh_hans = "重庆金融法院"
        self.assertEqual(
            found(self.exhibit),
            {
                ("glossary_variant", ERROR, "intro_en"),
                ("glossary_variant", WARNING, "body_en"),
            },
        )

    def test_resources_from_other_hosts_are_errors_and_links_information(self):
        self.exhibit.body_en = paragraph(
            '<p><img src="https://cdn.example.com/a.png"> <a href="https://example.org/">x</a>'
            ' <a href="http://localhost/en/">ours</a> <a href="/en/">relative</a>'
            ' <a href="mailto:a@example.org">mail</a></p>'
        ) + [
            {
                "type": "quote",
                "value": {"quote": '<iframe src="//player.example.net/v"></iframe>'},
            }
        ]
        self.exhibit.body_zh_hans = paragraph(
            '<embed embedtype="media" url="https://www.youtube.com/watch?v=1"/>'
        )
        problems = run_checks(self.exhibit, prepublish.CheckContext(weigh=False))
        self.assertEqual(
            sorted((p.check, p.severity, p.field, p.params.get("host", "")) for p in problems),
            [
                ("other_host_resource", ERROR, "body_en", "cdn.example.com"),
                ("other_host_resource", ERROR, "body_en", "player.example.net"),
                ("other_host_resource", ERROR, "body_zh_hans", "www.youtube.com"),
                ("outbound_link", INFO, "body_en", ""),
            ],
        )

    def test_page_weight_over_the_phone_budget_is_a_warning(self):
        self.assertEqual(found(self.exhibit, weigh=True), set())
        with mock.patch.object(prepublish, "PHONE_PAGE_BUDGET", 1024):
            self.assertEqual(
                found(self.exhibit, weigh=True),
                {("page_weight", WARNING, "body_zh_hans"), ("page_weight", WARNING, "body_en")},
            )

    def test_facts_needing_checking_are_a_warning(self):
        self.exhibit.fact_check_status = FactCheckStatus.NEEDS_CHECKING
        self.assertEqual(
            found(self.exhibit), {("facts_need_checking", WARNING, "fact_check_status")}
        )

    def test_a_live_page_needs_its_label_printed(self):
        """Warned until a curator marks the label sheet printed; drafts are not warned."""
        code = QRCode.for_page(self.exhibit)
        code.label_printed_at = None
        code.save()
        self.assertEqual(found(self.exhibit), {("label_not_printed", WARNING, "qr_code")})
        self.client.force_login(self.curator)
        url = f"{reverse('exhibits_qr_labels')}?page={self.exhibit.pk}"
        self.assertContains(self.client.get(url), '<form class="screen-only" method="post"')
        response = self.client.post(url)
        self.assertEqual(response.status_code, 302)
        code.refresh_from_db()
        self.assertEqual(code.label_printed_by, self.curator)
        self.assertEqual(found(self.exhibit), set())
        self.exhibit.live = False
        code.label_printed_at = None
        code.save()
        self.assertEqual(found(self.exhibit), set())

    def test_located_pages_need_coordinates_that_are_not_rough(self):
        site = HeritageSitePageFactory(
            parent=self.home, latitude=None, longitude=None, fact_check_status="verified"
        )
        self.assertIn(("coordinates_missing", WARNING, "latitude"), found(site))
        site.latitude, site.longitude = Decimal("29.56"), Decimal("106.58")
        site.location_certainty = LocationCertainty.ROUGH
        self.assertIn(("coordinates_rough", WARNING, "location_certainty"), found(site))
        site.location_certainty = LocationCertainty.GOOD
        self.assertNotIn("coordinates", {check for check, _s, _f in found(site)})

    def test_a_new_check_is_one_function(self):
        """The registry runs whatever is registered (the extension point for later checks)."""

        def always(page, context):
            yield prepublish.Problem("always", INFO, "Always", "title_en")

        with mock.patch.object(prepublish, "CHECKS", [prepublish.Check("always", always, False)]):
            self.assertEqual(found(self.exhibit), {("always", INFO, "title_en")})
            self.assertEqual(run_checks(self.exhibit, blocking_only=True), [])


def edit_form(page, **overrides):
    """The exhibit edit form as the admin posts it, with a source and the page's own
    fact-check status (its main image ``listing_image``)."""
    return exhibit_form(
        page,
        sources=streamfield([("source", SOURCE)]),
        fact_check_status=page.fact_check_status,
        **overrides,
    )


@pytest.mark.template_contexts
class BlockingTests(CheckFixture, TestCase):
    """Errors stop publishing, submitting and approving; a senior curator may override."""

    def post(self, user, **action):
        """Post the form with a main image that has no English alt text."""
        self.client.force_login(user)
        url = reverse("wagtailadmin_pages:edit", args=[self.exhibit.pk])
        form = edit_form(self.exhibit, listing_image=self.unlabelled.pk, **action)
        return self.client.post(url, form)

    def live_image(self):
        return ExhibitPage.objects.get(pk=self.exhibit.pk).listing_image_id

    def assertBlocked(self, response):
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].non_field_errors().as_data()
        self.assertEqual([error.code for error in errors], ["prepublish_errors"])
        self.assertContains(response, 'data-prepublish-problem="alt_text"')
        self.assertContains(response, 'data-prepublish-field="listing_image"')

    def test_errors_block_publishing(self):
        for user in (self.curator, self.senior):
            with self.subTest(user=user.username):
                self.assertBlocked(self.post(user, **{"action-publish": "1"}))
                self.assertIsNone(self.live_image())
        self.assertFalse(PageLogEntry.objects.filter(action=OVERRIDE_ACTION).exists())

    def test_errors_block_submitting_for_review(self):
        self.assertBlocked(self.post(self.curator, **{"action-submit": "1"}))
        self.assertFalse(WorkflowState.objects.filter(object_id=str(self.exhibit.pk)).exists())

    def test_errors_block_approving_in_review(self):
        self.exhibit.save_revision(user=self.curator)
        self.exhibit.get_workflow().start(self.exhibit, self.curator)
        response = self.post(
            self.senior, **{"action-workflow-action": "1", "workflow-action-name": "approve"}
        )
        self.assertBlocked(response)
        state = WorkflowState.objects.get(object_id=str(self.exhibit.pk))
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)

    def test_saving_a_draft_is_never_blocked(self):
        response = self.post(self.curator)
        self.assertEqual(response.status_code, 302)

    def test_a_curator_cannot_override(self):
        """The override box is not offered to curators, and posting it anyway changes nothing."""
        self.client.force_login(self.curator)
        self.exhibit.listing_image = self.unlabelled
        self.exhibit.save_revision(user=self.curator)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.exhibit.pk]))
        self.assertNotContains(edit, "data-prepublish-override")
        response = self.post(self.curator, **{"action-submit": "1", "prepublish_override": "1"})
        self.assertBlocked(response)
        self.assertFalse(PageLogEntry.objects.filter(action=OVERRIDE_ACTION).exists())

    def test_a_senior_curator_overrides_and_the_history_records_it(self):
        self.client.force_login(self.senior)
        self.exhibit.listing_image = self.unlabelled
        self.exhibit.save_revision(user=self.senior)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.exhibit.pk]))
        self.assertContains(edit, 'data-prepublish-override="prepublish_override"')
        response = self.post(self.senior, **{"action-publish": "1", "prepublish_override": "1"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.live_image(), self.unlabelled.pk)
        entry = PageLogEntry.objects.get(action=OVERRIDE_ACTION)
        self.assertEqual(entry.user, self.senior)
        self.assertEqual(entry.page_id, self.exhibit.pk)
        self.assertEqual([p["check"] for p in entry.data["problems"]], ["alt_text"])
        self.assertIn("Counter photo", entry.data["problems"][0]["en"])
        history = self.client.get(reverse("wagtailadmin_pages:history", args=[self.exhibit.pk]))
        self.assertContains(history, entry.data["problems"][0]["zh-hans"])

    def test_a_senior_override_of_a_submission_is_recorded_too(self):
        response = self.post(self.senior, **{"action-submit": "1", "prepublish_override": "1"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(PageLogEntry.objects.filter(action=OVERRIDE_ACTION).count(), 1)


class PanelTests(CheckFixture, TestCase):
    def edit(self):
        self.client.force_login(self.curator)
        return self.client.get(reverse("wagtailadmin_pages:edit", args=[self.exhibit.pk]))

    def test_the_panel_lists_problems_with_links_to_their_fields(self):
        self.exhibit.intro_en = ""
        self.exhibit.listing_image = self.unlabelled
        self.exhibit.fact_check_status = FactCheckStatus.NEEDS_CHECKING
        self.exhibit.save_revision(user=self.curator)
        response = self.edit()
        self.assertContains(response, "data-prepublish-check")
        self.assertContains(response, 'data-prepublish-field="listing_image"')
        self.assertContains(response, 'data-prepublish-field="intro_en"')
        self.assertContains(response, 'data-prepublish-field="fact_check_status"')
        self.assertContains(response, 'data-prepublish-errors="1"')

    def test_a_new_page_gets_the_panel_too(self):
        """The create view has no page in the tree to render: the rest is still checked."""
        self.client.force_login(self.curator)
        url = reverse("wagtailadmin_pages:add", args=["exhibits", "exhibitpage", self.museum.pk])
        self.assertContains(self.client.get(url), "data-prepublish-check")

    def test_a_clean_page_says_so(self):
        self.assertContains(self.edit(), "data-prepublish-clear")

    def test_the_panel_costs_the_same_however_many_images_the_page_has(self):
        """Its queries do not grow with the images and links in the body."""

        checker = PrepublishChecker()

        def queries_with(count):
            images = [MuseumImageFactory(description_en="") for _ in range(count)]
            self.exhibit.body_en = [
                {"type": "image", "value": {"image": image.pk, "caption": "", "credit": ""}}
                for image in images
            ] + paragraph('<p><a href="https://example.org/">x</a></p>' * count)
            draft = self.exhibit.save_revision(user=self.curator).as_object()
            checker.panel_context(draft, self.senior)  # the renditions the page shows, made once
            with CaptureQueriesContext(connection) as queries:
                context = checker.panel_context(draft, self.senior)
            self.assertEqual(context["counts"], {ERROR: count, WARNING: 0, INFO: count})
            return len(queries)

        checker.panel_context(self.exhibit, self.senior)  # warm caches (content types, site)
        self.assertEqual(queries_with(2), queries_with(6))
        self.assertLessEqual(queries_with(6), 20)


class CommandTests(CheckFixture, TestCase):
    def run_command(self, *args):
        out = StringIO()
        call_command("check_content", "--no-weight", *args, stdout=out)
        return out.getvalue()

    def test_a_site_without_errors_exits_with_zero(self):
        output = self.run_command()
        self.assertIn("0 errors", output)

    def test_errors_exit_non_zero_with_a_readable_report(self):
        ExhibitPage.objects.filter(pk=self.exhibit.pk).update(listing_image=self.unlabelled)
        out = StringIO()
        with self.assertRaises(CommandError) as raised:
            call_command("check_content", "--no-weight", stdout=out)
        self.assertEqual(raised.exception.returncode, 1)
        report = out.getvalue()
        self.assertIn("Banking counter", report)
        self.assertIn("ERROR", report)
        self.assertIn("[listing_image]", report)
        self.assertIn("“Counter photo” has no alt text in English", report)

    def test_warnings_alone_exit_with_zero(self):
        ExhibitPage.objects.filter(pk=self.exhibit.pk).update(
            fact_check_status=FactCheckStatus.NEEDS_CHECKING
        )
        output = self.run_command()
        self.assertIn("warning", output)
        self.assertIn("0 errors", output)
        self.assertNotIn("  warning", self.run_command("--min-severity", "error"))
