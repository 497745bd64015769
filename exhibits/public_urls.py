"""Absolute URLs on the public origin, and the Wagtail Site record kept in line with it.

``MUSEUM_PUBLIC_URL`` (say ``https://museum.example.cn``) is the one origin of every
absolute URL the product prints or serves: QR codes, the sitemap, the API, oEmbed,
the embed code, GeoJSON and Open Graph. Never the request's host (a proxy or a
health check may call us by an internal name) and never the Site record alone
(Wagtail's seed leaves it at ``localhost:80``); ``sync_default_site`` makes the
Site record agree, for the links Wagtail itself builds (admin "View live").
"""

from contextlib import nullcontext
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.utils import translation

DEFAULT_PORTS = {"http": 80, "https": 443}


def origin():
    """The public origin, ``scheme://host[:port]`` without a trailing slash."""
    return settings.MUSEUM_PUBLIC_URL.rstrip("/")


def absolute(url):
    """``url`` (a path, or an absolute URL on any host) moved onto the public origin."""
    parts = urlsplit(url)
    return origin() + urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))


def page_url(page, request=None, language=None):
    """The page's public URL in ``language`` (default: the active one); None if unroutable."""
    with translation.override(language) if language else nullcontext():
        url = page.get_url(request)
    return absolute(url) if url else None


def site_address():
    """The (hostname, port) the default Wagtail Site should have for the public origin."""
    parts = urlsplit(origin())
    return parts.hostname, parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def sync_default_site():
    """Point the default Site at the public origin's host and port; the Site, or None.

    Wagtail infers the scheme from the port (443 is https, anything else http), so
    https on a port other than 443 cannot be expressed in the Site record; the URLs
    built here do not depend on it.
    """
    from wagtail.models import Site  # models import modules that import this one

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = site_address()
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site


def file_url(url):
    """A stored file's URL on the public origin; already absolute (a storage on another
    host, say) stays as it is."""
    if urlsplit(url).scheme in DEFAULT_PORTS:
        return url
    return absolute(url)
