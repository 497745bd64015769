"""Audio, video and caption files for players, with HTTP range requests.

Wagtail's document view sends whole files as attachments. Browsers need byte
ranges to seek in a recording, and iOS (so WeChat on iPhones) will not play
audio or video from a server that does not offer them. Only documents in
collections without view restrictions are served here.
"""

import os
import re

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model

STREAMED_TYPES = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".aac": "audio/aac",
    ".mp4": "video/mp4",
    ".vtt": "text/vtt",
}
RANGE_PATTERN = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


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


def read_range(handle, start, end):
    handle.seek(start)
    remaining = end - start + 1
    while remaining > 0:
        chunk = handle.read(min(CHUNK, remaining))
        if not chunk:
            break
        remaining -= len(chunk)
        yield chunk
    handle.close()


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

    etag = f'"{document.pk}-{size}-{int(document.created_at.timestamp())}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
        response["ETag"] = etag
        return response

    content_type = STREAMED_TYPES[extension]
    byte_range = parse_range(request.headers.get("Range"), size)
    if byte_range == "invalid":
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    handle = document.file.open("rb")
    if byte_range is None:
        response = FileResponse(handle, content_type=content_type)
        response["Content-Length"] = str(size)
    else:
        start, end = byte_range
        response = HttpResponse(
            b"".join(read_range(handle, start, end)) if request.method != "HEAD" else b"",
            status=206,
            content_type=content_type,
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    response["ETag"] = etag
    response["Last-Modified"] = http_date(document.created_at.timestamp())
    response["Content-Disposition"] = "inline"
    response["Content-Security-Policy"] = "default-src 'none'"
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response
