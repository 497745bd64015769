"""The editor's preview: the draft as each channel shows it, in either language.

Phone (the default), phone with large text, the partner embed (``embeddable``
types) and the gallery screen (``on_gallery_screens`` types, drawn by the kiosk
feature, which registers its renderer here because the content model may not
import a feature). Previews are Wagtail's: only editors reach them, and they
render the draft without publishing it.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

PHONE = "phone"
LARGE_TEXT = "large-text"
SCREEN = "screen"
EMBED = "embed"
CHANNEL_LABELS = {
    PHONE: _("Phone"),
    LARGE_TEXT: _("Phone, large text"),
    SCREEN: _("Gallery screen"),
    EMBED: _("Partner embed"),
}
# The widths of the preview's size buttons, in CSS pixels: a common phone, the embed's
# iframe without embed.js (exhibits.models.channels.DEFAULT_WIDTH) and a landscape screen.
PREVIEW_SIZES = (
    ("mobile", "mobile-alt", 390, _("Preview at phone size")),
    ("embed", "tablet-alt", 600, _("Preview at partner embed size")),
    ("screen", "desktop", 1920, _("Preview at gallery screen size (1920 × 1080)")),
)
# The size each channel opens at (museum/static/js/admin/preview-sizes.js selects it).
CHANNEL_SIZES = {PHONE: "mobile", LARGE_TEXT: "mobile", SCREEN: "screen", EMBED: "embed"}

# {channel: renderer(request, page, language) -> response} for channels a feature draws.
preview_renderers = {}


def register_preview_renderer(channel, renderer):
    """Let a feature draw one channel's preview (the kiosk draws the gallery screen)."""
    preview_renderers[channel] = renderer


def mode_name(channel, language):
    """The phone's modes are the bare language codes; the others are "<channel>:<code>"."""
    return language if channel == PHONE else f"{channel}:{language}"


def parse_mode(name):
    """(channel, language) of a mode name; an unknown one is the default phone preview."""
    channel, _sep, language = (name or "").rpartition(":")
    channel = channel or PHONE
    if language not in dict(settings.LANGUAGES) or channel not in CHANNEL_LABELS:
        return PHONE, settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return channel, language


class ChannelPreviewMixin:
    """The preview modes and sizes of a visitor page; mixed into BasePage."""

    # Shown on the gallery screens of its museum (the kiosk's loop and explore list).
    on_gallery_screens = False

    def preview_channels(self):
        channels = [PHONE, LARGE_TEXT]
        if self.on_gallery_screens and SCREEN in preview_renderers:
            channels.append(SCREEN)
        if self.embeddable:
            channels.append(EMBED)
        return channels

    @property
    def preview_modes(self):
        """The mode menu: every channel of the page, each in either language."""
        return [
            (mode_name(channel, code), f"{CHANNEL_LABELS[channel]} · {name}")
            for channel in self.preview_channels()
            for code, name in settings.LANGUAGES
        ]

    @property
    def default_preview_mode(self):
        return settings.MODELTRANSLATION_DEFAULT_LANGUAGE

    @property
    def preview_sizes(self):
        return [
            {"name": name, "icon": icon, "device_width": width, "label": label}
            for name, icon, width, label in PREVIEW_SIZES
        ]

    def serve_preview(self, request, mode_name):
        channel, language = parse_mode(mode_name)
        if channel not in self.preview_channels():
            channel = PHONE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            request.is_preview = True
            request.preview_mode = mode_name
            if channel in preview_renderers:
                response = preview_renderers[channel](request, self, language)
            else:
                context = self.get_context(request, embed=channel == EMBED)
                context["large_text"] = channel == LARGE_TEXT
                response = TemplateResponse(request, self.get_template(request), context)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
        return response
