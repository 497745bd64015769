"""Audio, video and captions for the players, streamed with byte ranges."""

from django.urls import path

from exhibits.visitor import streaming

urlpatterns = [
    path(
        "stream/<int:document_id>/<str:filename>",
        streaming.stream_document,
        name="stream_document",
    ),
]
