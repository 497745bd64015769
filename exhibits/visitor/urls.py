"""Audio, video and captions for the players, streamed with byte ranges."""

from django.urls import path

from exhibits import converters  # noqa: F401 -- registers <id:…>
from exhibits.visitor import streaming

urlpatterns = [
    path(
        "stream/<id:document_id>/<str:filename>",
        streaming.stream_document,
        name="stream_document",
    ),
]
