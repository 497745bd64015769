import os

import pytest
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from exhibits.factories import MuseumImageFactory
from exhibits.images.renditions import KIOSK_SPECS, RENDITION_SPECS


@pytest.mark.template_contexts
class ImageAltTextTests(TestCase):
    """An image cannot be saved without alt text in both languages."""

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser("admin", password="pw")
        cls.image = MuseumImageFactory(description_zh_hans="", description_en="")

    def edit(self, **fields):
        self.client.force_login(self.user)
        data = {"title": "Vault door", "collection": self.image.collection_id, "tags": ""}
        data.update(fields)
        return self.client.post(reverse("wagtailimages:edit", args=[self.image.pk]), data)

    def test_missing_alt_text_is_refused_in_the_users_language(self):
        with translation.override("en"):
            response = self.edit(description_zh_hans="金库大门", description_en="")
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        self.assertIn("description_en", form.errors)
        self.assertNotIn("description_zh_hans", form.errors)

    def test_alt_text_in_both_languages_saves(self):
        response = self.edit(description_zh_hans="金库大门", description_en="The vault door")
        self.assertEqual(response.status_code, 302)
        self.image.refresh_from_db()
        self.assertEqual(self.image.description_en, "The vault door")
        with translation.override("zh-hans"):
            self.assertEqual(self.image.default_alt_text, "金库大门")
        with translation.override("en"):
            self.assertEqual(self.image.default_alt_text, "The vault door")


class RenditionNameTests(TestCase):
    """No rendition or original is stored as a hidden file: a proxy rule that denies
    dotfiles (a common one) would refuse every kiosk image."""

    @classmethod
    def setUpTestData(cls):
        cls.images = [
            MuseumImageFactory(file__filename=name)
            for name in ("hall.jpg", "x.jpg", "meifeng-bank-counter-in-the-banking-hall.jpg")
        ]

    def test_no_rendition_name_starts_with_a_dot(self):
        """The kiosk's specs leave Wagtail no room for the original's name in 60
        characters: they were saved as ".2e16d0ba.fill-1920x1080-c50...webp"."""
        for image in self.images:
            for spec in RENDITION_SPECS:
                with self.subTest(image=image.file.name, spec=spec):
                    name = os.path.basename(image.get_rendition(spec).file.name)
                    self.assertFalse(name.startswith("."), name)

    def test_kiosk_renditions_begin_with_the_originals_name(self):
        rendition = self.images[0].get_rendition(KIOSK_SPECS[0])
        self.assertRegex(
            os.path.basename(rendition.file.name),
            r"^hall\.[0-9a-f]+\.fill-1920x1080-c50\.format-webp\.webpquality-80(_\w+)?\.webp$",
        )

    def test_an_original_named_like_a_hidden_file_is_renamed(self):
        image = MuseumImageFactory(file__filename=".jpg")
        self.assertEqual(os.path.basename(image.file.name)[:5], "image")
        self.assertFalse(
            os.path.basename(image.get_rendition("width-480").file.name).startswith(".")
        )
