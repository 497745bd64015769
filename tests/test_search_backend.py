"""The search backend: on SQLite, results ranked by relevance come from one pass of the
full-text index, in the same order as modelsearch's own ranking, which ran the match
again for every matching page (minutes for a search matching 10,000 exhibits)."""

import pytest
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from tests.base import build_home


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backend's ranking")
class RankedOnceTests(TestCase):
    """(modelsearch's SQLite module can be imported only where the database is SQLite.)"""

    @classmethod
    def setUpTestData(cls):
        home = build_home()
        cls.museum = MuseumPageFactory(parent=home, title_en="Vault museum")
        cls.other = MuseumPageFactory(parent=home, title_en="Other museum")
        for number in range(12):
            ExhibitPageFactory(
                parent=cls.museum if number % 3 else cls.other,
                title_en=" ".join(["vault"] * (1 + number % 4) + [f"door {number}"]),
                intro_en="A vault of the bank." if number % 2 else "A counter.",
            )

    def setUp(self):
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchResults

        from museum.search_sqlite import RankedOnceResults

        self.ours, self.theirs = RankedOnceResults, SQLiteSearchResults
        self.backend = get_search_backend()
        self.assertIs(self.backend.results_class, self.ours)

    def search(self, queryset, results_class, query="vault"):
        self.backend.results_class = results_class
        try:
            return self.backend.search(query, queryset)
        finally:
            self.backend.results_class = self.ours

    def test_same_order_count_and_slices_as_modelsearch(self):
        for queryset in (Page.objects.all(), Page.objects.descendant_of(self.museum)):
            ours = self.search(queryset, self.ours)
            theirs = self.search(queryset, self.theirs)
            self.assertEqual([p.pk for p in ours], [p.pk for p in theirs])
            self.assertGreater(ours.count(), 4)
            self.assertEqual(ours.count(), theirs.count())
            self.assertEqual([p.pk for p in ours[2:5]], [p.pk for p in theirs[2:5]])
            self.assertEqual(ours[2:5].count(), 3)

    def test_scores_annotated_as_modelsearch_does(self):
        ours = list(self.search(Page.objects.all(), self.ours).annotate_score("_s"))
        theirs = list(self.search(Page.objects.all(), self.theirs).annotate_score("_s"))
        self.assertEqual([p._s for p in ours], pytest.approx([p._s for p in theirs]))

    def test_the_index_is_read_twice_however_many_pages_match(self):
        with CaptureQueriesContext(connection) as queries:
            list(self.search(Page.objects.all(), self.ours)[:5])
        matches = [q["sql"] for q in queries if "MATCH" in q["sql"]]
        self.assertEqual(len(matches), 2)
        self.assertTrue(all(sql.count("MATCH") == 1 for sql in matches), matches)
