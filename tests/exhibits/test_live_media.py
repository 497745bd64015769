"""Images and documents that live pages show change only through review: a curator may
not change, replace or delete them (a senior curator may), and is told which pages show
them and what to do instead; media no live page shows stays the curator's to change."""

from io import BytesIO
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Collection
from wagtail.permissions import policy_registry
from wagtail.rich_text import RichText

from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
from exhibits.images import live_media
from tests.base import build_home

Document = get_document_model()
ImageForm = get_image_form(get_image_model())
DocumentForm = get_document_form(Document)


def png(name):
    out = BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(out, "PNG")
    return SimpleUploadedFile(name, out.getvalue(), "image/png")


def image(title):
    return MuseumImageFactory(title=title, collection=Collection.get_first_root_node())


def document(title):
    return Document.objects.create(
        title=title,
        file=SimpleUploadedFile(f"{title}.txt", b"transcript"),
        collection=Collection.get_first_root_node(),
    )


def audio(doc):
    return (
        "audio",
        {"title": "语音导览", "audio": doc, "transcript": RichText("<p>文字稿</p>")},
    )


def image_block(image):
    return ("image", {"image": image, "caption": "", "credit": ""})


@pytest.mark.template_contexts
class LiveMediaTests(TestCase):
    """Who may change media, by where it appears."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        museum = MuseumPageFactory(parent=cls.home, title_zh_hans="金融博物馆")
        cls.listing_image = image("柜台照片")  # a live page's main image
        cls.body_image = image("金库照片")  # in a live page's English body
        cls.draft_image = image("草稿照片")  # only on a never-published page
        cls.free_image = image("未用照片")  # on no page
        cls.audio_document = document("narration")  # an audio block of a live page
        cls.linked_document = document("leaflet")  # linked from a live page's rich text
        cls.free_document = document("unused")
        cls.live_page = ExhibitPageFactory(
            parent=museum,
            title_zh_hans="美丰银行柜台",
            title_en="Meifeng counter",
            listing_image=cls.listing_image,
            body_zh_hans=[audio(cls.audio_document)],
            body_en=[
                image_block(cls.body_image),
                (
                    "paragraph",
                    RichText(
                        f'<p><a linktype="document" id="{cls.linked_document.pk}">Leaflet</a></p>'
                    ),
                ),
            ],
        )
        cls.live_page.save_revision().publish()
        cls.draft_page = ExhibitPageFactory(
            parent=museum, title_zh_hans="草稿展品", listing_image=cls.draft_image, live=False
        )
        User = get_user_model()
        cls.curator = User.objects.create_user("curator", password="pw")
        cls.curator.groups.add(Group.objects.get(name="Curators"))
        cls.senior = User.objects.create_user("senior", password="pw")
        cls.senior.groups.add(Group.objects.get(name="Senior curators"))

    def setUp(self):
        translation.activate("zh-hans")
        self.addCleanup(translation.deactivate)

    def image_data(self, image, **overrides):
        data = {
            "title": image.title,
            "description_zh_hans": "新的替代文字",
            "description_en": "New alt text",
            "credit_zh_hans": "",
            "credit_en": "",
            "collection": image.collection_id,
            "tags": "",
        }
        data.update(overrides)
        return data

    def edit_image(self, user, image, **overrides):
        self.client.force_login(user)
        url = reverse("wagtailimages:edit", args=[image.pk])
        return self.client.post(url, self.image_data(image, **overrides))

    def edit_document(self, user, doc, **overrides):
        self.client.force_login(user)
        data = {"title": "Changed", "collection": doc.collection_id, "tags": ""}
        data.update(overrides)
        return self.client.post(reverse("wagtaildocs:edit", args=[doc.pk]), data)

    def assert_refused(self, response, *page_titles):
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].non_field_errors()
        self.assertEqual(len(errors), 1, errors)
        self.assertEqual(errors.as_data()[0].code, "live_media")
        for title in page_titles:
            self.assertIn(title, errors[0])

    # Images

    def test_curator_cannot_change_the_alt_text_of_a_live_pages_image(self):
        for image in (self.listing_image, self.body_image):
            with self.subTest(image=image.title):
                response = self.edit_image(self.curator, image)
                self.assert_refused(response, "美丰银行柜台")
                image.refresh_from_db()
                self.assertEqual(image.description_en, "Test image")

    def test_curator_cannot_replace_a_live_images_file_or_move_its_focal_point(self):
        original = self.listing_image.file.name
        response = self.edit_image(
            self.curator,
            self.listing_image,
            file=png("replacement.png"),
            focal_point_x=1,
            focal_point_y=1,
            focal_point_width=2,
            focal_point_height=2,
        )
        self.assert_refused(response, "美丰银行柜台")
        self.listing_image.refresh_from_db()
        self.assertEqual(self.listing_image.file.name, original)
        self.assertIsNone(self.listing_image.focal_point_x)

    def test_the_edit_view_says_so_before_the_curator_tries(self):
        self.client.force_login(self.curator)
        response = self.client.get(reverse("wagtailimages:edit", args=[self.listing_image.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "data-live-media-notice")
        self.assertContains(response, "美丰银行柜台")
        usage = reverse("wagtailimages:image_usage", args=[self.listing_image.pk])
        self.assertContains(response, usage)
        free = self.client.get(reverse("wagtailimages:edit", args=[self.free_image.pk]))
        self.assertNotContains(free, "data-live-media-notice")

    def test_the_refusal_is_in_english_in_the_english_admin(self):
        with translation.override("en"):
            message = ImageForm(user=self.curator, instance=self.body_image).live_media_refusal
        self.assertIn("Only a senior curator can change or delete it", message)
        self.assertIn("upload a new image, choose it in a draft", message)

    def test_the_refusal_names_five_pages_and_counts_the_rest(self):
        pages = [SimpleNamespace(title=f"Page {n}") for n in range(1, 6)]
        with translation.override("en"):
            message = live_media.refusal(self.free_image, pages, 8)
            self.assertEqual(live_media.refusal(self.free_image, [], 0), "")
        self.assertIn("“Page 1”, “Page 2”, “Page 3”, “Page 4”, “Page 5” and 3 more", message)

    def test_curator_edits_images_no_live_page_shows(self):
        for image in (self.free_image, self.draft_image):
            with self.subTest(image=image.title):
                self.assertEqual(self.edit_image(self.curator, image).status_code, 302)
                image.refresh_from_db()
                self.assertEqual(image.description_en, "New alt text")

    def test_curators_own_upload_is_held_to_the_rule_once_a_live_page_shows_it(self):
        """Wagtail lets uploaders change their own media; a live page's image still needs
        a senior curator."""
        self.listing_image.uploaded_by_user = self.curator
        self.listing_image.save()
        self.assert_refused(self.edit_image(self.curator, self.listing_image), "美丰银行柜台")

    def live_page_with(self, *, listing_image=None, body=()):
        """A new published page showing the media: a test that replaces a file deletes
        the old one from storage, which the rollback after it does not restore."""
        page = ExhibitPageFactory(
            parent=self.live_page.get_parent(), listing_image=listing_image, body_zh_hans=body
        )
        page.save_revision().publish()
        return page

    def test_senior_curator_and_superuser_change_a_live_pages_image(self):
        admin = get_user_model().objects.create_superuser("admin", password="pw")
        for user in (self.senior, admin):
            with self.subTest(user=user.username):
                live_image = image("展柜照片")
                self.live_page_with(listing_image=live_image)
                response = self.edit_image(user, live_image, file=png("new.png"))
                self.assertEqual(response.status_code, 302)
                live_image.refresh_from_db()
                self.assertEqual(live_image.description_en, "New alt text")

    def test_curator_cannot_delete_a_live_pages_image(self):
        self.client.force_login(self.curator)
        url = reverse("wagtailimages:delete", args=[self.listing_image.pk])
        self.assertEqual(self.client.get(url).status_code, 302)  # Wagtail's "no permission"
        self.client.post(url)
        self.assertTrue(get_image_model().objects.filter(pk=self.listing_image.pk).exists())
        edit = self.client.get(reverse("wagtailimages:edit", args=[self.listing_image.pk]))
        self.assertNotContains(edit, url)  # no delete button to press

    def test_curator_deletes_an_unused_image_and_senior_a_live_one(self):
        self.client.force_login(self.curator)
        self.client.post(reverse("wagtailimages:delete", args=[self.free_image.pk]))
        self.client.force_login(self.senior)
        self.client.post(reverse("wagtailimages:delete", args=[self.body_image.pk]))
        ids = [self.free_image.pk, self.body_image.pk]
        self.assertFalse(get_image_model().objects.filter(pk__in=ids).exists())

    def test_the_multiple_upload_edit_step_refuses_too(self):
        self.client.force_login(self.curator)
        prefix = f"image-{self.listing_image.pk}-"
        data = {prefix + key: value for key, value in self.image_data(self.listing_image).items()}
        response = self.client.post(
            reverse("wagtailimages:edit_multiple", args=[self.listing_image.pk]), data
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.json()["success"])
        self.assertIn("美丰银行柜台", response.json()["form"])
        self.listing_image.refresh_from_db()
        self.assertEqual(self.listing_image.description_en, "Test image")

    def test_the_multiple_upload_delete_refuses(self):
        self.client.force_login(self.curator)
        response = self.client.post(
            reverse("wagtailimages:delete_multiple", args=[self.listing_image.pk])
        )
        self.assertNotEqual(response.status_code, 200)
        self.assertTrue(get_image_model().objects.filter(pk=self.listing_image.pk).exists())

    def bulk(self, user, app, model, action, ids, data):
        self.client.force_login(user)
        url = reverse("wagtail_bulk_action", args=[app, model, action])
        query = "&".join(f"id={pk}" for pk in ids)
        return self.client.post(f"{url}?{query}&next=/admin/", data, follow=True)

    def test_bulk_move_and_tags_are_refused_if_any_image_is_live(self):
        target = Collection.get_first_root_node().add_child(name="私人收藏")
        images = [self.listing_image, self.free_image]
        ids = [image.pk for image in images]
        app, model = get_image_model()._meta.app_label, get_image_model()._meta.model_name
        response = self.bulk(
            self.curator, app, model, "add_to_collection", ids, {"collection": target.pk}
        )
        self.assertContains(response, "美丰银行柜台")
        self.bulk(self.curator, app, model, "add_tags", ids, {"tags": "改"})
        for image in images:
            image.refresh_from_db()
            self.assertNotEqual(image.collection_id, target.pk)
            self.assertFalse(image.tags.exists())
        self.bulk(self.senior, app, model, "add_to_collection", ids, {"collection": target.pk})
        moved = get_image_model().objects.filter(pk__in=ids, collection=target)
        self.assertEqual(moved.count(), 2)

    def test_bulk_delete_deletes_only_what_no_live_page_shows(self):
        app, model = get_image_model()._meta.app_label, get_image_model()._meta.model_name
        ids = [self.listing_image.pk, self.free_image.pk]
        self.bulk(self.curator, app, model, "delete", ids, {})
        remaining = get_image_model().objects.filter(pk__in=ids)
        self.assertEqual(list(remaining), [self.listing_image])

    # Documents

    def test_curator_cannot_change_replace_or_delete_a_live_pages_document(self):
        for doc in (self.audio_document, self.linked_document):
            with self.subTest(document=doc.title):
                name = doc.file.name
                response = self.edit_document(
                    self.curator, doc, file=SimpleUploadedFile("other.txt", b"other")
                )
                self.assert_refused(response, "美丰银行柜台")
                self.client.post(reverse("wagtaildocs:delete", args=[doc.pk]))
                doc.refresh_from_db()
                self.assertEqual((doc.title, doc.file.name), (doc.title, name))
                self.assertNotEqual(doc.title, "Changed")

    def test_document_form_refuses_a_curator_and_not_a_senior_curator(self):
        data = {"title": "Changed", "collection": self.audio_document.collection_id}
        curator_form = DocumentForm(data, instance=self.audio_document, user=self.curator)
        self.assertFalse(curator_form.is_valid())
        self.assertIn("美丰银行柜台", curator_form.non_field_errors()[0])
        senior_form = DocumentForm(data, instance=self.audio_document, user=self.senior)
        self.assertTrue(senior_form.is_valid(), senior_form.errors)

    def test_curator_edits_and_deletes_an_unused_document(self):
        self.assertEqual(self.edit_document(self.curator, self.free_document).status_code, 302)
        self.client.post(reverse("wagtaildocs:delete", args=[self.free_document.pk]))
        self.assertFalse(Document.objects.filter(pk=self.free_document.pk).exists())

    def test_senior_curator_replaces_a_live_pages_document(self):
        narration = document("narration-2")
        self.live_page_with(body=[audio(narration)])
        self.assert_refused(self.edit_document(self.curator, narration), "")
        response = self.edit_document(
            self.senior, narration, file=SimpleUploadedFile("new.txt", b"new")
        )
        self.assertEqual(response.status_code, 302)
        narration.refresh_from_db()
        self.assertEqual(narration.title, "Changed")

    # The rule's reach

    def test_unpublishing_the_page_frees_its_media(self):
        self.live_page.unpublish()
        response = self.edit_image(self.curator, self.listing_image)
        self.assertEqual(response.status_code, 302)

    def test_a_draft_that_adds_an_image_to_a_live_page_leaves_it_editable(self):
        """Only published content counts: the draft goes through review."""
        page = self.live_page.specific
        page.listing_image = self.free_image
        page.save_revision()
        self.assertEqual(self.edit_image(self.curator, self.free_image).status_code, 302)

    def test_curators_still_upload_and_choose_media(self):
        policy = policy_registry.get_by_type(get_image_model())
        for action in ("add", "choose"):
            self.assertTrue(policy.user_has_permission(self.curator, action))
        self.client.force_login(self.curator)
        response = self.client.post(
            reverse("wagtailimages_chooser:create"),
            {
                "image-chooser-upload-title": "新照片",
                "image-chooser-upload-file": png("new.png"),
                "image-chooser-upload-description_zh_hans": "新照片",
                "image-chooser-upload-description_en": "New photo",
                "image-chooser-upload-collection": Collection.get_first_root_node().pk,
                "image-chooser-upload-tags": "",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertTrue(get_image_model().objects.filter(title="新照片").exists())
