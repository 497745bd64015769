"""Images over 24 megapixels are refused at upload, from the file's header, with a clear message."""

import io
import struct
import zlib

import pytest
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

    def test_an_image_of_24_megapixels_passes_the_limit(self):
        """Within the limit, the file is decoded once; this one holds no pixels, so it is
        then refused as damaged, never as too large."""
        with (
            self.assertLogs("museum.media", "WARNING"),
            self.assertRaises(ValidationError) as refused,
        ):
            self.clean(png_header(6000, 4000))
        self.assertEqual(refused.exception.code, "file_damaged")

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


@pytest.mark.template_contexts
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


def animation(image_format, size, frames):
    """An animated image whose frames differ, so that no encoder merges them."""
    out = io.BytesIO()
    images = [Image.new("RGB", size, (n * 7 % 256, n * 13 % 256, 0)) for n in range(frames)]
    images[0].save(out, image_format, save_all=True, append_images=images[1:])
    extension = "png" if image_format == "PNG" else image_format.lower()
    return SimpleUploadedFile(f"loop.{extension}", out.getvalue(), f"image/{extension}")


class AnimationTests(SimpleTestCase):
    """Every frame of an animated GIF or WebP counts against the pixel limit."""

    def test_frames_add_up_with_a_message_that_says_so(self):
        """25 frames of 1 MP are 25 MP: refused, and the message names the frames (it said
        "1000 × 1000 pixels (1 megapixels)", which read as a mistake)."""
        for image_format in ("GIF", "WEBP"):
            with self.subTest(image_format=image_format), translation.override("en"):
                with self.assertLogs("museum.media", "WARNING"):
                    with self.assertRaises(ValidationError) as refused:
                        MuseumImageFileField().clean(animation(image_format, (1000, 1000), 25))
                self.assertEqual(
                    refused.exception.messages,
                    [
                        "This animation has 25 frames of 1000 × 1000 pixels, 25 megapixels "
                        "in all: every frame counts. Images may have at most 24 megapixels: "
                        "use fewer or smaller frames, or a still image."
                    ],
                )

    def test_a_short_animation_within_the_limit_passes(self):
        for image_format in ("GIF", "WEBP"):
            with self.subTest(image_format=image_format):
                upload = animation(image_format, (400, 300), 10)
                self.assertIsNotNone(MuseumImageFileField().clean(upload))

    def test_an_animated_png_is_refused_whatever_its_size(self):
        """Willow cannot read APNG, so Wagtail refuses it as an unknown format before any
        pixel is counted: no animated PNG gets past the limit either."""
        for size in ((1000, 1000), (100, 100)):
            with self.subTest(size=size), self.assertRaises(ValidationError):
                MuseumImageFileField().clean(animation("PNG", size, 25))


def truncated_jpeg():
    out = io.BytesIO()
    Image.new("RGB", (1200, 800), "teal").save(out, "JPEG")
    data = out.getvalue()
    return SimpleUploadedFile("hall.jpg", data[: len(data) // 2], "image/jpeg")


@pytest.mark.template_contexts
class DamagedFileTests(TestCase):
    """A truncated photo is refused with a form error; it was a 500 when Django read its
    size to save it."""

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser("admin", password="pw")

    def setUp(self):
        self.client.force_login(self.user)

    def test_the_add_form_says_the_file_is_damaged(self):
        from exhibits.models import MuseumImage

        with translation.override("en"), self.assertLogs("museum.media", "WARNING"):
            response = self.client.post(
                reverse("wagtailimages:add"),
                {
                    "title": "Banking hall",
                    "file": truncated_jpeg(),
                    "description_zh_hans": "营业大厅",
                    "description_en": "Banking hall",
                    "tags": "",
                },
                headers={"accept-language": "en"},
            )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["form"].errors["file"].as_data()[0].code, "file_damaged")
        self.assertFalse(MuseumImage.objects.exists())

    def test_the_multiple_uploader_says_so_too(self):
        with self.assertLogs("museum.media", "WARNING"):
            response = self.client.post(
                reverse("wagtailimages:add_multiple"), {"files[]": truncated_jpeg()}
            )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.json()["success"])

    def test_the_message_tells_the_curator_what_to_do(self):
        with translation.override("en"), self.assertLogs("museum.media", "WARNING"):
            with self.assertRaises(ValidationError) as refused:
                MuseumImageFileField().clean(truncated_jpeg())
            self.assertIn("damaged or incomplete", refused.exception.messages[0])
