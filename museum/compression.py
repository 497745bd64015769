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
"""

from django.middleware.gzip import GZipMiddleware

COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/geo+json",
    "application/xml",
    "application/javascript",
    "image/svg+xml",
)


class CompressTextMiddleware(GZipMiddleware):
    """GZipMiddleware for complete 200 responses of text types only."""

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").lower()
        if (
            response.status_code != 200
            or response.streaming
            or not content_type.startswith(COMPRESSIBLE_TYPES)
        ):
            return response
        return super().process_response(request, response)
