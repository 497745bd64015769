"""Template filter for absolute URLs on the public origin (MUSEUM_PUBLIC_URL)."""

from django import template

from exhibits import public_urls

register = template.Library()


@register.filter
def public_url(url):
    """A path (``request.path``, a rendition's URL) as an absolute URL on the public origin."""
    return public_urls.file_url(str(url)) if url else ""
