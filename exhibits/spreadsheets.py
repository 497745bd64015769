"""Spreadsheet exports that are safe to open in Excel, for the admin's reports.

Wagtail's reports (SpreadsheetExportMixin) write CSV cells as they are, so a page
title or a curator's note such as ``=HYPERLINK("https://x.example", "Click")`` is
run as a formula when the file is opened (CSV injection). Following OWASP, a text
cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
single quote in front, which Excel and LibreOffice show as text. CSV files also
start with a byte-order mark and are sent as ``text/csv; charset=utf-8``: without
them, Excel reads the Chinese as another encoding and shows mojibake.

XLSX needs neither: Wagtail stores a cell that looks like a formula as text, and
the format says its own encoding.

A CSV export streams: its rows are written after the view has returned, when the
admin's language is no longer active, so the stream keeps the view's language.
"""

from django.utils import translation

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"


def neutralise(value):
    """A text cell that a spreadsheet would run as a formula, made plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """Put before Wagtail's report view in the bases: CSV exports neutralise formulas,
    start with a byte-order mark and name their encoding."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise(value)
        return value

    def stream_csv(self, queryset):
        language = translation.get_language()  # the view's, before the response streams
        rows = super().stream_csv(queryset)

        def in_language():
            with translation.override(language):
                yield BYTE_ORDER_MARK
                yield from rows

        return in_language()

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = CSV_CONTENT_TYPE
        return response
