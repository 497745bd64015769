"""The bulk import's files as tables of text: reading an uploaded CSV or XLSX file into a
header row and data rows, and writing them back out. Plain Python (no models).

Every limit is checked before the work it guards: the upload's size before reading, the
unpacked size of an XLSX file (a zip archive) before opening it, the number of rows while
reading. A file that breaks one gets a ``SheetError`` whose message says, in the admin's
language, what is wrong and how to fix it.

CSV cells go through ``exhibits.spreadsheets``: a cell that Excel would run as a formula
(or that starts with an apostrophe) gets an apostrophe in front, which reading removes
again, so every exported text comes back unchanged. XLSX cells are written as text cells
and need no escaping.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from exhibits.spreadsheets import BYTE_ORDER_MARK, neutralise

CSV = "csv"
XLSX = "xlsx"
FORMATS = (CSV, XLSX)

MAX_UPLOAD_BYTES = 4 * 1024 * 1024
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_ROWS = 1000
MAX_COLUMNS = 120
ESCAPE = "'"

# A long body in JSON is larger than the csv module's default limit of 128 KB a cell.
csv.field_size_limit(MAX_UPLOAD_BYTES)


class SheetError(Exception):
    """A file that cannot be read as a table; the message is for the curator."""


@dataclass
class Table:
    """A file's header row and its non-empty data rows, each with its row number in the
    file (the header is row 1), every cell as text."""

    headers: list
    rows: list = field(default_factory=list)


def cell_text(value):
    """A cell as text: numbers without a spurious ``.0``, nothing as an empty string."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def escape_csv(value):
    """A text cell that Excel would run, or one starting with the escape itself, gets
    the escape in front; ``unescape_csv`` undoes it."""
    if not isinstance(value, str):
        return value
    if value.startswith(ESCAPE):
        return ESCAPE + value
    return neutralise(value)


def unescape_csv(value):
    return value[len(ESCAPE) :] if value.startswith(ESCAPE) else value


def read_table(name, data):
    """The table in an uploaded file, by its extension; raises SheetError."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise SheetError(too_large_message(len(data)))
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension == CSV:
        rows = read_csv_rows(data)
    elif extension == XLSX:
        rows = read_xlsx_rows(data)
    elif extension in ("xls", "ods", "numbers"):
        raise SheetError(
            _("“%(name)s” is in an older or another spreadsheet format. Save it as .xlsx or CSV.")
            % {"name": name}
        )
    else:
        raise SheetError(
            _("“%(name)s” is not a spreadsheet: upload an .xlsx or .csv file.") % {"name": name}
        )
    return table_of(rows)


def too_large_message(size):
    return _("The file is %(size)s MB; the largest file accepted is %(limit)s MB.") % {
        "size": f"{size / 1024 / 1024:.1f}",
        "limit": MAX_UPLOAD_BYTES // 1024 // 1024,
    }


def too_many_rows_message():
    return _(
        "The file has more than %(limit)s rows. Import at most %(limit)s pages at a time: "
        "split the file."
    ) % {"limit": MAX_ROWS}


def read_csv_rows(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SheetError(
            _(
                "The CSV file is not in UTF-8 (byte %(position)s). In Excel choose "
                "“Save as” → “CSV UTF-8”, or upload the .xlsx file instead."
            )
            % {"position": error.start + 1}
        ) from error
    if "\x00" in text:
        raise SheetError(_("The CSV file contains NUL characters: it is not a text file."))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            yield [unescape_csv(cell) for cell in row]
    except csv.Error as error:
        raise SheetError(
            _("Line %(line)s of the CSV file cannot be read: %(error)s")
            % {"line": reader.line_num, "error": error}
        ) from error


def read_xlsx_rows(data):
    not_xlsx = _("The file is not a readable .xlsx workbook. Save it again from Excel as .xlsx.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise SheetError(not_xlsx) from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise SheetError(
            _("The workbook unpacks to more than %(limit)s MB; import fewer pages at a time.")
            % {"limit": MAX_UNPACKED_BYTES // 1024 // 1024}
        )
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 -- openpyxl raises many kinds for broken files
        raise SheetError(not_xlsx) from error
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1):
            yield [cell_text(value) for value in row]
    except SheetError:
        raise
    except Exception as error:  # noqa: BLE001 -- a damaged sheet fails while it is read
        raise SheetError(not_xlsx) from error
    finally:
        workbook.close()


def table_of(rows):
    """The header row and the non-empty rows after it, stopping past MAX_ROWS."""
    rows = iter(rows)
    headers = next(rows, None)
    while headers is not None and not any(cell.strip() for cell in headers):
        headers = next(rows, None)
    if headers is None:
        raise SheetError(_("The file is empty: it has no header row."))
    headers = [cell.strip() for cell in headers]
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) > MAX_COLUMNS:
        raise SheetError(_("The file has more than %(limit)s columns.") % {"limit": MAX_COLUMNS})
    table = Table(headers=headers)
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(table.rows) == MAX_ROWS:
            raise SheetError(too_many_rows_message())
        cells = list(row[: len(headers)]) + [""] * (len(headers) - len(row))
        table.rows.append((number, cells))
    return table


def write_csv(headers, rows):
    """CSV text that Excel opens as UTF-8, with formula-like cells escaped."""
    out = io.StringIO(newline="")
    out.write(BYTE_ORDER_MARK)
    writer = csv.writer(out)
    writer.writerow(headers)
    for row in rows:
        writer.writerow([escape_csv(cell_text(value)) for value in row])
    return out.getvalue()


def write_xlsx(headers, rows, title):
    """An XLSX workbook, its header row bold and frozen, every text cell stored as text."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row in rows:
        # XML cannot hold most control characters (a vertical tab pasted from Word):
        # the workbook leaves them out, where CSV keeps them.
        sheet.append(
            [
                ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
                for value in row
            ]
        )
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                # openpyxl would store "=…" as a formula.
                cell.data_type = "s"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
