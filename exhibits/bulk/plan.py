"""The import's dry run: what each row of a file would do (``drafts.py`` saves it).

A row with a page id updates that page, a row without one creates a page under the
named parent. Either way the result is a new draft revision: nothing is published, and a
live page keeps showing its live content until someone publishes the draft (through the
workflow, as after any edit). A file with any rejected row imports nothing; the
confirmation plans the file again and saves only a plan identical to the one shown.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from exhibits.bulk.columns import (
    ID,
    QR_CODE,
    SPECS,
    CellError,
    current_value,
    parse_cell,
    same_value,
)
from exhibits.bulk.export import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    as_edited,
    model_fields,
    names_of,
    revision_contents,
)
from exhibits.models import FactCheckStatus, QRCode
from exhibits.models.base import is_blank
from exhibits.models.page_form import (
    NEEDS_SENIOR_CURATOR,
    NEEDS_SOURCE,
    can_verify_facts,
    stream_has_sources,
)
from exhibits.models.page_slugs import completed_slugs, slug_field, title_field

CREATE, UPDATE, UNCHANGED, REJECTED = "create", "update", "unchanged", "rejected"
TREE_FIELDS = ["path", "depth", "numchild", "url_path"]
# Saving a page takes a tenth of a second or so (its tree, revision, search and reference
# indexes): the import saves at most this many in its one request and transaction.
MAX_CHANGES = 100


@dataclass
class RowPlan:
    """What one row would do, and why not if it is rejected."""

    line: int
    action: str = UNCHANGED
    page: object = None  # the page as it would be saved (unsaved for a new page)
    parent: object = None
    revision_id: int = None  # the revision an existing page was compared with
    changed: list = field(default_factory=list)  # the columns whose values change
    errors: list = field(default_factory=list)

    @property
    def title(self):
        return getattr(self.page, title_field(DEFAULT_LANGUAGE), "") if self.page else ""


@dataclass
class ImportPlan:
    spec: object
    errors: list = field(default_factory=list)  # about the whole file
    rows: list = field(default_factory=list)

    @property
    def counts(self):
        return Counter(row.action for row in self.rows)

    @property
    def can_import(self):
        return not self.errors and not self.counts[REJECTED] and bool(self.changes)

    @property
    def changes(self):
        return [row for row in self.rows if row.action in (CREATE, UPDATE)]


def check_headers(spec, headers):
    """Errors about the header row: unknown, repeated or missing columns."""
    known = {column.header for column in spec.columns()}
    errors = []
    unknown = [header for header in headers if header not in known]
    if unknown:
        errors.append(
            _("Unknown columns: %(columns)s. The header row must use the export's column names.")
            % {"columns": ", ".join(f"“{header}”" for header in unknown)}
        )
        for other in SPECS.values():
            if other is not spec and set(headers) <= {c.header for c in other.columns()}:
                errors.append(
                    _("This looks like a file of %(kind)s: choose that page type.")
                    % {"kind": other.label}
                )
    repeated = sorted(header for header, count in Counter(headers).items() if count > 1)
    if repeated:
        errors.append(_("Repeated columns: %(columns)s.") % {"columns": ", ".join(repeated)})
    if ID not in headers:
        errors.append(_("The “id” column is missing (leave its cells empty for new pages)."))
    return errors


def build_plan(spec, table, user):
    """The dry run of a table read from a file: one RowPlan per row."""
    plan = ImportPlan(spec, errors=check_headers(spec, table.headers))
    if plan.errors:
        return plan
    columns = {column.header: column for column in spec.columns()}
    used = [columns[header] for header in table.headers]
    ids = [cells[table.headers.index(ID)].strip() for _line, cells in table.rows]
    pages = spec.model.objects.in_bulk([int(value) for value in ids if value.isdigit()])
    parents = list(spec.parent_model.objects.all())
    context = {
        "user": user,
        "pages": pages,
        "contents": revision_contents(pages.values()),
        "fields": model_fields(spec),
        "codes": dict(QRCode.objects.filter(page_id__in=pages).values_list("page_id", "code")),
        "parents": names_of(parents),
        "parent_paths": {parent.path: parent for parent in parents},
        "may_add": {},
        "links": names_of(page for model in spec.link_models for page in model.objects.all()),
        "may_verify": can_verify_facts(user),
    }
    for line, cells in table.rows:
        cells = dict(zip(table.headers, cells, strict=True))
        plan.rows.append(plan_row(spec, line, cells, used, context))
    check_repeats(plan)
    check_numbers(plan)
    for row in plan.rows:
        if row.errors:
            row.action = REJECTED
    if len(plan.changes) > MAX_CHANGES:
        plan.errors.append(
            _(
                "This file would create or change %(count)s pages; one import saves at most "
                "%(limit)s. Split the file (rows without changes may stay in every part)."
            )
            % {"count": len(plan.changes), "limit": MAX_CHANGES}
        )
    return plan


def plan_row(spec, line, cells, used, context):
    """What one row would do. Only a row that changes something is checked against the
    curator's permissions and the model's rules, on the page's latest revision."""
    row = RowPlan(line)
    page = find_page(spec, row, cells[ID].strip(), context)
    row.parent = find_parent(spec, row, cells.get(spec.parent_column, "").strip(), page, context)
    check_code(row, cells.get(QR_CODE, "").strip(), page, context)
    if page is None:
        row.page = spec.model(owner=context["user"])
    else:
        row.page = as_edited(page, context["contents"], context["fields"])
        row.revision_id = page.latest_revision_id
    was_verified = page is not None and row.page.fact_check_status == FactCheckStatus.VERIFIED
    values = {}
    for column in used:
        if not column.field:
            continue
        try:
            value = parse_cell(column, cells[column.header], context["links"])
        except CellError as error:
            row.errors.append(f"{column.label}: {error}")
            continue
        if page is None:
            values[column.field] = value
            if not is_blank(value) and value != column.model_field.get_default():
                row.changed.append(column)
        elif not same_value(column, current_value(column, row.page), value):
            values[column.field] = value
            row.changed.append(column)
    if row.errors or (page is not None and not values):
        return row
    if page is not None:
        check_may_edit(row, page, context)
        if page.has_unpublished_changes and page.latest_revision_id:
            row.page = page.get_latest_revision_as_object()
    for name, value in values.items():
        setattr(row.page, name, value)
    check_fact_check(row, was_verified, context)
    validate(row, page)
    row.action = UPDATE if page else CREATE
    return row


def find_page(spec, row, text, context):
    if not text:
        return None
    page = context["pages"].get(int(text)) if text.isdigit() else None
    if page is None:
        row.errors.append(
            _("There is no %(kind)s with the id “%(id)s”.")
            % {"kind": spec.model._meta.verbose_name, "id": text}
        )
    return page


def check_may_edit(row, page, context):
    permissions = page.permissions_for_user(context["user"])
    if not permissions.can_edit():
        row.errors.append(_("You may not edit “%(title)s”.") % {"title": page.title})
    elif permissions.page_locked():
        row.errors.append(_("“%(title)s” is locked.") % {"title": page.title})


def find_parent(spec, row, text, page, context):
    """The page the row sits under; a new page needs one the user may add pages to."""
    current = context["parent_paths"].get(page.path[: -Page.steplen]) if page else None
    if not text:
        if page is None and not row.errors:
            row.errors.append(
                _("A new page needs the %(column)s column.") % {"column": spec.parent_column}
            )
        return current
    candidates = context["parents"].get(text, [])
    if len(candidates) != 1:
        message = (
            _("No %(kind)s is called “%(value)s”.")
            if not candidates
            else _("Several pages are called “%(value)s”: use the slug.")
        )
        row.errors.append(message % {"kind": spec.parent_model._meta.verbose_name, "value": text})
        return current
    parent = candidates[0]
    if page is not None:
        if current is not None and parent.pk != current.pk:
            row.errors.append(
                _("The import does not move pages: move “%(title)s” in the page explorer.")
                % {"title": page.title}
            )
        return current
    may_add = context["may_add"]
    if parent.pk not in may_add:
        may_add[parent.pk] = parent.permissions_for_user(context["user"]).can_add_subpage()
    if not may_add[parent.pk]:
        row.errors.append(_("You may not add pages under “%(title)s”.") % {"title": parent.title})
    elif not spec.model.can_create_at(parent):
        row.errors.append(
            _("A %(kind)s cannot be added under “%(title)s”.")
            % {"kind": spec.model._meta.verbose_name, "title": parent.title}
        )
    return parent


def check_code(row, text, page, context):
    """QR codes are given on first publishing and never change: the column is a check."""
    if not text:
        return
    if page is None:
        row.errors.append(_("A new page gets its QR code when it is first published."))
    elif context["codes"].get(page.pk) != text:
        row.errors.append(
            _("The QR code “%(code)s” is not this page's; QR codes never change.") % {"code": text}
        )


def check_fact_check(row, was_verified, context):
    """'Verified' needs a source and a senior curator, as in the editor."""
    draft = row.page
    if draft.fact_check_status != FactCheckStatus.VERIFIED:
        draft.fact_checked_by = None
        draft.fact_checked_at = None
        return
    streams = [draft.sources] + [
        getattr(draft, build_localized_fieldname("body", code)) for code in LANGUAGES
    ]
    if not any(stream_has_sources(stream) for stream in streams):
        row.errors.append(str(NEEDS_SOURCE))
    if not was_verified:
        if not context["may_verify"]:
            row.errors.append(str(NEEDS_SENIOR_CURATOR))
        draft.fact_checked_by = context["user"]
        draft.fact_checked_at = timezone.now()


def fill_slugs(page, parent):
    """Slugs from the titles, as the editor fills them: unique among the siblings."""
    slugs = {code: getattr(page, slug_field(code)) or "" for code in LANGUAGES}
    titles = {code: getattr(page, title_field(code)) or "" for code in LANGUAGES}
    for code, slug in completed_slugs(slugs, titles, parent, page.pk).items():
        setattr(page, slug_field(code), slug)


def validate(row, page):
    """The model's own checks, as on saving in the editor."""
    draft = row.page
    if not getattr(draft, title_field(DEFAULT_LANGUAGE), ""):
        row.errors.append(_("A page needs its Chinese title."))
        return
    try:
        if page is None:
            if row.parent is None:
                return
            draft._cached_parent_obj = row.parent
            fill_slugs(draft, row.parent)
            draft.full_clean(exclude=TREE_FIELDS)
        else:
            draft.full_clean()
    except ValidationError as error:
        row.errors.extend(error_messages(type(draft), error))


def error_messages(model, error):
    if not hasattr(error, "error_dict"):
        return [str(message) for message in error.messages]
    messages = []
    for name, errors in error.message_dict.items():
        try:
            label = str(model._meta.get_field(name).verbose_name)
        except Exception:  # noqa: BLE001 -- NON_FIELD_ERRORS and the like have no field
            label = ""
        messages.extend(f"{label}: {message}" if label else message for message in errors)
    return messages


def check_repeats(plan):
    """Two rows for one page would leave only the second's changes."""
    seen = {}
    for row in plan.rows:
        if row.page is None or row.page.pk is None:
            continue
        if row.page.pk in seen:
            row.errors.append(
                _("Row %(row)s already has the page id %(id)s.")
                % {"row": seen[row.page.pk], "id": row.page.pk}
            )
        seen.setdefault(row.page.pk, row.line)


def check_numbers(plan):
    """A new or renumbered page may not share its number with another page of its
    parent: neither another row nor a page the file leaves alone."""
    spec = plan.spec
    if not spec.numbered_by:
        return
    in_file = {row.page.pk for row in plan.rows if row.page is not None and row.page.pk}
    holders = {}
    for pk, path, *numbers in spec.model.objects.exclude(pk__in=in_file).values_list(
        "pk", "path", *spec.numbered_by
    ):
        holders.setdefault((path[: -Page.steplen], *numbers), []).append(_("page id %s") % pk)
    keyed = []
    for row in plan.rows:
        if row.page is None or row.parent is None or row.errors:
            continue
        key = (row.parent.path, *(getattr(row.page, name) for name in spec.numbered_by))
        holders.setdefault(key, []).append(_("row %s") % row.line)
        numbering = set(spec.numbered_by)
        if row.page.pk is None or any(column.field in numbering for column in row.changed):
            keyed.append((row, key))
    for row, key in keyed:
        others = [holder for holder in holders[key] if holder != _("row %s") % row.line]
        if others:
            row.errors.append(
                _("Its number %(number)s is also given to %(others)s in “%(parent)s”.")
                % {
                    "number": " ".join(str(value) for value in key[1:]),
                    "others": ", ".join(others),
                    "parent": row.parent.title,
                }
            )
