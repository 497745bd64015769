"""Reading and writing the bulk files (exhibits.bulk.sheets): text comes back as it was
written, Excel does not run it, and a broken file is refused with a reason."""

import io
import zipfile

from django.test import SimpleTestCase
from django.utils import translation
from openpyxl import Workbook, load_workbook

from exhibits.bulk import sheets

TRICKY = ['=HYPERLINK("https://x.example")', "+1", "-2", "@sum", "'quoted", "\tTab", "普通"]


def xlsx_bytes(rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


class WritingTests(SimpleTestCase):
    def test_csv_cells_are_escaped_and_read_back_unchanged(self):
        """Formula-like cells start with an apostrophe in the file, none after reading."""
        text = sheets.write_csv(["a"], [[value] for value in TRICKY])
        self.assertTrue(text.startswith(sheets.BYTE_ORDER_MARK))
        self.assertIn("'=HYPERLINK", text)
        self.assertIn("''quoted", text)
        table = sheets.read_table("x.csv", text.encode("utf-8"))
        self.assertEqual([cells[0] for _line, cells in table.rows], TRICKY)

    def test_xlsx_stores_formula_like_text_as_text(self):
        data = sheets.write_xlsx(["a", "n"], [[value, 3] for value in TRICKY], "exhibits")
        sheet = load_workbook(io.BytesIO(data)).active
        self.assertEqual(sheet["A2"].data_type, "s")
        table = sheets.read_table("x.xlsx", data)
        self.assertEqual([cells[0] for _line, cells in table.rows], TRICKY)
        self.assertEqual(table.rows[0][1][1], "3")

    def test_xlsx_leaves_out_characters_xml_cannot_hold(self):
        data = sheets.write_xlsx(["a"], [["Word\x0bpaste\x07"]], "exhibits")
        self.assertEqual(sheets.read_table("x.xlsx", data).rows[0][1], ["Wordpaste"])

    def test_line_numbers_skip_empty_rows(self):
        table = sheets.read_table("x.csv", b"id,title\n\n1,a\n,,\n2,b\n")
        self.assertEqual([line for line, _cells in table.rows], [3, 5])

    def test_short_rows_are_padded(self):
        table = sheets.read_table("x.csv", b"id,title,intro\n1,a\n")
        self.assertEqual(table.rows[0][1], ["1", "a", ""])


class BrokenFileTests(SimpleTestCase):
    """Each broken file is refused with a message naming the problem."""

    def refused(self, name, data):
        with translation.override("en"), self.assertRaises(sheets.SheetError) as caught:
            sheets.read_table(name, data)
        return str(caught.exception)

    def test_csv_not_in_utf8(self):
        message = self.refused("x.csv", "id,标题\n1,银行\n".encode("gb18030"))
        self.assertIn("not in UTF-8", message)

    def test_wrong_file_types(self):
        self.assertIn("not a spreadsheet", self.refused("notes.txt", b"id\n1\n"))
        self.assertIn("older or another", self.refused("old.xls", b"\xd0\xcf\x11\xe0"))

    def test_xlsx_that_is_not_a_workbook(self):
        self.assertIn("not a readable .xlsx", self.refused("x.xlsx", b"id,title\n1,a\n"))
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as zipped:
            zipped.writestr("hello.txt", "not a workbook")
        self.assertIn("not a readable .xlsx", self.refused("x.xlsx", archive.getvalue()))

    def test_oversized_upload(self):
        data = b"id\n" + b"1\n" * (sheets.MAX_UPLOAD_BYTES // 2 + 1)
        self.assertIn("largest file accepted", self.refused("x.csv", data))

    def test_ten_thousand_rows_in_csv(self):
        data = ("id,title_zh_hans\n" + "".join(f",页{n}\n" for n in range(10_000))).encode()
        self.assertIn(f"more than {sheets.MAX_ROWS} rows", self.refused("x.csv", data))

    def test_ten_thousand_rows_in_xlsx(self):
        data = xlsx_bytes([["id", "title_zh_hans"]] + [["", f"页{n}"] for n in range(10_000)])
        self.assertIn(f"more than {sheets.MAX_ROWS} rows", self.refused("x.xlsx", data))

    def test_empty_file(self):
        self.assertIn("empty", self.refused("x.csv", b""))
        self.assertIn("empty", self.refused("x.xlsx", xlsx_bytes([])))

    def test_nul_characters(self):
        self.assertIn("NUL", self.refused("x.csv", b"id\n\x00\n"))
