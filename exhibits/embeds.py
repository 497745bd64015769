"""Embed views for partners: which pages have one, their theme and accent, and the frame
policy that lets only registered partners' pages frame them.

A page's embed view is `<page url>embed/`, routed by BasePage.route; it renders the page's
own template inside `layouts/embed.html`.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from exhibits import public_urls

EMBED_ROUTE = "embed"
# Page types with an embed view (app_label.model_name).
EMBEDDABLE_MODELS = frozenset(
    {
        "exhibits.museumpage",
        "exhibits.exhibitpage",
        "exhibits.heritagesitepage",
        "exhibits.trailpage",
        "exhibits.trailstoppage",
    }
)
THEMES = ("light", "dark")
# Accent colours partners may pick; the names are the parameter values, the CSS
# classes carry the colours, so nothing from the query string reaches a style.
ACCENTS = ("cinnabar", "jade", "indigo", "ochre", "ink")
DEFAULT_THEME = "light"
DEFAULT_ACCENT = "cinnabar"
# Fixed heights for the iframe without embed.js, in CSS pixels.
DEFAULT_WIDTH = 600
DEFAULT_HEIGHTS = {"exhibits.trailpage": 900}
DEFAULT_HEIGHT = 640


def is_embeddable(page):
    return page._meta.label_lower in EMBEDDABLE_MODELS


def choice(value, allowed, default):
    return value if value in allowed else default


def embed_options(request):
    """The theme and accent asked for in the query string, checked against the allowlists."""
    return {
        "theme": choice(request.GET.get("theme"), THEMES, DEFAULT_THEME),
        "accent": choice(request.GET.get("accent"), ACCENTS, DEFAULT_ACCENT),
    }


def default_height(page):
    return DEFAULT_HEIGHTS.get(page._meta.label_lower, DEFAULT_HEIGHT)


def embed_url(page, language, request=None, full=True):
    """The page's embed view in one language."""
    if full:
        url = public_urls.page_url(page, request, language)
    else:
        with translation.override(language):
            url = page.get_url(request)
    return f"{url}{EMBED_ROUTE}/"


def frame_ancestors():
    """The CSP frame-ancestors source list of embed views: ourselves and active partners."""
    from exhibits.models import Partner  # models import this module

    return " ".join(["'self'", *Partner.active_origins()])


def embed_response_headers(response):
    """Let the registered partners, and nobody else, frame this response."""
    response["Content-Security-Policy"] = f"frame-ancestors {frame_ancestors()}"
    # X-Frame-Options cannot name origins; browsers follow frame-ancestors instead.
    response.xframe_options_exempt = True
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


def page_context(page, request, embed=False):
    """What the templates need to render a page as an embed, or to advertise its oEmbed."""
    context = {"embed": embed}
    if not is_embeddable(page):
        return context
    language = translation.get_language()
    full_url = public_urls.page_url(page, request)
    if not full_url:
        return context
    context["oembed_url"] = f"{reverse('oembed')}?{urlencode({'url': full_url, 'format': 'json'})}"
    if embed:
        context.update(embed_options(request))
        context["full_page_url"] = full_url
        context["embed_language"] = language
        context["layout"] = "layouts/embed.html"
        context["embed_parent_origins"] = frame_ancestors().replace("'self'", "").split()
    return context


def snippets(page, request=None):
    """Copy-paste HTML for a page's embed in each language: iframe alone, and with embed.js."""
    result = []
    for code, name in settings.LANGUAGES:
        src = embed_url(page, code, request)
        with translation.override(code):
            title = page.title
        height = default_height(page)
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
