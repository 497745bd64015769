"""Gzip for the text the product generates: visitor HTML, JSON, GeoJSON, the sitemap.

Django's GZipMiddleware, limited to whole (non-streaming) 200 responses of text
types: recordings, images and byte ranges pass untouched (compressing a 206 would
break its Content-Range, and media gain nothing). Static files never get here:
WhiteNoise, further out, serves its own precompressed .gz and .br files.

It sits outside RevalidateVisitorPagesMiddleware, so the ETag is computed over
the uncompressed page and stays stable (gzip output differs between requests:
Django pads it at random against BREACH). Django marks the ETag of a compressed
response weak (``W/"..."``); If-None-Match compares weakly, so a phone that sends
the weak tag back still gets its 304.

The page cache (museum.page_cache) keeps a gzipped copy of each entry, made once
with the rules below, and hands a hit over already encoded, which this leaves alone.
"""

from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/geo+json",
    "application/xml",
    "application/javascript",
    "image/svg+xml",
)

# GZipMiddleware leaves shorter bodies alone: not worth compressing.
MIN_COMPRESSED_LENGTH = 200


def compressible(response):
    """Whether gzip applies to this response: a complete 200 of a text type, not yet encoded."""
    content_type = response.get("Content-Type", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and content_type.startswith(COMPRESSIBLE_TYPES)
        and not response.has_header("Content-Encoding")
    )


def accepts_gzip(request):
    return bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def gzipped_if_shorter(content):
    """The body gzipped (without padding), or None when gzip is not worth it: when the
    body is short, or when the padding Django adds against BREACH (a random filename of
    up to ``max_random_bytes``) could make it as long as the body. Deciding without the
    random part means a page is compressed always or never, whether it is rendered or
    comes from the page cache."""
    if len(content) < MIN_COMPRESSED_LENGTH:
        return None
    gzipped = compress_string(content)
    if len(gzipped) + GZipMiddleware.max_random_bytes >= len(content):
        return None
    return gzipped


class CompressTextMiddleware(GZipMiddleware):
    """GZipMiddleware for complete 200 responses of text types only, deciding as
    ``gzipped_if_shorter`` does."""

    def process_response(self, request, response):
        if not compressible(response):
            return response
        if accepts_gzip(request) and gzipped_if_shorter(response.content) is None:
            if len(response.content) >= MIN_COMPRESSED_LENGTH:
                patch_vary_headers(response, ("Accept-Encoding",))
            return response
        return super().process_response(request, response)
