"""Images over 24 megapixels are refused at upload, from the file's header, with a clear message."""

import io
import struct
import zlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import SimpleTestCase, TestCase
from django.urls import reverse
from django.utils import translation
from PIL import Image

from exhibits.images.forms import MuseumImageFileField


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header(width, height):
    """A PNG that states its size and holds almost no pixel data: decoding it would fail,
    so a test that passes shows the size was read from the header alone."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
    return SimpleUploadedFile("hall.png", data + chunk(b"IEND", b""), "image/png")


class PixelLimitFieldTests(SimpleTestCase):
    """The image field reads the size from the header and names the limit."""

    def clean(self, upload):
        return MuseumImageFileField().clean(upload)

    def test_the_limit_is_24_megapixels(self):
        self.assertEqual(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS, 24_000_000)

    def test_help_text_states_the_limit(self):
        with translation.override("en"):
            help_text = str(MuseumImageFileField().help_text)
        self.assertIn("Supported formats", help_text)
        self.assertIn("At most 24 megapixels (for example 6000 × 4000 pixels)", help_text)

    def test_an_image_of_24_megapixels_passes(self):
        self.assertIsNotNone(self.clean(png_header(6000, 4000)))

    def test_a_larger_image_is_refused_with_its_size_and_the_limit(self):
        with translation.override("en"), self.assertLogs("museum.media", "WARNING"):
            with self.assertRaises(ValidationError) as refused:
                self.clean(png_header(7720, 5140))
            # Lazy messages: read them while English is active.
            self.assertEqual(
                refused.exception.messages,
                [
                    "This image is 7720 × 5140 pixels (39.7 megapixels). Images may have at "
                    "most 24 megapixels (for example 6000 × 4000 pixels): reduce it and upload "
                    "it again."
                ],
            )
        self.assertEqual(refused.exception.code, "file_too_many_pixels")

    def test_a_decompression_bomb_gets_the_same_clear_message(self):
        with translation.override("en"), self.assertLogs("museum.media", "WARNING"):
            with self.assertRaises(ValidationError) as refused:
                self.clean(png_header(20_000, 10_000))
            self.assertIn("at most 24 megapixels", refused.exception.messages[0])
        self.assertEqual(refused.exception.code, "file_too_many_pixels")

    def test_pillow_keeps_its_decompression_bomb_check_above_our_limit(self):
        self.assertIsNotNone(Image.MAX_IMAGE_PIXELS)
        self.assertGreater(Image.MAX_IMAGE_PIXELS, settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS)


class UploadTests(TestCase):
    """A curator uploading a photo over the limit sees why, and nothing is stored."""

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser("admin", password="pw")

    def test_the_add_form_refuses_it(self):
        from exhibits.models import MuseumImage

        self.client.force_login(self.user)
        with translation.override("en"), self.assertLogs("museum.media", "WARNING"):
            response = self.client.post(
                reverse("wagtailimages:add"),
                {
                    "title": "Banking hall",
                    "file": png_header(7720, 5140),
                    "description_zh_hans": "营业大厅",
                    "description_en": "Banking hall",
                    "tags": "",
                },
                headers={"accept-language": "en"},
            )
        self.assertEqual(response.status_code, 200)
        # The admin speaks Chinese unless the curator chose English: the figures are in both.
        error = str(response.context["form"].errors["file"])
        self.assertIn("7720 × 5140", error)
        self.assertIn("39.7 百万像素", error)
        self.assertFalse(MuseumImage.objects.exists())

    def test_a_photo_within_the_limit_is_stored(self):
        from exhibits.models import MuseumImage

        out = io.BytesIO()
        Image.new("RGB", (1200, 800), "teal").save(out, "JPEG")
        self.client.force_login(self.user)
        response = self.client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Banking hall",
                "file": SimpleUploadedFile("hall.jpg", out.getvalue(), "image/jpeg"),
                "description_zh_hans": "营业大厅",
                "description_en": "Banking hall",
                "tags": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(MuseumImage.objects.get().width, 1200)

    def test_the_multiple_uploader_refuses_it(self):
        self.client.force_login(self.user)
        with self.assertLogs("museum.media", "WARNING"):
            response = self.client.post(
                reverse("wagtailimages:add_multiple"), {"files[]": png_header(7720, 5140)}
            )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.json()["success"])
        self.assertIn("39.7 百万像素", response.json()["error_message"])
