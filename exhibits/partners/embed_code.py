"""The copy-paste HTML a partner puts on their page to show one of ours: an iframe
alone, or a placeholder that embed.js turns into a self-sizing iframe."""

from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import escape

from exhibits import public_urls
from exhibits.models.channels import DEFAULT_ACCENT


def snippets(page, request=None, programmes=False):
    """Copy-paste HTML for a page's embed in each language: iframe alone, and with embed.js.
    With ``programmes``, of its upcoming-programmes embed instead (ProgrammeListingMixin)."""
    result = []
    for code, name in settings.LANGUAGES:
        if programmes:
            src = f"{page.programmes_url(code, request)}embed/"
        else:
            src = page.embed_url(code, request)
        with translation.override(code):
            title = page.title
        height = page.programme_embed_height if programmes else page.embed_height
        iframe = (
            f'<iframe src="{src}" title="{escape(title)}" width="100%" height="{height}" '
            f'style="border:0;max-width:100%" loading="lazy"></iframe>'
        )
        script_src = public_urls.absolute(static("js/embed.js"))
        script = (
            f'<div data-museum-embed="{src}" data-theme="light" data-accent="{DEFAULT_ACCENT}" '
            f'data-title="{escape(title)}"></div>\n'
            f'<script src="{script_src}" async></script>'
        )
        result.append({"code": code, "name": name, "iframe": iframe, "script": script})
    return result
