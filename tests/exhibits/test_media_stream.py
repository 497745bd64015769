from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction

from exhibits.templatetags.exhibits_tags import player_url

AUDIO = bytes(range(256)) * 40  # 10,240 bytes


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
                self.assertEqual(response.content, AUDIO[start : end + 1])
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
