"""The seed's saves reach the search and reference indexes once each, at the end of the run."""

from django.contrib.contenttypes.models import ContentType
from django.test import TestCase
from django.utils import translation
from wagtail.models import ReferenceIndex
from wagtail.search.models import IndexEntry

from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
from exhibits.seed.indexing import indexed_once
from tests.base import build_home


def index_entry(instance):
    """The search index's row for an object, without its own keys, or None."""
    content_type = ContentType.objects.get_for_model(instance)
    return (
        IndexEntry.objects.filter(content_type=content_type, object_id=str(instance.pk))
        .values("title", "autocomplete", "body")
        .first()
    )


class IndexedOnceTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.museum = MuseumPageFactory(parent=build_home())

    def exhibit(self, image, number):
        """An exhibit saved, revised and published, as the seed makes one."""
        exhibit = ExhibitPageFactory(
            parent=self.museum,
            title_zh_hans="金库铁门",
            title_en="The vault door",
            slug_zh_hans=f"jin-ku-{number}",
            slug_en=f"vault-{number}",
            listing_image=image,
        )
        exhibit.title_zh_hans = "地下金库的铁门"
        exhibit.save_revision().publish()
        return exhibit

    def test_the_indexes_match_those_of_saves_outside_the_block(self):
        """Each object is indexed after the block as a save outside it indexes it (both in
        Chinese here): the last saved text in the search index, its image in the
        reference index."""
        with translation.override("zh-hans"):
            image = MuseumImageFactory(title="金库铁门照片")
            indexed_at_each_save = self.exhibit(image, 1)
            with indexed_once():
                inside_image = MuseumImageFactory(title="金库铁门照片")
                inside = self.exhibit(inside_image, 2)
                self.assertIsNone(index_entry(inside))
                self.assertIsNone(index_entry(inside_image))
                self.assertFalse(ReferenceIndex.get_references_to(inside_image).exists())
        self.assertEqual(index_entry(inside), index_entry(indexed_at_each_save))
        self.assertIn("地下金库的铁门", index_entry(inside)["title"])  # a tsvector on PostgreSQL
        self.assertEqual(index_entry(inside_image), index_entry(image))
        self.assertEqual(
            [ref.object_id for ref in ReferenceIndex.get_references_to(inside_image)],
            [str(inside.pk)],
        )

    def test_pages_are_indexed_in_the_default_language(self):
        """A page's title goes into the index in Chinese, the language the seed saves in,
        even if English was active when the block ended (a command run after an English
        request, in tests)."""
        with translation.override("en"), indexed_once():
            exhibit = self.exhibit(None, 3)
        self.assertIn("地下金库的铁门", index_entry(exhibit)["title"])
        self.assertNotIn("door", index_entry(exhibit)["title"])

    def test_a_failed_block_indexes_nothing_and_later_saves_index_at_once(self):
        """An error inside the block leaves the indexes alone (the seed's transaction rolls
        back its rows too); saves after any block are indexed as they happen again."""
        with self.assertRaises(RuntimeError), indexed_once():
            image = MuseumImageFactory()
            raise RuntimeError("seed failed")
        self.assertIsNone(index_entry(image))
        later = MuseumImageFactory(title="后来的照片")
        self.assertIn("后来的照片", index_entry(later)["title"])
