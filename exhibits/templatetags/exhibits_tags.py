"""Template tags for visitor pages."""

import os

from django import template
from django.urls import reverse

from exhibits.media_views import STREAMED_TYPES

register = template.Library()


@register.filter
def player_url(document):
    """Where an audio or video player should load a document from: the range-capable
    stream for recordings and captions, Wagtail's own URL for anything else."""
    if document is None:
        return ""
    filename = os.path.basename(document.file.name)
    if os.path.splitext(filename)[1].lower() in STREAMED_TYPES:
        return reverse("stream_document", args=[document.pk, filename])
    return document.url
