from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from exhibits.models import (
    BasePage,
    ExhibitKind,
    ExhibitPage,
    FactCheckStatus,
    HeritageSitePage,
    HomePage,
    MuseumImage,
    MuseumPage,
    TrailStopPage,
)
from tests.base import LANGUAGES, url_in


def content_counts():
    return {
        "pages": Page.objects.count(),
        "images": MuseumImage.objects.count(),
        "documents": get_document_model().objects.count(),
        "sites": Site.objects.count(),
    }


class SeedContentTests(TestCase):
    """The seed command builds the whole bilingual tree, and every page of it works."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_heritage_content", stdout=StringIO())
        cls.counts = content_counts()
        cls.pages = [
            page.specific for page in HomePage.objects.get().get_descendants(inclusive=True)
        ]

    def test_running_again_duplicates_nothing(self):
        call_command("load_heritage_content", stdout=StringIO())
        self.assertEqual(content_counts(), self.counts)

    def test_reset_rebuilds_the_same_tree(self):
        call_command("load_heritage_content", "--reset", stdout=StringIO())
        self.assertEqual(content_counts(), self.counts)

    def test_the_plan_is_all_there(self):
        jinbo = MuseumPage.objects.get(title_zh_hans="重庆金融历史博物馆")
        exhibits = ExhibitPage.objects.child_of(jinbo)
        self.assertEqual(exhibits.filter(kind=ExhibitKind.SCENE).count(), 7)
        self.assertEqual(exhibits.filter(kind=ExhibitKind.STORY).count(), 6)
        judicial = MuseumPage.objects.get(title_zh_hans="司法金融博物馆")
        self.assertEqual(
            ExhibitPage.objects.child_of(judicial)
            .filter(kind=ExhibitKind.TIMELINE_SECTION)
            .count(),
            6,
        )
        self.assertEqual(MuseumPage.objects.count(), 4)
        self.assertEqual(HeritageSitePage.objects.count(), 7)
        stops = TrailStopPage.objects.order_by("position")
        self.assertGreaterEqual(stops.count(), 8)
        self.assertEqual(
            list(stops.values_list("position", flat=True)), list(range(1, stops.count() + 1))
        )

    def test_every_page_has_both_languages_and_a_review_status(self):
        for page in self.pages:
            with self.subTest(page=page.title_zh_hans):
                self.assertTrue(page.title_zh_hans and page.title_en)
                self.assertTrue(page.slug_zh_hans and page.slug_en)
                self.assertEqual(page.missing_translations("en"), [])
                self.assertIsInstance(page, BasePage)
                self.assertEqual(page.fact_check_status, FactCheckStatus.NEEDS_CHECKING)
                self.assertTrue(page.fact_check_notes)

    def test_media_are_labelled_placeholders(self):
        self.assertTrue(MuseumImage.objects.exists())
        self.assertFalse(MuseumImage.objects.filter(is_placeholder=False).exists())
        for image in MuseumImage.objects.all():
            self.assertTrue(image.description_zh_hans and image.description_en)
        narrations = get_document_model().objects.all()
        self.assertGreaterEqual(narrations.count(), 2)
        self.assertTrue(all(doc.title.startswith("Synthetic narration") for doc in narrations))

    def test_every_page_answers_in_both_languages(self):
        for page in self.pages:
            for language in LANGUAGES:
                url = url_in(page, language)
                with self.subTest(url=url):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, f'<html lang="{language}">')
                    self.assertContains(response, 'data-notice="awaiting-review"')

    def test_every_page_opens_in_the_admin_editor(self):
        self.client.force_login(get_user_model().objects.create_superuser("admin", password="pw"))
        for page in self.pages:
            with self.subTest(page=page.title_zh_hans):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                self.assertEqual(response.status_code, 200)

    def test_fact_check_report_lists_the_seeded_pages(self):
        self.client.force_login(get_user_model().objects.create_superuser("admin", password="pw"))
        response = self.client.get(reverse("exhibits_fact_check"), {"status": "needs_checking"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "美丰银行柜台")
        csv = self.client.get(reverse("exhibits_fact_check"), {"export": "csv"})
        self.assertEqual(csv.status_code, 200)
        self.assertIn("美丰银行柜台", csv.getvalue().decode())
