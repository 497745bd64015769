"""The export: one row per page of a type, as the editor shows it (its latest revision,
draft changes included), so that importing the file unchanged changes nothing."""

import copy

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

from exhibits.bulk.columns import ID, QR_CODE, URL, cell_value
from exhibits.models import QRCode

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def slug_in(page, code=DEFAULT_LANGUAGE):
    return getattr(page, build_localized_fieldname("slug", code)) or ""


def names_of(pages):
    """{slug or title in any language: [pages]}: how a cell may name a parent or a link."""
    names = {}
    for page in pages:
        keys = {slug_in(page, code) for code in LANGUAGES}
        keys |= {
            getattr(page, build_localized_fieldname("title", code)) or "" for code in LANGUAGES
        }
        for key in keys - {""}:
            names.setdefault(key, []).append(page)
    return names


def link_slugs(spec):
    """{page id: slug} of the pages a linked_page column may name."""
    return {page.pk: slug_in(page) for model in spec.link_models for page in model.objects.all()}


def pages_for(spec, user):
    """The pages of the type that the user may see in the page explorer, in tree order."""
    explorable = PagePermissionPolicy().explorable_instances(user)
    return spec.model.objects.filter(pk__in=explorable.values("pk")).order_by("path")


def revision_contents(pages):
    """{revision id: content} of the latest revisions of pages with unpublished changes,
    in one query."""
    ids = [page.latest_revision_id for page in pages if page.has_unpublished_changes]
    return dict(
        Revision.objects.filter(pk__in=[pk for pk in ids if pk]).values_list("pk", "content")
    )


def as_edited(page, contents, model_fields):
    """The page with these fields as its latest revision has them, read from the
    revision's content without loading the whole revision (its page, its links)."""
    content = contents.get(page.latest_revision_id) if page.has_unpublished_changes else None
    if content is None:
        return page
    edited = copy.copy(page)
    for field in model_fields:
        if field.name not in content:
            continue
        if field.is_relation:
            setattr(edited, field.attname, content[field.name])
        else:
            setattr(edited, field.attname, field.to_python(content[field.name]))
    return edited


def model_fields(spec):
    return [column.model_field for column in spec.columns() if column.field]


def export_rows(spec, pages, request=None):
    """The header row and one row per page."""
    columns = spec.columns()
    pages = list(pages)
    parent_paths = {page.path[: -Page.steplen] for page in pages}
    parents = {
        parent.path: parent for parent in spec.parent_model.objects.filter(path__in=parent_paths)
    }
    codes = dict(
        QRCode.objects.filter(page_id__in=[page.pk for page in pages]).values_list(
            "page_id", "code"
        )
    )
    links = link_slugs(spec)
    contents = revision_contents(pages)
    fields = model_fields(spec)
    rows = []
    for page in pages:
        edited = as_edited(page, contents, fields)
        parent = parents.get(page.path[: -Page.steplen])
        fixed = {
            ID: page.pk,
            QR_CODE: codes.get(page.pk, ""),
            URL: page.get_full_url(request) or "",
            spec.parent_column: slug_in(parent) if parent else "",
        }
        rows.append(
            [
                fixed[column.header] if not column.field else cell_value(column, edited, links)
                for column in columns
            ]
        )
    return [column.header for column in columns], rows
