import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from exhibits.factories import (
    ExhibitPageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import QRCode, ScanCount
from tests.base import build_home


class QRAdminFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home, title_zh_hans="重庆金融历史博物馆", title_en="Financial History Museum"
        )
        cls.exhibits = [
            ExhibitPageFactory(
                parent=cls.museum, title_zh_hans=f"场景{n}", title_en=f"Scene {n}", position=n
            )
            for n in (1, 2, 3)
        ]
        cls.other_museum = MuseumPageFactory(parent=cls.home)
        cls.other_exhibit = ExhibitPageFactory(parent=cls.other_museum)
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stops = [TrailStopPageFactory(parent=cls.trail, position=n) for n in (1, 2)]
        cls.admin = get_user_model().objects.create_superuser("admin", password="pw")

    def setUp(self):
        self.client.force_login(self.admin)


class QRPanelTests(QRAdminFixture, TestCase):
    """The page editor shows the code, its number, images and label links."""

    def test_editor_shows_the_code(self):
        code = QRCode.objects.get(page=self.exhibits[0])
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.exhibits[0].pk]))
        self.assertContains(response, code.code)
        self.assertContains(response, code.number)
        self.assertContains(response, f"/q/{code.code}.svg?download=1")
        self.assertContains(response, f"/q/{code.code}.png?download=1")
        self.assertContains(response, f"?page={self.exhibits[0].pk}")

    def test_museum_editor_offers_the_whole_museum(self):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.museum.pk]))
        self.assertContains(response, f"?museum={self.museum.pk}")


@pytest.mark.template_contexts
class LabelSheetTests(QRAdminFixture, TestCase):
    """Label sheets hold one label per page, for a museum, a trail or chosen pages."""

    def labels(self, **params):
        return self.client.get(reverse("exhibits_qr_labels"), params)

    def test_museum_sheet_has_the_museum_and_its_exhibits(self):
        response = self.labels(museum=self.museum.pk)
        self.assertEqual(len(response.context["labels"]), 4)
        for exhibit in self.exhibits:
            code = QRCode.objects.get(page=exhibit)
            self.assertContains(response, exhibit.title_zh_hans)
            self.assertContains(response, exhibit.title_en)
            self.assertContains(response, f'<dd class="label__code">{code.code}</dd>', html=True)
            self.assertContains(
                response, f'<dd class="label__number">{code.number}</dd>', html=True
            )
            self.assertContains(response, code.display_url)
        self.assertNotContains(response, self.other_exhibit.title_zh_hans)
        self.assertContains(response, "重庆金融历史博物馆")

    def test_trail_and_chosen_pages(self):
        self.assertEqual(len(self.labels(trail=self.trail.pk).context["labels"]), 2)
        response = self.client.get(
            reverse("exhibits_qr_labels"), {"page": [self.exhibits[0].pk, self.stops[1].pk, "x"]}
        )
        self.assertEqual(len(response.context["labels"]), 2)

    def test_bulk_action_opens_the_sheet(self):
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "print_qr_labels"))
        response = self.client.get(url, {"id": [self.exhibits[0].pk, self.exhibits[1].pk]})
        self.assertRedirects(
            response,
            f"{reverse('exhibits_qr_labels')}?page={self.exhibits[0].pk}&page={self.exhibits[1].pk}",
            fetch_redirect_response=False,
        )

    def test_visitors_cannot_print_labels(self):
        self.client.logout()
        self.assertEqual(self.labels(museum=self.museum.pk).status_code, 302)


@pytest.mark.template_contexts
class ScanReportTests(QRAdminFixture, TestCase):
    """Curators see scans per code over the last 30 days, by museum, as a table or CSV."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        today = timezone.localdate()
        first = QRCode.objects.get(page=cls.exhibits[0])
        other = QRCode.objects.get(page=cls.other_exhibit)
        ScanCount.objects.create(qr_code=first, day=today, count=7)
        ScanCount.objects.create(qr_code=first, day=today - datetime.timedelta(days=29), count=3)
        ScanCount.objects.create(qr_code=first, day=today - datetime.timedelta(days=30), count=100)
        ScanCount.objects.create(qr_code=other, day=today, count=2)
        cls.first, cls.other = first, other

    def test_report_counts_the_last_30_days(self):
        response = self.client.get(reverse("exhibits_qr_scans"))
        rows = {code.code: code for code in response.context["codes"]}
        self.assertEqual(rows[self.first.code].scans, 10)
        self.assertEqual(rows[self.other.code].scans, 2)
        self.assertEqual(rows[self.first.code].museum_title, "重庆金融历史博物馆")
        self.assertEqual(response.context["total"], 12)

    def test_report_filters_by_museum(self):
        response = self.client.get(reverse("exhibits_qr_scans"), {"museum": self.museum.pk})
        codes = {code.code for code in response.context["codes"]}
        self.assertIn(self.first.code, codes)
        self.assertNotIn(self.other.code, codes)
        self.assertEqual(response.context["total"], 10)

    def test_csv_download(self):
        response = self.client.get(reverse("exhibits_qr_scans"), {"export": "csv"})
        text = response.getvalue().decode()
        self.assertIn(self.first.code, text)
        self.assertIn("10", text)
