"""The gallery screen in the editor's preview: the draft of an exhibit as a landscape
screen (1920 × 1080) shows it once a visitor taps it, drawn from the same feed entry
the kiosk app reads, in one language. Server-rendered and without the app's script,
so the preview neither polls the live feed nor reports as a screen."""

from django.template.response import TemplateResponse

from exhibits.kiosk import feed as feeds
from exhibits.models.previews import SCREEN, register_preview_renderer

ORIENTATION = "landscape"


def screen_preview(request, page, language):
    """The draft ``page`` in the kiosk's explore view, in ``language``."""
    entry = feeds.exhibit_entry(page, ORIENTATION, feeds.kind_labels_in_both_languages())
    parent = page.get_parent()
    museum = feeds.translated(parent.specific, "title") if parent else {language: ""}
    body = entry["body"][language] or [entry["intro"][language]]
    return TemplateResponse(
        request,
        "exhibits/kiosk/preview.html",
        {
            "page": page,
            "kiosk_language": language,
            "museum_title": museum[language],
            "kind": entry["kind"][language],
            "title": entry["title"][language],
            "period": entry["period"][language],
            "location": entry["location"][language],
            "paragraphs": [text for text in body if text],
            "image": entry["image"],
            "alt": entry["image"]["alt"][language] if entry["image"] else "",
        },
    )


register_preview_renderer(SCREEN, screen_preview)
