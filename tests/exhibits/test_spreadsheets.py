"""The admin's CSV exports (Reports → Fact check, Reports → QR scans) open safely in
Excel: no cell runs as a formula, and the Chinese is read as UTF-8."""

import csv
import io

from django.contrib.auth import get_user_model
from django.test import SimpleTestCase, TestCase
from django.urls import reverse
from openpyxl import load_workbook

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import QRCode
from exhibits.spreadsheets import neutralise
from tests.base import build_home

HYPERLINK = '=HYPERLINK("https://x.example/steal","点击查看")'


class NeutraliseTests(SimpleTestCase):
    """Text that a spreadsheet would run gets a single quote in front (OWASP)."""

    def test_formula_starts_are_quoted(self):
        for value in (HYPERLINK, "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
            with self.subTest(value=value):
                self.assertEqual(neutralise(value), "'" + value)

    def test_everything_else_is_left_alone(self):
        for value in ("美丰银行", "a=b", " =x", "", 5, -5, None):
            with self.subTest(value=value):
                self.assertEqual(neutralise(value), value)


class ExportFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home, title_zh_hans="金融博物馆")
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum,
            title_zh_hans=HYPERLINK,
            fact_check_notes="@SUM(1+1) 待核对",
        )
        cls.plain = ExhibitPageFactory(parent=cls.museum, title_zh_hans="美丰银行柜台")
        cls.user = get_user_model().objects.create_superuser("admin", password="pw")

    def setUp(self):
        self.client.force_login(self.user)

    def export(self, url_name, export_format):
        response = self.client.get(reverse(url_name), {"export": export_format})
        self.assertEqual(response.status_code, 200)
        return response, b"".join(response.streaming_content)

    def csv_rows(self, url_name):
        response, body = self.export(url_name, "csv")
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertTrue(body.startswith(b"\xef\xbb\xbf"), body[:20])
        return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))

    def xlsx_cells(self, url_name):
        _response, body = self.export(url_name, "xlsx")
        sheet = load_workbook(io.BytesIO(body)).active
        return [cell for row in sheet.iter_rows() for cell in row]


class FactCheckExportTests(ExportFixture, TestCase):
    def test_csv_cells_cannot_run_as_formulas(self):
        """A title or note starting with = or @ was written as it is: Excel ran it."""
        cells = [cell for row in self.csv_rows("exhibits_fact_check") for cell in row]
        self.assertIn("'" + HYPERLINK, cells)
        self.assertIn("'@SUM(1+1) 待核对", cells)
        self.assertIn("美丰银行柜台", cells)
        self.assertFalse([cell for cell in cells if cell.startswith(("=", "+", "-", "@"))])

    def test_xlsx_keeps_formula_like_text_as_text(self):
        """XLSX needs no quote: Wagtail stores such a cell as a string, never a formula."""
        cells = self.xlsx_cells("exhibits_fact_check")
        title = next(cell for cell in cells if cell.value == HYPERLINK)
        self.assertEqual(title.data_type, "s")
        self.assertFalse([cell for cell in cells if cell.data_type == "f"])


class ScanExportTests(ExportFixture, TestCase):
    def test_csv_cells_cannot_run_as_formulas(self):
        """The label column holds the page's title as it was when the code was made."""
        self.assertTrue(QRCode.objects.filter(label=HYPERLINK).exists())
        rows = self.csv_rows("exhibits_qr_scans")
        cells = [cell for row in rows for cell in row]
        self.assertIn("'" + HYPERLINK, cells)
        self.assertIn("金融博物馆", cells)
        self.assertFalse([cell for cell in cells if cell.startswith(("=", "+", "-", "@"))])

    def test_xlsx_keeps_formula_like_text_as_text(self):
        cells = self.xlsx_cells("exhibits_qr_scans")
        self.assertFalse([cell for cell in cells if cell.data_type == "f"])
        self.assertIn(HYPERLINK, [cell.value for cell in cells])
