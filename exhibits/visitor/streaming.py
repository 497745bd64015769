"""Audio, video and caption files for players, with HTTP range requests.

Wagtail's document view sends whole files as attachments. Browsers need byte
ranges to seek in a recording, and iOS (so WeChat on iPhones) will not play
audio or video from a server that does not offer them. Only documents in
collections without view restrictions are served here.

A recording can be hundreds of megabytes and is public, so no request may hold
more than one chunk of it in memory: every range is streamed from the open
file, and HEAD opens no file at all. Behind nginx, setting
``MUSEUM_MEDIA_ACCEL_PREFIX`` hands the bytes (and the ranges) to the proxy
with ``X-Accel-Redirect``; the README's deploy section has the location block.
"""

import os
import re
from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model

STREAMED_TYPES = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".aac": "audio/aac",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".vtt": "text/vtt",
}
RANGE_PATTERN = re.compile(r"^bytes=(\d*)-(\d*)$")
# The most a request reads from the file at once, and so the most it holds.
CHUNK_SIZE = 64 * 1024
MAX_AGE = 24 * 60 * 60


def parse_range(header, size):
    """(start, end) inclusive for a single satisfiable range, None for no range,
    or "invalid" for a range that cannot be served."""
    if not header:
        return None
    match = RANGE_PATTERN.match(header.strip())
    if not match or not any(match.groups()):
        return None  # multiple or malformed ranges: send the whole file
    first, last = match.groups()
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
    else:  # the final N bytes
        length = int(last)
        if length == 0:
            return "invalid"
        start, end = max(size - length, 0), size - 1
    if start >= size or start > end:
        return "invalid"
    return start, end


def if_range_holds(header, etag, last_modified):
    """Whether a Range request's If-Range validator still names this file (RFC 9110 13.1.5).

    An entity tag must match strongly; a date must equal Last-Modified. Without
    If-Range the range always applies.
    """
    if not header:
        return True
    header = header.strip()
    if header.startswith(('"', "W/")):
        return header == etag
    return parse_http_date_safe(header) == last_modified


class FileRange:
    """Part of an open file, read at most ``CHUNK_SIZE`` bytes at a time.

    A file-like object for FileResponse: ``read`` never goes past the range and
    ``close`` closes the underlying file, which the WSGI server calls when the
    response ends, finished or not. It has no ``fileno`` on purpose, so that no
    server's sendfile sends past the range.
    """

    def __init__(self, handle, start, length):
        self.handle = handle
        self.remaining = length
        handle.seek(start)

    def read(self, size=-1):
        if self.remaining <= 0:
            return b""
        limit = CHUNK_SIZE if size is None or size < 0 else min(size, CHUNK_SIZE)
        chunk = self.handle.read(min(limit, self.remaining))
        self.remaining -= len(chunk)
        if not chunk:
            self.remaining = 0
        return chunk

    def close(self):
        self.handle.close()


def accel_response(document, content_type):
    """An empty answer that tells nginx to send the file itself (ranges included)."""
    prefix = settings.MUSEUM_MEDIA_ACCEL_PREFIX.rstrip("/")
    response = HttpResponse(content_type=content_type)
    response["X-Accel-Redirect"] = quote(f"{prefix}/{document.file.name}")
    return response


@require_safe
def stream_document(request, document_id, filename):
    """A player's file, whole or by byte range, shown inline."""
    document = get_object_or_404(get_document_model(), pk=document_id)
    extension = os.path.splitext(document.file.name)[1].lower()
    if extension not in STREAMED_TYPES or filename != os.path.basename(document.file.name):
        raise Http404
    if document.collection.get_view_restrictions().exists():
        raise Http404
    try:
        size = document.file.size
    except OSError as error:
        raise Http404 from error

    last_modified = int(document.created_at.timestamp())
    etag = f'"{document.pk}-{size}-{last_modified}"'
    content_type = STREAMED_TYPES[extension]
    # If-None-Match (one tag, a list, or *) and If-Modified-Since: 304 with no file opened.
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None and getattr(settings, "MUSEUM_MEDIA_ACCEL_PREFIX", ""):
        response = accel_response(document, content_type)
    if response is None:
        response = file_response(request, document, size, content_type, etag, last_modified)
    if response.status_code in (200, 206, 304):
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        patch_cache_control(response, public=True, max_age=MAX_AGE)
    if response.status_code in (200, 206):
        response["Accept-Ranges"] = "bytes"
        response["Content-Disposition"] = "inline"
        response["Content-Security-Policy"] = "default-src 'none'"
    return response


def file_response(request, document, size, content_type, etag, last_modified):
    """The whole file (200), one range of it (206), or 416; streamed, never read whole."""
    byte_range = None
    if if_range_holds(request.headers.get("If-Range"), etag, last_modified):
        byte_range = parse_range(request.headers.get("Range"), size)
    if byte_range == "invalid":
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    start, end = byte_range or (0, size - 1)
    length = end - start + 1
    if request.method == "HEAD":
        # The headers a GET would send, without opening the file.
        response = HttpResponse(status=206 if byte_range else 200, content_type=content_type)
    elif byte_range is None:
        response = FileResponse(document.file.open("rb"), content_type=content_type)
        response.block_size = CHUNK_SIZE
    else:
        handle = document.file.open("rb")
        try:
            body = FileRange(handle, start, length)
        except OSError:
            handle.close()
            raise
        response = FileResponse(body, status=206, content_type=content_type)
        response.block_size = CHUNK_SIZE
    if byte_range:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(length)
    return response
