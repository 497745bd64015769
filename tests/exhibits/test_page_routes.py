"""Routing a visitor's request (exhibits/models/page_routes.py): the child with the slug is
found in SQL, the page keeps the parent the route loaded, and its view restrictions are
read once."""

from django.db import connection
from django.db.models.signals import post_init
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage
from tests.base import LANGUAGES, build_home, url_in

SIBLINGS = 12


class PageRouteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.exhibits = [ExhibitPageFactory(parent=cls.museum) for _ in range(SIBLINGS)]

    def test_the_route_loads_the_child_not_its_siblings(self):
        """Reaching one exhibit among many loads a handful of pages, not every sibling
        (wagtail-modeltranslation's own route, which replaces the page types' route when
        it is ready, compared the slug of every child in Python)."""
        loaded = []

        def count(sender, instance, **kwargs):
            if isinstance(instance, Page):
                loaded.append(instance.pk)

        post_init.connect(count)
        self.addCleanup(post_init.disconnect, count)
        for language in LANGUAGES:
            with self.subTest(language=language):
                target = self.exhibits[5]
                url = url_in(target, language)
                self.client.get(url)
                loaded.clear()
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                siblings = {exhibit.pk for exhibit in self.exhibits} - {target.pk}
                # The previous and next exhibit, for the page's own links.
                self.assertLessEqual(len(siblings & set(loaded)), 2, loaded)

    def test_the_served_page_reads_its_parent_and_restrictions_once(self):
        """The museum the route passed through is the exhibit's parent, and Wagtail's and
        the page cache's restriction checks share one reading."""
        url = url_in(self.exhibits[0], "en")
        self.client.get(url)
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        restrictions = [
            query["sql"]
            for query in queries
            if 'FROM "wagtailcore_pageviewrestriction" WHERE' in query["sql"]
        ]
        self.assertEqual(len(restrictions), 1, restrictions)
        parent_by_path = [
            query["sql"]
            for query in queries
            if query["sql"].rstrip().endswith('WHERE "wagtailcore_page"."path" = %s LIMIT 21')
            or '"wagtailcore_page"."path" = \'' in query["sql"]
        ]
        self.assertEqual(parent_by_path, [])

    def test_an_instance_not_routed_reads_restrictions_afresh(self):
        """Outside a visitor's request (the admin, a script) nothing is remembered."""
        page = ExhibitPage.objects.get(pk=self.exhibits[0].pk)
        with self.assertNumQueries(4):
            list(page.get_view_restrictions())
            list(page.get_view_restrictions())
