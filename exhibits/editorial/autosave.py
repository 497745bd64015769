"""The editor's own autosaves count as its own: see museum/static/js/admin/autosave-revision.js
and the stale check in exhibits.models.page_form."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def autosave_revision_js():
    return format_html(
        '<script type="module" src="{}"></script>', static("js/admin/autosave-revision.js")
    )
