from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from exhibits.factories import MuseumImageFactory


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
