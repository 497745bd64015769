"""The editor's slug suggestions: as a curator types a title, the slug of that language
follows it (pinyin for Chinese) until the curator edits the slug by hand."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.decorators.http import require_GET
from wagtail import hooks
from wagtail.models import Page

from exhibits.models.page_slugs import LANGUAGES, suggested_slug

MAX_TITLE_LENGTH = 255


@require_GET
def suggest_slug(request):
    """JSON {"slug", "live"} for ?title=&language= and either ?page= (editing) or ?parent=."""
    language = request.GET.get("language")
    if language not in LANGUAGES:
        return JsonResponse({"error": "unknown language"}, status=400)
    title = request.GET.get("title", "")[:MAX_TITLE_LENGTH]
    page_id = request.GET.get("page", "")
    parent_id = request.GET.get("parent", "")
    if page_id.isdigit():
        page = get_object_or_404(Page, pk=page_id)
        parent, page_pk, live = page.get_parent(), page.pk, page.live
    elif parent_id.isdigit():
        parent, page_pk, live = get_object_or_404(Page, pk=parent_id), None, False
    else:
        return JsonResponse({"error": "page or parent needed"}, status=400)
    return JsonResponse({"slug": suggested_slug(title, language, parent, page_pk), "live": live})


@hooks.register("register_admin_urls")
def register_slug_suggestion_url():
    return [path("slugs/suggest/", suggest_slug, name="exhibits_suggest_slug")]


@hooks.register("insert_editor_js")
def slug_sync_js():
    return format_html(
        '<script src="{}" data-suggest-url="{}" data-languages="{}" defer></script>',
        static("js/admin/slug-sync.js"),
        reverse("exhibits_suggest_slug"),
        " ".join(LANGUAGES),
    )
