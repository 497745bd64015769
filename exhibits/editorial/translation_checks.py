"""A senior curator marks out-of-date English as "checked, still correct".

The English of a field is out of date when its Chinese changed after it; often the
change (a typo, punctuation) leaves the meaning alone. Whoever holds the
``exhibits.mark_translation_checked`` permission (the Senior curators group) and may edit
the page can say so from the editor's status panel; the mark lasts until the Chinese
changes again and is written to the page's history.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page

from exhibits.models import EnglishStatus
from exhibits.models.translation_status import (
    CHECKED_ACTION,
    field_label,
    mark_checked,
    status_for,
    tracked_fields,
)

PERMISSION = "exhibits.mark_translation_checked"


def can_mark_checked(user, page):
    return user.has_perm(PERMISSION) and page.permissions_for_user(user).can_edit()


@require_POST
def mark_checked_view(request, page_id, field_name):
    page = get_object_or_404(Page, pk=page_id)
    if not can_mark_checked(request.user, page):
        # An answer, not Wagtail's redirect to the dashboard: this is a form's POST target.
        return permission_denied(request, PermissionDenied())
    model = page.specific_class
    if field_name not in tracked_fields(model):
        raise Http404
    label = field_label(model, field_name)
    if status_for(page).statuses(model).get(field_name) != EnglishStatus.STALE:
        messages.warning(
            request,
            _("The English of “%(field)s” is not out of date, so nothing was marked.")
            % {"field": label},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    mark_checked(page, field_name, request.user)
    log(
        instance=page.specific, action=CHECKED_ACTION, user=request.user, data={"field": field_name}
    )
    messages.success(
        request,
        _("The English of “%(field)s” is marked as checked; it stays so until the Chinese changes.")
        % {"field": label},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


class CheckedFormatter(LogFormatter):
    """The page history's line for a mark, naming the field in the reader's language."""

    label = _("Mark English as checked")

    def format_message(self, log_entry):
        model = log_entry.content_type.model_class() if log_entry.content_type_id else None
        name = log_entry.data.get("field", "")
        try:
            label = field_label(model, name) if model else name
        except Exception:  # noqa: BLE001 -- a field removed since the mark was made
            label = name
        return _("English of “%(field)s” checked, still correct") % {"field": label}
