"""``{% translation_status_panel %}``: the English status of each field in the page
editor's status side panel, with "Mark as checked" for senior curators (see
exhibits/editorial/translation_checks.py)."""

from django import template
from django.middleware.csrf import get_token

from exhibits.editorial.translation_checks import can_mark_checked
from exhibits.models import BasePage
from exhibits.models.translation_status import field_label, status_for

register = template.Library()


@register.inclusion_tag("exhibits/admin/translation_status_side_panel.html", takes_context=True)
def translation_status_panel(context):
    page = context.get("page")
    request = context.get("request")
    if page is None or request is None or page.pk is None or not isinstance(page, BasePage):
        return {"fields": []}
    model = type(page)
    fields = [
        {"name": name, "label": field_label(model, name), "status": value}
        for name, value in status_for(page).statuses(model).items()
    ]
    return {
        "page": page,
        "fields": fields,
        "needs_attention": [field for field in fields if field["status"] in ("missing", "stale")],
        "has_stale": any(field["status"] == "stale" for field in fields),
        "can_mark": can_mark_checked(request.user, page),
        "csrf_token": get_token(request),
        "badges": {
            field["name"]: {"status": str(field["status"]), "text": str(field["status"].label)}
            for field in fields
        },
    }
