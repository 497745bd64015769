"""The weight of a page's draft on a phone, for the pre-publish check: its phone view
rendered in one language, gzip-compressed, plus the stylesheets and scripts it loads
(read from the static files, each weighed once per process), measured as
tests/test_delivery.py measures live pages, against the same budget."""

import functools
import logging
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest

from exhibits import page_weight

logger = logging.getLogger("museum.editorial")


@functools.lru_cache(maxsize=256)
def static_file(url):
    """The bytes of a static file by its URL, or None when it is not one of ours."""
    if not url.startswith(settings.STATIC_URL):
        return None
    name = url[len(settings.STATIC_URL) :].split("?")[0]
    try:
        with staticfiles_storage.open(name) as source:
            return source.read()
    except (OSError, ValueError):
        path = finders.find(name)
        if not path:
            return None
        with open(path, "rb") as source:
            return source.read()


@functools.lru_cache(maxsize=256)
def asset_weight(url):
    """Gzip bytes of a static file and of the modules it imports, as pairs (url, bytes)."""
    data = static_file(url)
    if data is None:
        return ()
    weights = [(url, page_weight.gzip_size(data))]
    if url.split("?")[0].endswith((".js", ".mjs")):
        for found in page_weight.module_imports(data.decode("utf-8", "replace")):
            weights.extend(asset_weight(urljoin(url, found)))
    return tuple(weights)


def preview_request(page):
    """A plain GET of the page by an anonymous visitor, as the preview renders it."""
    request = HttpRequest()
    request.method = "GET"
    origin = urlsplit(settings.MUSEUM_PUBLIC_URL)
    request.META.update(
        {
            "SERVER_NAME": origin.hostname,
            "SERVER_PORT": str(origin.port or (443 if origin.scheme == "https" else 80)),
            "HTTP_HOST": origin.netloc,
            "wsgi.url_scheme": origin.scheme,
        }
    )
    request.path = request.path_info = page.url_path
    request.user = AnonymousUser()
    return request


def phone_weight(page, language):
    """Bytes a phone downloads for the page in ``language``; None for a page not yet in
    the tree (the create view) or one that does not render (its preview says why)."""
    if page.pk is None:
        return None
    try:
        response = page.serve_preview(preview_request(page), language)
    except Exception:  # noqa: BLE001 -- a draft that cannot render must not break its editor
        logger.warning("page %s could not be weighed", page.pk, exc_info=True)
        return None
    if response.status_code != 200:
        return None
    html = response.content
    assets = {}
    for url in page_weight.asset_urls(html.decode("utf-8", "replace")):
        assets.update(asset_weight(url))
    return page_weight.gzip_size(html) + sum(assets.values())
