"""Gzip for the text the product generates: visitor HTML, JSON, GeoJSON, the sitemap.

Django's GZipMiddleware (its padding against BREACH included), limited to whole
(non-streaming) 200 responses of text types, compressing each body once:
recordings, images and byte ranges pass untouched (compressing a 206 would break
its Content-Range, and media gain nothing). Static files never get here:
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
# Django's random padding against BREACH: a filename of 1 to this many bytes.
MAX_PADDING = GZipMiddleware.max_random_bytes
GZIP_HEADER_LENGTH = 10


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


def worth_compressing(content_length, gzipped_length):
    """Whether a body is sent gzipped: when it is long enough, and gzip (without
    Django's BREACH padding, a random filename of up to ``max_random_bytes``) shortens
    it by more than the padding could add. Deciding without the random part means a
    page is compressed always or never, whether it is rendered or comes from the page
    cache."""
    return content_length >= MIN_COMPRESSED_LENGTH and gzipped_length + MAX_PADDING < content_length


def gzipped_if_shorter(content):
    """The body gzipped (without padding), or None when it is not worth it."""
    if len(content) < MIN_COMPRESSED_LENGTH:
        return None
    gzipped = compress_string(content)
    return gzipped if worth_compressing(len(content), len(gzipped)) else None


def padding_length(padded):
    """How many bytes ``compress_string(..., max_random_bytes=...)`` added to the gzip
    stream: the FNAME field after the 10-byte header, up to and with its NUL."""
    return padded.index(b"\x00", GZIP_HEADER_LENGTH) + 1 - GZIP_HEADER_LENGTH


def encode(response, gzipped):
    """``response`` sent as ``gzipped``, with the headers GZipMiddleware sets."""
    response.content = gzipped
    response.headers["Content-Length"] = str(len(gzipped))
    response.headers["Content-Encoding"] = "gzip"
    # A strong ETag of the identity body becomes weak (RFC 9110 8.8.1); If-None-Match
    # compares weakly, so the tag still revalidates.
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response.headers["ETag"] = "W/" + etag
    return response


class CompressTextMiddleware:
    """GZipMiddleware for complete 200 responses of text types only, deciding as
    ``worth_compressing`` does, and compressing each body once (with the padding)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.process_response(request, self.get_response(request))

    def process_response(self, request, response):
        if not compressible(response) or len(response.content) < MIN_COMPRESSED_LENGTH:
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        if not accepts_gzip(request):
            return response
        content = response.content
        padded = compress_string(content, max_random_bytes=MAX_PADDING)
        if not worth_compressing(len(content), len(padded) - padding_length(padded)):
            return response
        return encode(response, padded)
