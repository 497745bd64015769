import gc
import os
import warnings
from unittest import mock

from django.core.files.base import ContentFile
from django.core.signals import request_finished
from django.db import close_old_connections
from django.test import RequestFactory, TestCase, override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction

from exhibits.templatetags.exhibits_tags import player_url
from exhibits.visitor import streaming

AUDIO = bytes(range(256)) * 40  # 10,240 bytes


def close(response):
    """Close a response the way a WSGI server does, keeping the test's database connection.

    Only for responses from the view itself: the test client wraps streaming
    responses in an iterator whose own close reconnects the signal.
    """
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


class StreamTests(TestCase):
    """Recordings are served inline with byte ranges, so players can seek (and iOS plays them)."""

    @classmethod
    def setUpTestData(cls):
        Document = get_document_model()
        cls.audio = Document(title="Narration")
        cls.audio.file.save("narration.mp3", ContentFile(AUDIO), save=True)
        cls.pdf = Document(title="Leaflet")
        cls.pdf.file.save("leaflet.pdf", ContentFile(b"%PDF-1.4"), save=True)
        cls.url = player_url(cls.audio)

    def test_whole_file(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(b"".join(response.streaming_content), AUDIO)
        self.assertEqual(response["Accept-Ranges"], "bytes")
        self.assertEqual(response["Content-Type"], "audio/mpeg")
        self.assertEqual(response["Content-Disposition"], "inline")

    def test_byte_ranges(self):
        cases = {
            "bytes=100-199": (100, 199),
            "bytes=10000-": (10000, 10239),
            "bytes=-40": (10200, 10239),
            "bytes=10200-99999": (10200, 10239),
        }
        for header, (start, end) in cases.items():
            with self.subTest(range=header):
                response = self.client.get(self.url, headers={"range": header})
                self.assertEqual(response.status_code, 206)
                self.assertEqual(b"".join(response.streaming_content), AUDIO[start : end + 1])
                self.assertEqual(response["Content-Range"], f"bytes {start}-{end}/{len(AUDIO)}")

    def test_unsatisfiable_and_malformed_ranges(self):
        response = self.client.get(self.url, headers={"range": "bytes=20000-"})
        self.assertEqual(response.status_code, 416)
        self.assertEqual(response["Content-Range"], f"bytes */{len(AUDIO)}")
        self.assertEqual(
            self.client.get(self.url, headers={"range": "bytes=1-2,5-6"}).status_code, 200
        )
        self.assertEqual(self.client.get(self.url, headers={"range": "lines=1-2"}).status_code, 200)

    def test_revalidation(self):
        etag = self.client.get(self.url)["ETag"]
        self.assertEqual(
            self.client.get(self.url, headers={"if-none-match": etag}).status_code, 304
        )

    def test_only_player_files_from_open_collections(self):
        self.assertEqual(player_url(self.pdf), self.pdf.url)
        wrong_name = reverse("stream_document", args=[self.audio.pk, "other.mp3"])
        self.assertEqual(self.client.get(wrong_name).status_code, 404)
        pdf = reverse("stream_document", args=[self.pdf.pk, "leaflet.pdf"])
        self.assertEqual(self.client.get(pdf).status_code, 404)
        private = Collection.get_first_root_node().add_child(name="Private")
        self.audio.collection = private
        self.audio.save()
        private.view_restrictions.create(restriction_type=PageViewRestriction.LOGIN)
        self.assertEqual(self.client.get(self.url).status_code, 404)

    def test_ranges_stream_in_bounded_chunks(self):
        """`Range: bytes=0-` and the whole file are streamed chunk by chunk, never read whole."""
        with mock.patch.object(streaming, "CHUNK_SIZE", 7):
            for headers in ({"range": "bytes=0-"}, {"range": "bytes=5-4000"}, {}):
                with self.subTest(headers=headers):
                    response = self.client.get(self.url, headers=headers)
                    self.assertTrue(response.streaming)
                    chunks = list(response.streaming_content)
                    self.assertLessEqual(max(len(chunk) for chunk in chunks), 7)
                    start = 5 if "5-" in headers.get("range", "") else 0
                    end = 4000 if start else len(AUDIO) - 1
                    self.assertEqual(b"".join(chunks), AUDIO[start : end + 1])
                    self.assertEqual(len(chunks), -(-(end - start + 1) // 7))
                    self.assertEqual(response["Content-Length"], str(end - start + 1))

    def assertNoFileLeft(self, method, headers, consume):
        """Call the view, let `consume` read the response, close it, and fail on any file
        left open (an unclosed file warns when it is collected)."""
        request = RequestFactory().generic(method, self.url, headers=headers)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ResourceWarning)
            response = streaming.stream_document(
                request, self.audio.pk, os.path.basename(self.audio.file.name)
            )
            consume(response)
            close(response)
            del response
            gc.collect()
        leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
        self.assertEqual(leaks, [])

    def test_head_opens_no_file(self):
        """HEAD, with or without a range, sends a GET's headers and leaves no file open."""
        for header, status, length in (("bytes=0-99", 206, "100"), ("", 200, str(len(AUDIO)))):
            with self.subTest(range=header):
                response = self.client.head(self.url, headers={"range": header})
                self.assertEqual(response.status_code, status)
                self.assertEqual(response["Content-Length"], length)
                self.assertEqual(response["Accept-Ranges"], "bytes")
                self.assertNoFileLeft("HEAD", {"range": header}, consume=lambda response: None)

    def test_abandoned_range_closes_its_file(self):
        """A range response closed after one chunk (the player seeked away) closes the file."""
        self.assertNoFileLeft(
            "GET",
            {"range": "bytes=0-"},
            consume=lambda response: next(iter(response.streaming_content)),
        )

    def test_revalidation_with_several_etags(self):
        """If-None-Match with a list of tags, a weak tag or * answers 304; other tags 200."""
        etag = self.client.get(self.url)["ETag"]
        for header in (f'"stale", {etag}', f"W/{etag}", "*", f'{etag},"other"'):
            with self.subTest(if_none_match=header):
                response = self.client.get(self.url, headers={"if-none-match": header})
                self.assertEqual(response.status_code, 304)
                self.assertEqual(response["ETag"], etag)
        response = self.client.get(self.url, headers={"if-none-match": '"stale", "older"'})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(b"".join(response.streaming_content), AUDIO)

    def test_if_range(self):
        """A range applies only while If-Range still names this file; otherwise the whole file."""
        first = self.client.get(self.url)
        self.assertEqual(b"".join(first.streaming_content), AUDIO)
        cases = {
            first["ETag"]: 206,
            first["Last-Modified"]: 206,
            '"another-version"': 200,
            f"W/{first['ETag']}": 200,
            "Mon, 01 Jan 2001 00:00:00 GMT": 200,
        }
        for header, status in cases.items():
            with self.subTest(if_range=header):
                response = self.client.get(
                    self.url, headers={"range": "bytes=0-9", "if-range": header}
                )
                self.assertEqual(response.status_code, status)
                body = b"".join(response.streaming_content)
                self.assertEqual(body, AUDIO[:10] if status == 206 else AUDIO)

    @override_settings(MUSEUM_MEDIA_ACCEL_PREFIX="/protected-media/")
    def test_proxy_hand_off(self):
        """With MUSEUM_MEDIA_ACCEL_PREFIX set, nginx is told to send the file (and its ranges)."""
        response = self.client.get(self.url, headers={"range": "bytes=0-"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["X-Accel-Redirect"], f"/protected-media/{self.audio.file.name}")
        self.assertEqual(response["Content-Type"], "audio/mpeg")
        self.assertEqual(response.content, b"")
        self.assertEqual(response["Content-Disposition"], "inline")
        etag = response["ETag"]
        self.assertEqual(
            self.client.get(self.url, headers={"if-none-match": etag}).status_code, 304
        )
