"""What each process keeps for one content version (museum.content_version.ContentMemo,
exhibits.visitor.routes, museum.cache.ContentLocalCache; issue 13): a page served again
skips the lookups it made before, and every change a visitor could see is served at once.

The test settings switch the memo off (tests change rows without signals); these tests
switch it on, with the version in the local memory cache, as ``make run`` keeps it.
"""

from datetime import timedelta

import time_machine
from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.rich_text import RichText

from exhibits.factories import (
    ExhibitPageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    ProgrammePageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import ExhibitKind, ExhibitPage, GlossaryTerm, SiteSettings, TrailStopPage
from museum import content_version
from museum.cache import ContentLocalCache
from museum.content_version import MISSING, ContentMemo, memo
from tests.base import build_home, url_in


@override_settings(MUSEUM_CONTENT_MEMO=True)
class RememberedRoutesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home, title_en="Meifeng Bank museum")
        cls.first = ExhibitPageFactory(
            parent=cls.museum, title_en="The counter", kind=ExhibitKind.SCENE, position=1
        )
        cls.second = ExhibitPageFactory(
            parent=cls.museum, title_en="The vault", kind=ExhibitKind.SCENE, position=2
        )

    def setUp(self):
        cache.clear()
        memo.clear()

    def get(self, page, language="en", suffix=""):
        return self.client.get(url_in(page, language) + suffix)

    def test_a_page_served_again_costs_no_query_and_renders_the_same(self):
        first = self.get(self.second)
        self.assertEqual(first.status_code, 200)
        self.get(self.second)  # the first to find the route remembered: its restrictions too
        with CaptureQueriesContext(connection) as queries:
            again = self.get(self.second)
        self.assertEqual(again.status_code, 200)
        self.assertEqual(len(queries), 0, [query["sql"][:80] for query in queries])
        self.assertEqual(again.content, first.content)
        self.assertIn("The vault", again.content.decode())
        self.assertIn("2 / 2", again.content.decode().replace("of", "/"))

    def test_each_language_and_sub_route_is_its_own_route(self):
        for language in ("zh-hans", "en"):
            for suffix in ("", "embed/"):
                with self.subTest(language=language, suffix=suffix):
                    first = self.get(self.first, language, suffix)
                    self.assertEqual(first.status_code, 200)
                    self.assertEqual(self.get(self.first, language, suffix).content, first.content)
        self.assertNotEqual(
            self.get(self.first, "en").content, self.get(self.first, "zh-hans").content
        )

    def test_a_publish_is_served_at_once(self):
        self.get(self.first)
        page = ExhibitPage.objects.get(pk=self.first.pk)
        page.title_en = "The new counter"
        page.save_revision().publish()
        self.assertIn("The new counter", self.get(self.first).content.decode())

    def test_an_unpublish_answers_404_at_once(self):
        self.assertEqual(self.get(self.first).status_code, 200)
        ExhibitPage.objects.get(pk=self.first.pk).unpublish()
        self.assertEqual(self.get(self.first).status_code, 404)

    def test_a_new_slug_moves_the_page_at_once(self):
        old_url = url_in(self.first, "en")
        self.assertEqual(self.client.get(old_url).status_code, 200)
        page = ExhibitPage.objects.get(pk=self.first.pk)
        page.slug_en = "the-old-counter"
        page.save_revision().publish()
        self.assertNotEqual(self.client.get(old_url).status_code, 200)
        new_url = url_in(ExhibitPage.objects.get(pk=self.first.pk), "en")
        self.assertTrue(new_url.endswith("/the-old-counter/"))
        self.assertEqual(self.client.get(new_url).status_code, 200)

    def test_a_move_is_served_at_once(self):
        self.get(self.first)
        other = MuseumPageFactory(parent=self.home, title_en="Chuankang museum")
        Page.objects.get(pk=self.first.pk).move(other, pos="last-child")
        moved = ExhibitPage.objects.get(pk=self.first.pk)
        response = self.get(moved)
        self.assertEqual(response.status_code, 200)
        self.assertIn("Chuankang museum", response.content.decode())

    def test_a_neighbour_published_or_unpublished_changes_the_count_at_once(self):
        self.assertIn("The vault", self.get(self.first).content.decode())
        ExhibitPage.objects.get(pk=self.second.pk).unpublish()
        self.assertNotIn("The vault", self.get(self.first).content.decode())

    def test_a_new_password_protects_the_page_at_once(self):
        self.assertIn("The counter", self.get(self.first).content.decode())
        PageViewRestriction.objects.create(
            page=Page.objects.get(pk=self.first.pk),
            restriction_type=PageViewRestriction.PASSWORD,
            password="pw",
        )
        response = self.get(self.first)
        self.assertNotIn("The counter</h1>", response.content.decode())
        self.assertIn('name="password"', response.content.decode())

    def test_site_settings_are_served_at_once(self):
        self.get(self.first)
        settings = SiteSettings.load()
        settings.name_en = "Yuzhong Bank Street"
        settings.save()
        self.assertIn("The counter · Yuzhong Bank Street", self.get(self.first).content.decode())

    def test_a_site_moved_to_another_root_is_served_at_once(self):
        self.assertEqual(self.get(self.home).status_code, 200)
        site = Site.objects.get(is_default_site=True)
        site.root_page = Page.objects.get(pk=self.museum.pk)
        site.save()
        self.assertEqual(self.client.get(f"/en/{self.first.slug_en}/").status_code, 200)

    def test_cards_are_drawn_again_after_a_publish(self):
        """The museum's card on the home page, then in the other language, then renamed."""
        english = self.get(self.home).content.decode()
        self.assertIn("Meifeng Bank museum", english)
        self.assertEqual(self.get(self.home).content.decode(), english)
        self.assertNotIn("Meifeng Bank museum", self.get(self.home, "zh-hans").content.decode())
        museum = Page.objects.get(pk=self.museum.pk).specific
        museum.title_en = "Meifeng Bank Museum of Finance"
        museum.save_revision().publish()
        self.assertIn("Meifeng Bank Museum of Finance", self.get(self.home).content.decode())

    def test_a_glossary_change_marks_the_body_again_at_once(self):
        exhibit = ExhibitPage.objects.get(pk=self.first.pk)
        exhibit.body_en = [("paragraph", RichText("<p>On Datong Street stood banks.</p>"))]
        exhibit.save_revision().publish()
        self.assertNotIn('class="gloss"', self.get(self.first).content.decode())
        GlossaryTerm.objects.create(chinese="打铜街", english="Datong Street")
        self.assertIn('class="gloss"', self.get(self.first).content.decode())

    def test_an_image_change_draws_its_pictures_again_at_once(self):
        image = MuseumImageFactory(description_en="The counter in 1930")
        museum = Page.objects.get(pk=self.museum.pk).specific
        museum.listing_image = image
        museum.save_revision().publish()
        self.assertIn('alt="The counter in 1930"', self.get(self.museum).content.decode())
        image.description_en = "The counter in 1931"
        image.save()
        self.assertIn('alt="The counter in 1931"', self.get(self.museum).content.decode())

    def test_upcoming_programmes_are_kept_for_one_minute_at_most(self):
        start = timezone.now().replace(second=0, microsecond=0) + timedelta(minutes=10)
        ProgrammePageFactory(
            parent=self.home,
            title_en="Guided walk",
            occurrences=[{"starts_at": start, "ends_at": start + timedelta(minutes=30)}],
        )
        with time_machine.travel(start + timedelta(minutes=29, seconds=50), tick=False):
            self.assertIn("Guided walk", self.get(self.home).content.decode())
        with time_machine.travel(start + timedelta(minutes=30, seconds=1), tick=False):
            self.assertNotIn("Guided walk", self.get(self.home).content.decode())

    def test_a_programme_card_names_the_next_date_as_the_clock_moves_on(self):
        start = timezone.now().replace(second=0, microsecond=0) + timedelta(days=2)
        later = start + timedelta(days=1)
        programme = ProgrammePageFactory(
            parent=self.home,
            title_en="Vault tour",
            occurrences=[
                {"starts_at": start, "ends_at": start + timedelta(hours=1)},
                {"starts_at": later, "ends_at": later + timedelta(hours=1)},
            ],
        )
        first_date = escape(programme.when_text("en", now=start))
        second_date = escape(programme.when_text("en", now=later))
        self.assertNotEqual(first_date, second_date)
        with time_machine.travel(start + timedelta(minutes=59, seconds=50), tick=False):
            self.assertIn(first_date, self.get(self.home).content.decode())
        with time_machine.travel(start + timedelta(hours=1, seconds=1), tick=False):
            html = self.get(self.home).content.decode()
        self.assertIn(second_date, html)
        self.assertNotIn(first_date, html)

    def test_listings_of_exhibits_and_stops_change_at_once(self):
        self.assertIn("The vault", self.get(self.museum).content.decode())
        ExhibitPage.objects.get(pk=self.second.pk).unpublish()
        self.assertNotIn("The vault", self.get(self.museum).content.decode())
        trail = TrailPageFactory(parent=self.home)
        stop = TrailStopPageFactory(parent=trail, title_en="Xiaoshizi")
        self.assertIn("Xiaoshizi", self.get(trail).content.decode())
        TrailStopPage.objects.get(pk=stop.pk).unpublish()
        self.assertNotIn("Xiaoshizi", self.get(trail).content.decode())

    def test_a_404_is_not_remembered(self):
        url = url_in(self.museum, "en") + "the-teller/"
        self.assertEqual(self.client.get(url).status_code, 404)
        ExhibitPageFactory(parent=self.museum, title_en="The teller", slug_en="the-teller")
        self.assertEqual(self.client.get(url).status_code, 200)

    def test_with_the_memo_off_nothing_is_kept(self):
        self.get(self.first)
        with override_settings(MUSEUM_CONTENT_MEMO=False), CaptureQueriesContext(connection) as q:
            self.get(self.first)
        self.assertGreater(len(q), 2)


@override_settings(MUSEUM_CONTENT_MEMO=True)
class ContentMemoTests(TestCase):
    def setUp(self):
        cache.clear()

    def test_a_value_is_kept_until_the_content_changes(self):
        kept = ContentMemo()
        calls = []
        compute = lambda: calls.append(1) or len(calls)  # noqa: E731 -- a counting stub
        self.assertEqual([kept.get("key", compute) for _ in range(3)], [1, 1, 1])
        content_version.bump()
        self.assertEqual(kept.get("key", compute), 2)

    def test_a_value_computed_while_the_content_changed_is_not_kept(self):
        kept = ContentMemo()

        def compute():
            content_version.bump()  # a publish commits while this is computed
            return "old"

        self.assertEqual(kept.get("key", compute), "old")
        self.assertIs(kept.peek("key"), MISSING)

    def test_it_is_bounded(self):
        kept = ContentMemo(limit=10)
        for number in range(25):
            kept.get(number, lambda number=number: number)
        self.assertLessEqual(len(kept.values), 10)

    def test_nothing_is_kept_without_a_cache_for_the_version(self):
        kept = ContentMemo()
        with override_settings(
            CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
        ):
            kept.get("key", lambda: 1)
            self.assertIs(kept.peek("key"), MISSING)


@override_settings(MUSEUM_CONTENT_MEMO=True)
class ContentLocalCacheTests(TestCase):
    def setUp(self):
        cache.clear()
        self.renditions = ContentLocalCache("", {"OPTIONS": {"MAX_ENTRIES": 100}})

    def test_values_are_handed_out_as_copies_until_the_content_changes(self):
        value = Site(hostname="kept")
        self.renditions.set("key", value)
        got = self.renditions.get("key")
        self.assertEqual(got.hostname, "kept")
        self.assertIsNot(got, value)
        self.assertEqual(self.renditions.get_many(["key", "other"]).keys(), {"key"})
        content_version.bump()
        self.assertIsNone(self.renditions.get("key"))

    def test_add_delete_and_clear(self):
        self.assertTrue(self.renditions.add("key", 1))
        self.assertFalse(self.renditions.add("key", 2))
        self.assertEqual(self.renditions.get("key"), 1)
        self.assertTrue(self.renditions.delete("key"))
        self.assertFalse(self.renditions.has_key("key"))
        self.renditions.set("key", 1)
        self.renditions.clear()
        self.assertIsNone(self.renditions.get("key"))
