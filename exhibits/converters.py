"""Path converters shared by the features' urls.py: ``<id:page_id>`` is a database id.

Django's ``<int:…>`` accepts any run of digits, and a number past the 64-bit range
makes SQLite raise OverflowError (and PostgreSQL "bigint out of range") instead of
finding nothing. An id has at most 18 digits here, so a longer one never matches the
route and answers 404 like any unknown address.
"""

from django.urls import register_converter


class DatabaseIdConverter:
    """A whole number that fits a 64-bit signed column (1 to 18 digits)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(int(value))


register_converter(DatabaseIdConverter, "id")
