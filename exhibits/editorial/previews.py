"""The editor's preview menu picks the size of the channel chosen (phone, partner embed,
gallery screen); the channels themselves are the page's (exhibits.models.previews)."""

from django.templatetags.static import static
from django.utils.html import format_html, json_script
from wagtail import hooks

from exhibits.models.previews import CHANNEL_SIZES


@hooks.register("insert_editor_js")
def preview_sizes_js():
    return json_script(CHANNEL_SIZES, "preview-channel-sizes") + format_html(
        '<script type="module" src="{}"></script>', static("js/admin/preview-sizes.js")
    )
