"""The columns of the bulk files: which page types are exported, which of their fields,
and how each field becomes a cell and a cell a field value again.

One file holds one page type, one row a page. Translated fields have a column per
language (``title_zh_hans``, ``title_en``). Besides the page's fields there are ``id``
(empty for a new page), ``qr_code`` and ``url`` (shown, never imported) and the page the
row sits under (``museum``, ``site_index`` or ``trail``), named by its slug. StreamFields
(body, sources) are their JSON, as Wagtail stores them; a body cell may instead hold
plain text, whose paragraphs (separated by empty lines) become paragraph blocks.
"""

import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.conf import settings
from django.db import models
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField

from exhibits.models import (
    ExhibitPage,
    HeritageSiteIndexPage,
    HeritageSitePage,
    MuseumPage,
    TrailPage,
    TrailStopPage,
)

ID, QR_CODE, URL = "id", "qr_code", "url"
LANGUAGE_SUFFIXES = {code: code.replace("-", "_") for code, _name in settings.LANGUAGES}


@dataclass(frozen=True)
class Column:
    """One column: its header, the model field it fills (none for id, code, URL and
    parent) and what kind of value it holds."""

    header: str
    field: str
    kind: str  # text, int, decimal, choice, stream, link, or one of the fixed columns
    label: str
    model_field: object = None


@dataclass(frozen=True)
class PageTypeSpec:
    """A page type the bulk files cover, its parent and its numbering."""

    key: str
    model: type
    parent_model: type
    parent_column: str
    parent_label: str
    fields: tuple
    numbered_by: tuple = ()  # fields whose values, with the parent, no two pages share
    link_models: tuple = ()  # the page types linked_page may name

    @property
    def label(self):
        return self.model._meta.verbose_name_plural

    def columns(self):
        fixed = [
            Column(ID, "", ID, _("Page id (empty for a new page)")),
            Column(QR_CODE, "", QR_CODE, _("QR code (never changes)")),
            Column(URL, "", URL, _("Address (not imported)")),
            Column(self.parent_column, "", "parent", str(self.parent_label)),
        ]
        return fixed + [column for name in self.fields for column in field_columns(self, name)]


LOCATION = ("latitude", "longitude", "location_certainty", "location_note")
FACT_CHECK = ("fact_check_status", "fact_check_notes", "sources")

SPECS = {
    spec.key: spec
    for spec in (
        PageTypeSpec(
            key="exhibits",
            model=ExhibitPage,
            parent_model=MuseumPage,
            parent_column="museum",
            parent_label=gettext_lazy("Museum (its slug)"),
            fields=(
                "title",
                "kind",
                "position",
                "intro",
                "body",
                "period_start_year",
                "period_end_year",
                "period_label",
                "location_in_museum",
                *FACT_CHECK,
            ),
            numbered_by=("kind", "position"),
        ),
        PageTypeSpec(
            key="sites",
            model=HeritageSitePage,
            parent_model=HeritageSiteIndexPage,
            parent_column="site_index",
            parent_label=gettext_lazy("Heritage site index (its slug)"),
            fields=(
                "title",
                "intro",
                "body",
                "exhibition_themes",
                "address",
                "year_built",
                *HeritageSitePage.description_fields[1:],
                "protection_level",
                *LOCATION,
                *FACT_CHECK,
            ),
        ),
        PageTypeSpec(
            key="stops",
            model=TrailStopPage,
            parent_model=TrailPage,
            parent_column="trail",
            parent_label=gettext_lazy("Trail (its slug)"),
            fields=(
                "title",
                "position",
                "intro",
                "body",
                "linked_page",
                *LOCATION,
                "walk_to_next_m",
                "walk_to_next_minutes",
                "directions_to_next",
                *FACT_CHECK,
            ),
            numbered_by=("position",),
            link_models=(HeritageSitePage, MuseumPage),
        ),
    )
}


def field_columns(spec, name):
    """The column of one field, or one per language for a translated field."""
    model_field = spec.model._meta.get_field(name)
    if isinstance(model_field, StreamField):
        kind = "stream"
    elif isinstance(model_field, models.ForeignKey):
        kind = "link"
    elif model_field.choices:
        kind = "choice"
    elif isinstance(model_field, models.DecimalField):
        kind = "decimal"
    elif isinstance(model_field, models.IntegerField):
        kind = "int"
    else:
        kind = "text"
    label = str(model_field.verbose_name)
    label = label[:1].upper() + label[1:]
    if name not in translator.get_options_for_model(spec.model).all_fields:
        return [Column(name, name, kind, label, model_field)]
    return [
        Column(
            f"{name}_{suffix}",
            build_localized_fieldname(name, code),
            kind,
            f"{label} ({language})",
            spec.model._meta.get_field(build_localized_fieldname(name, code)),
        )
        for code, language in settings.LANGUAGES
        for suffix in [LANGUAGE_SUFFIXES[code]]
    ]


# --- Field values as cells -------------------------------------------------------


def stream_data(column, value):
    """A StreamField's value as Wagtail stores it (a list of blocks with ids)."""
    return column.model_field.stream_block.get_prep_value(value) if value else []


def without_ids(data):
    """Stream data without the block ids, which say nothing about the content."""
    if isinstance(data, list):
        return [without_ids(item) for item in data]
    if isinstance(data, dict):
        keys = set(data)
        drop = {"id"} if {"type", "value"} <= keys else set()
        return {key: without_ids(item) for key, item in data.items() if key not in drop}
    return data


def cell_value(column, page, links):
    """What the export writes for a field of a page (``links``: {page id: slug})."""
    value = getattr(page, column.field)
    if column.kind == "stream":
        data = stream_data(column, value)
        return json.dumps(data, ensure_ascii=False) if data else ""
    if column.kind == "link":
        return links.get(getattr(page, f"{column.field}_id"), "")
    if column.kind == "decimal":
        return float(value) if value is not None else ""
    if value is None:
        return ""
    return value


# --- Cells as field values -------------------------------------------------------


class CellError(ValueError):
    """A cell that cannot become the field's value; the message is for the curator."""


def parse_cell(column, text, links):
    """The field value a cell holds, or CellError. ``links``: {slug or title: page}."""
    parse = PARSERS[column.kind]
    return parse(column, text, links)


def parse_text(column, text, links):
    return normalised_text(text)


def normalised_text(text):
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


def parse_int(column, text, links):
    text = text.strip()
    if not text:
        if column.model_field.null:
            return None
        raise CellError(_("A number is needed."))
    try:
        return int(text)
    except ValueError:
        raise CellError(_("“%(value)s” is not a whole number.") % {"value": text}) from None


def parse_decimal(column, text, links):
    text = text.strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError(_("“%(value)s” is not a number of degrees.") % {"value": text}) from None
    if not number.is_finite():
        raise CellError(_("“%(value)s” is not a number of degrees.") % {"value": text})
    places = Decimal(1).scaleb(-column.model_field.decimal_places)
    number = number.quantize(places, rounding=ROUND_HALF_UP)
    for validator in column.model_field.validators:
        limit = getattr(validator, "limit_value", None)
        if limit is not None and validator.compare(number, limit):
            raise CellError(
                _("%(value)s is outside %(low)s to %(high)s: is it a position in WGS-84?")
                % {"value": text, **degree_range(column)}
            )
    return number


def degree_range(column):
    limits = [
        validator.limit_value
        for validator in column.model_field.validators
        if hasattr(validator, "limit_value")
    ]
    return {"low": min(limits), "high": max(limits)}


def parse_choice(column, text, links):
    text = text.strip()
    for value, label in column.model_field.choices:
        if text.casefold() in (str(value).casefold(), str(label).casefold()):
            return value
    if not text and column.model_field.has_default():
        return column.model_field.get_default()
    allowed = ", ".join(str(value) for value, _label in column.model_field.choices)
    raise CellError(
        _("“%(value)s” is not one of: %(allowed)s.") % {"value": text, "allowed": allowed}
    )


def parse_stream(column, text, links):
    text = text.strip()
    block = column.model_field.stream_block
    if not text:
        return block.to_python([])
    if text.startswith("["):
        try:
            data = json.loads(text)
        except ValueError as error:
            raise CellError(
                _("The JSON of this cell cannot be read: %(error)s") % {"error": error}
            ) from None
    elif "paragraph" in block.child_blocks:
        data = [
            {"type": "paragraph", "value": "<p>" + escape(part).replace("\n", "<br/>") + "</p>"}
            for part in normalised_text(text).split("\n\n")
            if part.strip()
        ]
    else:
        raise CellError(_("This column takes the blocks as JSON, as the export writes them."))
    if not isinstance(data, list) or not all(
        isinstance(item, dict) and "type" in item and "value" in item for item in data
    ):
        raise CellError(_("The JSON must be a list of blocks, each with a “type” and a “value”."))
    unknown = sorted({str(item["type"]) for item in data} - set(block.child_blocks))
    if unknown:
        raise CellError(_("Unknown block types: %(types)s.") % {"types": ", ".join(unknown)})
    try:
        return block.to_python(data)
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise CellError(_("The blocks cannot be read: %(error)s") % {"error": error}) from None


def parse_link(column, text, links):
    text = text.strip()
    if not text:
        return None
    pages = links.get(text, ())
    if len(pages) == 1:
        return pages[0]
    if not pages:
        raise CellError(_("No heritage site or museum is called “%(value)s”.") % {"value": text})
    raise CellError(_("Several pages are called “%(value)s”: use the slug.") % {"value": text})


PARSERS = {
    "text": parse_text,
    "int": parse_int,
    "decimal": parse_decimal,
    "choice": parse_choice,
    "stream": parse_stream,
    "link": parse_link,
}


def same_value(column, old, new):
    """Whether a page's value and a parsed cell say the same thing."""
    if column.kind == "stream":
        return without_ids(stream_data(column, old)) == without_ids(stream_data(column, new))
    if column.kind == "text":
        return normalised_text(old) == normalised_text(new)
    if column.kind == "link":
        return old == getattr(new, "pk", None)
    return old == new


def current_value(column, page):
    """A page's value of a column's field (a linked page by its id)."""
    if column.kind == "link":
        return getattr(page, f"{column.field}_id")
    return getattr(page, column.field)
