"""QR codes over a page's life: none for drafts, one on first publish, a warning before
a labelled page is deleted or unpublished, and a way on from a retired code."""

import datetime
import importlib
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.users.models import UserProfile

from exhibits.factories import (
    ExhibitPageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import ExhibitPage, QRCode, ScanCount
from tests.base import build_home


def use_english_admin(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def qr_migration():
    name = next(Path("exhibits/migrations").glob("*_qr_codes_on_publish.py")).stem
    return importlib.import_module(f"exhibits.migrations.{name}")


class LifecycleFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home,
            title_zh_hans="金融博物馆",
            title_en="Finance Museum",
            slug_zh_hans="jinrong",
            slug_en="finance-museum",
        )
        cls.exhibit = ExhibitPageFactory(parent=cls.museum, title_en="Counter", position=1)
        cls.admin = get_user_model().objects.create_superuser("admin", password="pw")

    def draft(self, **kwargs):
        """A new exhibit saved as a draft, as the editor's "Save draft" and autosave do."""
        return ExhibitPageFactory(parent=self.museum, live=False, **kwargs)


class CodesOnFirstPublishTests(LifecycleFixture, TestCase):
    """Drafts get their QR code on first publish, never on creation or autosave."""

    def test_a_draft_has_no_code_until_it_is_published(self):
        draft = self.draft()
        draft.save_revision()
        self.assertFalse(QRCode.objects.filter(page=draft).exists())
        ExhibitPage.objects.get(pk=draft.pk).save_revision().publish()
        code = QRCode.objects.get(page=draft)
        self.assertEqual(code.museum_or_trail_id, self.museum.pk)
        ExhibitPage.objects.get(pk=draft.pk).save_revision().publish()
        self.assertEqual(QRCode.objects.filter(page=draft).get(), code)

    def test_pages_created_live_keep_getting_codes_at_once(self):
        self.assertTrue(QRCode.objects.filter(page=self.exhibit).exists())

    def test_drafts_stay_out_of_the_scan_report_and_label_sheets(self):
        draft = self.draft(title_zh_hans="草稿展项")
        self.client.force_login(self.admin)
        report = self.client.get(reverse("exhibits_qr_scans"))
        self.assertContains(report, QRCode.objects.get(page=self.exhibit).code)
        self.assertNotContains(report, "草稿展项")
        labels = self.client.get(reverse("exhibits_qr_labels"), {"page": [draft.pk]})
        self.assertNotContains(labels, "草稿展项")

    def test_the_editor_says_when_the_code_will_appear(self):
        draft = self.draft()
        self.client.force_login(self.admin)
        use_english_admin(self.admin)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
        self.assertContains(response, "data-qr-pending")
        self.assertContains(response, "appears when the page is first published")


class MigrationTests(LifecycleFixture, TestCase):
    """The data migration drops autosave's codes, but never a scanned one."""

    def test_drops_unscanned_codes_of_never_published_pages_only(self):
        unscanned, scanned, withdrawn = self.draft(), self.draft(), self.draft()
        for page in (unscanned, scanned, withdrawn):
            QRCode.for_page(page)
        ScanCount.record(QRCode.objects.get(page=scanned))
        withdrawn.first_published_at = timezone.now()
        withdrawn.save(update_fields=["first_published_at"])
        qr_migration().drop_codes_of_never_published_pages(apps, None)
        self.assertFalse(QRCode.objects.filter(page=unscanned).exists())
        self.assertTrue(QRCode.objects.filter(page=scanned).exists())
        self.assertTrue(QRCode.objects.filter(page=withdrawn).exists())
        self.assertTrue(QRCode.objects.filter(page=self.exhibit).exists())

    def test_remembers_the_museum_or_trail_of_existing_codes(self):
        trail = TrailPageFactory(parent=self.home)
        stop = TrailStopPageFactory(parent=trail)
        QRCode.objects.update(museum_or_trail=None)
        qr_migration().remember_places(apps, None)
        self.assertEqual(QRCode.objects.get(page=self.exhibit).museum_or_trail_id, self.museum.pk)
        self.assertEqual(QRCode.objects.get(page=stop).museum_or_trail_id, trail.pk)
        self.assertIsNone(QRCode.objects.get(page=self.museum).museum_or_trail_id)


class RetiredCodeTests(LifecycleFixture, TestCase):
    """A retired code's "no longer in use" page offers the live museum or trail, in the
    visitor's language, and never the page's own title."""

    def setUp(self):
        self.code = QRCode.objects.get(page=self.exhibit)

    def resolve(self, language):
        return self.client.get(f"/q/{self.code.code}", headers={"accept-language": language})

    def test_unpublished_exhibit_offers_its_museum(self):
        self.exhibit.unpublish()
        response = self.resolve("en")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, 'href="/en/finance-museum/"', status_code=404)
        self.assertContains(response, "Continue your visit: Finance Museum", status_code=404)
        chinese = self.resolve("zh-CN")
        self.assertContains(chinese, 'href="/zh-hans/jinrong/"', status_code=404)
        self.assertNotContains(chinese, "/en/finance-museum/", status_code=404)

    def test_deleted_exhibit_offers_the_museum_it_was_published_in(self):
        self.exhibit.delete()
        response = self.resolve("en")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, 'href="/en/finance-museum/"', status_code=404)

    def test_trail_stop_offers_its_trail(self):
        trail = TrailPageFactory(parent=self.home, slug_en="heritage-walk")
        stop = TrailStopPageFactory(parent=trail)
        self.code = QRCode.objects.get(page=stop)
        stop.delete()
        self.assertContains(self.resolve("en"), 'href="/en/heritage-walk/"', status_code=404)

    def test_no_link_to_a_museum_that_is_not_live_and_public(self):
        self.exhibit.delete()
        self.museum.unpublish()
        self.assertNotContains(self.resolve("en"), "data-qr-place", status_code=404)
        self.museum.save_revision().publish()
        PageViewRestriction.objects.create(
            page=self.museum, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        self.assertNotContains(self.resolve("en"), "data-qr-place", status_code=404)

    def test_a_retired_museum_code_offers_only_the_home_page(self):
        self.code = QRCode.objects.get(page=self.museum)
        self.museum.unpublish()
        response = self.resolve("en")
        self.assertNotContains(response, "data-qr-place", status_code=404)
        self.assertContains(response, 'href="/en/"', status_code=404)

    def test_the_retired_pages_own_english_title_is_not_shown(self):
        self.exhibit.unpublish()
        self.assertNotContains(self.resolve("en"), "Counter", status_code=404)


class RetirementWarningTests(LifecycleFixture, TestCase):
    """Deleting or unpublishing a labelled page warns with its code, number and scans."""

    def setUp(self):
        self.client.force_login(self.admin)
        self.code = QRCode.objects.get(page=self.exhibit)
        today = timezone.localdate()
        ScanCount.objects.create(qr_code=self.code, day=today - datetime.timedelta(days=3), count=5)
        ScanCount.objects.create(
            qr_code=self.code, day=today - datetime.timedelta(days=40), count=9
        )
        self.last_scan = f"{today - datetime.timedelta(days=3):%Y-%m-%d}"

    def assert_warns(self, response, *texts):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "data-qr-retirement")
        for text in (self.code.code, self.code.number, self.last_scan, *texts):
            self.assertContains(response, text)

    def test_delete_confirmation_in_both_admin_languages(self):
        url = reverse("wagtailadmin_pages:delete", args=[self.exhibit.pk])
        self.assert_warns(self.client.get(url))
        use_english_admin(self.admin)
        self.assert_warns(
            self.client.get(url), "5 scans in the last 30 days", "no longer on display"
        )

    def test_deleting_a_museum_lists_its_exhibits_codes(self):
        use_english_admin(self.admin)
        response = self.client.get(reverse("wagtailadmin_pages:delete", args=[self.museum.pk]))
        self.assert_warns(response, "These pages have 2 printed QR labels")

    def test_unpublish_confirmation(self):
        url = reverse("wagtailadmin_pages:unpublish", args=[self.exhibit.pk])
        self.assert_warns(self.client.get(url))
        use_english_admin(self.admin)
        self.assert_warns(self.client.get(url), "While unpublished")

    def test_bulk_delete_and_unpublish(self):
        for action in ("delete", "unpublish"):
            with self.subTest(action=action):
                url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
                response = self.client.get(url, {"id": [self.exhibit.pk]})
                self.assert_warns(response)

    def test_no_warning_without_a_code(self):
        draft = self.draft()
        response = self.client.get(reverse("wagtailadmin_pages:delete", args=[draft.pk]))
        self.assertNotContains(response, "data-qr-retirement")

    def test_deleting_still_works_and_warns_only_once(self):
        url = reverse("wagtailadmin_pages:delete", args=[self.exhibit.pk])
        response = self.client.post(url, follow=True)
        self.assertFalse(ExhibitPage.objects.filter(pk=self.exhibit.pk).exists())
        self.assertNotContains(response, "data-qr-retirement")
