"""Renditions are made when an image is saved or a page published, never in a visitor's request."""

import io

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse
from PIL import Image
from wagtail.images.models import Filter

from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.images import renditions
from exhibits.kiosk import feed
from exhibits.models import MuseumImage, MuseumRendition, Screen
from exhibits.opendata import api
from tests.base import LANGUAGES, build_home, url_in


def jpeg(width, height, name="photo.jpg"):
    out = io.BytesIO()
    Image.linear_gradient("L").resize((width, height)).convert("RGB").save(out, "JPEG")
    return ImageFile(io.BytesIO(out.getvalue()), name=name)


def body_with(image):
    return [
        ("image", {"image": image, "caption": "", "credit": ""}),
        ("artefact", {"name": "Vault", "image": image}),
        ("gallery", {"images": [{"image": image}, {"image": image}]}),
    ]


def clear_caches():
    # Wagtail caches renditions by image id; ids repeat from one test to the next.
    for cache in caches.all():
        cache.clear()


@override_settings(MUSEUM_PREGENERATE_RENDITIONS=True)
class RenditionsReadyTests(TestCase):
    """After publishing, no page, feed or API request makes a rendition."""

    def setUp(self):
        clear_caches()

    def make_image(self, **kwargs):
        with self.captureOnCommitCallbacks(execute=True):
            return MuseumImageFactory(file=jpeg(400, 300), **kwargs)

    def test_every_page_type_renders_without_making_a_rendition(self):
        # Pages made live by factories, then published as a curator would: their images
        # are saved before the feature existed (no callbacks run while they were made).
        home = build_home()
        museum = MuseumPageFactory(parent=home)
        index = HeritageSiteIndexPageFactory(parent=home)
        trail = TrailPageFactory(parent=home)
        pages = [
            home,
            museum,
            ExhibitPageFactory(parent=museum),
            index,
            HeritageSitePageFactory(parent=index),
            trail,
            TrailStopPageFactory(parent=trail, position=1),
        ]
        image, portrait = MuseumImageFactory(file=jpeg(400, 300)), MuseumImageFactory()
        for page in pages:
            page.listing_image = image
            page.body_zh_hans = body_with(image)
            page.body_en = body_with(portrait)
            with self.captureOnCommitCallbacks(execute=True):
                page.save_revision().publish()
        screen = Screen.objects.create(name="Hall", slug="hall", museum=museum)
        urls = [url_in(page, language) for page in pages for language in LANGUAGES]
        urls += [reverse("kiosk_feed", args=[screen.slug]), "/api/v2/pages/?fields=*"]
        urls += [
            f"/api/v2/pages/{page.pk}/" for page in pages if getattr(page, "in_open_data", False)
        ]
        before = MuseumRendition.objects.count()
        for url in urls:
            with self.subTest(url=url):
                response = self.client.get(url, headers={"accept-language": "en"})
                self.assertEqual(response.status_code, 200)
                self.assertEqual(MuseumRendition.objects.count(), before)

    def test_saving_an_image_makes_every_rendition(self):
        image = self.make_image()
        self.assertEqual(
            set(image.renditions.values_list("filter_spec", flat=True)),
            set(renditions.RENDITION_SPECS),
        )

    def test_replacing_the_file_makes_them_again(self):
        image = self.make_image()
        user = get_user_model().objects.create_superuser("admin", password="pw")
        self.client.force_login(user)
        out = io.BytesIO()
        Image.new("RGB", (700, 500), "navy").save(out, "JPEG")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("wagtailimages:edit", args=[image.pk]),
                {
                    "title": "Vault",
                    "file": SimpleUploadedFile("vault.jpg", out.getvalue(), "image/jpeg"),
                    "description_zh_hans": "金库",
                    "description_en": "Vault",
                    "collection": image.collection_id,
                    "tags": "",
                },
            )
        self.assertEqual(response.status_code, 302)
        image.refresh_from_db()
        self.assertEqual(image.width, 700)
        self.assertEqual(image.renditions.count(), len(renditions.RENDITION_SPECS))
        # Made from the new file, after Wagtail deleted the old file's renditions.
        self.assertEqual(image.renditions.get(filter_spec="format-jpeg|width-480").height, 342)

    def test_the_list_holds_the_kiosk_and_api_specs(self):
        specs = set(renditions.RENDITION_SPECS)
        self.assertLessEqual({*feed.RENDITIONS.values(), feed.THUMBNAIL}, specs)
        self.assertLessEqual(set(api.IMAGE_RENDITIONS.values()), specs)


class WorkingCopyTests(TestCase):
    """Renditions of a large image, made from one scaled-down copy, match Wagtail's own."""

    def setUp(self):
        clear_caches()

    def test_sizes_match_renditions_made_from_the_original(self):
        image = MuseumImageFactory(
            file=jpeg(3300, 2600, "hall.jpg"),
            focal_point_x=2900,
            focal_point_y=400,
            focal_point_width=200,
            focal_point_height=200,
        )
        data, stand_in = renditions.working_copy(image)
        self.assertIsNotNone(data)
        self.assertEqual(min(Image.open(io.BytesIO(data)).size), renditions.LARGEST_OUTPUT)
        renditions.pregenerate(image)
        made = {r.filter_spec: r for r in image.renditions.all()}
        self.assertEqual(set(made), set(renditions.RENDITION_SPECS))
        direct = MuseumImage.objects.get(pk=image.pk)
        for spec in renditions.RENDITION_SPECS:
            with self.subTest(spec=spec):
                expected = direct.generate_rendition_file(Filter(spec))
                with Image.open(expected) as want, made[spec].file.open() as got:
                    self.assertEqual(Image.open(got).size, want.size)
                    self.assertEqual(Image.open(got).format, want.format)


@override_settings(MUSEUM_PREGENERATE_RENDITIONS=True)
class SeedPauseTests(TestCase):
    """The seed's small placeholder images get their renditions on first view, so that
    `make run` does not spend minutes making 25 renditions of each in advance."""

    def test_seeding_makes_no_renditions_in_advance(self):
        from io import StringIO

        from django.core.management import call_command

        from exhibits.models import MuseumImage

        with self.captureOnCommitCallbacks(execute=True):
            call_command("load_heritage_content", stdout=StringIO())
        self.assertTrue(MuseumImage.objects.exists())
        self.assertFalse(MuseumImage.objects.filter(renditions__isnull=False).exists())
