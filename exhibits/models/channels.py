"""The embed channel: a page type with ``embeddable = True`` has an embed view at
`<page url>embed/` that renders its own template inside `layouts/embed.html`, with the
partner's theme and accent, and a frame policy that lets only registered partners' pages
frame it. Also the oEmbed discovery link on the page itself.
"""

from urllib.parse import urlencode

from django.http import Http404
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from exhibits import public_urls
from exhibits.models.partners import Partner

EMBED_ROUTE = "embed"
THEMES = ("light", "dark")
# Accent colours partners may pick; the names are the parameter values, the CSS
# classes carry the colours, so nothing from the query string reaches a style.
ACCENTS = ("cinnabar", "jade", "indigo", "ochre", "ink")
DEFAULT_THEME = "light"
DEFAULT_ACCENT = "cinnabar"
# The iframe's width without embed.js, in CSS pixels (each page type sets its height).
DEFAULT_WIDTH = 600


def choice(value, allowed, default):
    return value if value in allowed else default


def embed_options(request):
    """The theme and accent asked for in the query string, checked against the allowlists."""
    return {
        "theme": choice(request.GET.get("theme"), THEMES, DEFAULT_THEME),
        "accent": choice(request.GET.get("accent"), ACCENTS, DEFAULT_ACCENT),
    }


def frame_ancestors():
    """The CSP frame-ancestors source list of embed views: ourselves and active partners."""
    return " ".join(["'self'", *Partner.active_origins()])


def embed_response_headers(response):
    """Let the registered partners, and nobody else, frame this response."""
    # The site's middleware (django-csp's) writes the visitor-page policy with this
    # directive in place of its own, as django-csp's csp_replace decorator asks.
    response._csp_replace = {"frame-ancestors": frame_ancestors().split()}
    # X-Frame-Options cannot name origins; browsers follow frame-ancestors instead.
    response.xframe_options_exempt = True
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


class EmbedChannelMixin(RoutablePageMixin):
    """Gives a page type its embed view when it sets ``embeddable = True``."""

    embeddable = False
    # The iframe's height without embed.js, in CSS pixels.
    embed_height = 640

    def embed_url(self, language, request=None, full=True):
        """The page's embed view in one language."""
        if full:
            url = public_urls.page_url(self, request, language)
        else:
            with translation.override(language):
                url = self.get_url(request)
        return f"{url}{EMBED_ROUTE}/"

    def get_route_paths(self):
        """The page's URLs besides its own, kept working by redirects when it moves."""
        return ["/", f"/{EMBED_ROUTE}/"] if self.embeddable else ["/"]

    @path(f"{EMBED_ROUTE}/", name="embed")
    def embed_view(self, request):
        """`<page url>embed/`: the page in partner chrome, framed by partners only."""
        if not self.embeddable:
            raise Http404
        return embed_response_headers(Page.serve(self, request, embed=True))

    def embed_context(self, request, embed=False):
        """What the templates need to render the page as an embed, or to advertise its oEmbed."""
        context = {"embed": embed}
        if not self.embeddable:
            return context
        full_url = public_urls.page_url(self, request)
        if not full_url:
            return context
        context["oembed_url"] = (
            f"{reverse('oembed')}?{urlencode({'url': full_url, 'format': 'json'})}"
        )
        if embed:
            context.update(embed_chrome(request, full_url))
        return context


def embed_chrome(request, full_url):
    """What ``layouts/embed.html`` reads: the theme and accent asked for, the link back to
    the full page, and the partners' origins that embed.js may talk to."""
    return {
        **embed_options(request),
        "embed": True,
        "full_page_url": full_url,
        "embed_language": translation.get_language(),
        "layout": "layouts/embed.html",
        "embed_parent_origins": frame_ancestors().replace("'self'", "").split(),
    }
