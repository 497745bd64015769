"""Template tags for visitor pages."""

import json
import os

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from exhibits.map_svg import trail_map_svg
from exhibits.visitor.streaming import STREAMED_TYPES

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


@register.simple_tag
def trail_map(points, title):
    """The schematic SVG map of a trail's stops (see exhibits.map_svg)."""
    # Safe: trail_map_svg builds the markup itself and escapes every text in it.
    return mark_safe(trail_map_svg(points, title))  # noqa: S308 -- texts escaped inside


@register.filter
def km(metres):
    """1234 -> "1.2"; used as "{{ value|km }} km"."""
    return f"{(metres or 0) / 1000:.1f}"


# What may not appear raw inside a <script> element: "</script>" or "<!--" would end or
# confuse it (the escapes Django's json_script uses).
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """schema.org structured data as a <script type="application/ld+json"> data block
    (see exhibits.models.structured_data); nothing when there is none."""
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder, separators=(",", ":"))
    # Safe: the JSON has every character that could end the element escaped.
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(SCRIPT_ESCAPES)),  # noqa: S308 -- escaped above
    )
