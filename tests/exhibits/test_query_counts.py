from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from exhibits.factories import (
    ExhibitPageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import ExhibitKind, ExhibitPage
from exhibits.seed.synthetic import add_synthetic_exhibits
from tests.base import LANGUAGES, build_home, url_in

SMALL, LARGE = 10, 200


def museum_with(home, count):
    """A museum with ``count`` exhibits, each with its own image: the first ten made one by
    one as an editor would, the rest written in bulk (one by one, each save checks every
    sibling's slug, and 200 took 9 s)."""
    museum = MuseumPageFactory(parent=home, listing_image=MuseumImageFactory())
    for n in range(1, min(count, SMALL) + 1):
        ExhibitPageFactory(
            parent=museum,
            kind=ExhibitKind.SCENE if n % 2 else ExhibitKind.STORY,
            position=n,
            listing_image=MuseumImageFactory(),
        )
    more = count - SMALL
    add_synthetic_exhibits(museum, more, images=[MuseumImageFactory() for _ in range(more)])
    return museum, list(ExhibitPage.objects.child_of(museum).order_by("path"))


class QueryCountTests(TestCase):
    """Museum and exhibit pages cost the same number of queries with 10 or 200 exhibits."""

    @classmethod
    def setUpTestData(cls):
        home = build_home()
        cls.small, cls.small_exhibits = museum_with(home, SMALL)
        cls.large, cls.large_exhibits = museum_with(home, LARGE)

    def count_queries(self, url):
        self.client.get(url)  # the first view of an image creates its renditions
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_museum_page(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                small = self.count_queries(url_in(self.small, language))
                large = self.count_queries(url_in(self.large, language))
                self.assertEqual(small, large)
                self.assertLess(small, 25)

    def test_exhibit_page(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                small = self.count_queries(url_in(self.small_exhibits[4], language))
                large = self.count_queries(url_in(self.large_exhibits[150], language))
                self.assertEqual(small, large)
                self.assertLess(small, 25)


class TrailQueryCountTests(TestCase):
    """Trail and stop pages cost the same number of queries with 4 or 40 stops."""

    @classmethod
    def setUpTestData(cls):
        home = build_home()
        cls.trails = {}
        for count in (4, 40):
            trail = TrailPageFactory(parent=home)
            stops = [TrailStopPageFactory(parent=trail, position=n) for n in range(1, count + 1)]
            cls.trails[count] = (trail, stops)

    def count_queries(self, url):
        self.client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_trail_and_stop_pages(self):
        (small, small_stops), (large, large_stops) = self.trails[4], self.trails[40]
        for language in LANGUAGES:
            with self.subTest(language=language):
                self.assertEqual(
                    self.count_queries(url_in(small, language)),
                    self.count_queries(url_in(large, language)),
                )
                self.assertEqual(
                    self.count_queries(url_in(small_stops[2], language)),
                    self.count_queries(url_in(large_stops[30], language)),
                )
