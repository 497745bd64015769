"""Gallery screens on the server side: the shell, the feed (ETag, 304, live exhibits
only), the service worker, the admin's fleet list and the seed screens (the heartbeat
and screen tokens: test_kiosk_tokens.py)."""

import datetime
import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
from exhibits.kiosk import feed
from exhibits.models import (
    ExhibitKind,
    ExhibitPage,
    MuseumPage,
    Screen,
    ScreenHeartbeat,
    ScreenPlaylistItem,
)
from tests.base import build_home
from tests.seeding import SeededTestCase


def explore_ids(feed):
    return [pk for group in feed["explore"] for pk in group["exhibits"]]


def make_screen(museum, **kwargs):
    return Screen.objects.create(
        **{"name": "Banking hall", "slug": "banking-hall", "museum": museum, **kwargs}
    )


class KioskFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home, title_zh_hans="金融博物馆", title_en="Finance Museum"
        )
        cls.scenes = [
            ExhibitPageFactory(
                parent=cls.museum,
                title_zh_hans=f"场景{n}",
                title_en=f"Scene {n}",
                position=n,
                listing_image=MuseumImageFactory(),
                body_zh_hans=[
                    ("paragraph", RichText('<p>见<a href="https://x.example">此</a></p>'))
                ],
                body_en=[
                    (
                        "paragraph",
                        RichText(
                            '<p>See <a href="https://x.example">this</a> &amp; that&#x27;s</p>'
                        ),
                    )
                ],
            )
            for n in (1, 2)
        ]
        cls.story = ExhibitPageFactory(
            parent=cls.museum, kind=ExhibitKind.STORY, position=1, title_en="A story"
        )
        cls.screen = make_screen(cls.museum)

    def get_feed(self, **headers):
        return self.client.get(reverse("kiosk_feed", args=[self.screen.slug]), **headers)


class FeedTests(KioskFixture, TestCase):
    """The feed a screen polls."""

    def test_lists_live_exhibits_in_both_languages_scenes_first(self):
        """All exhibits of the museum loop, scenes first, each with title, text and image."""
        data = self.get_feed().json()
        self.assertEqual(data["loop"], [self.scenes[0].pk, self.scenes[1].pk, self.story.pk])
        first = data["exhibits"][0]
        self.assertEqual(first["title"], {"zh-hans": "场景1", "en": "Scene 1"})
        self.assertEqual(first["kind"], {"zh-hans": "场景", "en": "Scene"})
        self.assertEqual(first["short"]["en"], "English introduction.")
        self.assertTrue(first["image"]["url"].startswith("/media/images/"))
        self.assertIn(".webp", first["image"]["url"])
        self.assertEqual(data["museum"]["en"], "Finance Museum")
        self.assertEqual(data["words"]["zh-hans"]["touch"], "触摸屏幕，开始探索")
        self.assertEqual(data["words"]["en"]["touch"], "Touch the screen to explore")

    def test_body_is_plain_text_without_links(self):
        """Paragraphs arrive as words only: nothing in the feed can become a link."""
        response = self.get_feed()
        self.assertEqual(response.json()["exhibits"][0]["body"]["en"], ["See this & that's"])
        self.assertNotIn("href", response.content.decode())
        self.assertNotIn("x.example", response.content.decode())

    def test_unpublished_and_private_exhibits_leave_the_feed(self):
        """An unpublished exhibit is gone from the next poll, and the version changes."""
        before = self.get_feed().json()
        self.scenes[1].unpublish()
        after = self.get_feed().json()
        self.assertNotIn(self.scenes[1].pk, after["loop"])
        self.assertNotIn(self.scenes[1].pk, explore_ids(after))
        self.assertNotEqual(before["version"], after["version"])

    def test_explore_lists_every_exhibit_grouped_by_kind(self):
        """The explore list holds the scenes, the stories and an exhibit added later,
        each kind under a heading in both languages, with thumbnails where there are
        pictures."""
        topic = ExhibitPageFactory(
            parent=self.museum, kind=ExhibitKind.TOPIC, position=1, title_en="New topic"
        )
        data = self.get_feed().json()
        groups = {group["kind"]: group for group in data["explore"]}
        self.assertEqual(list(groups), ["scene", "story", "topic"])
        self.assertEqual(groups["scene"]["exhibits"], [scene.pk for scene in self.scenes])
        self.assertEqual(groups["story"]["exhibits"], [self.story.pk])
        self.assertEqual(groups["topic"]["exhibits"], [topic.pk])
        self.assertEqual(groups["story"]["heading"]["en"], "Stories")
        self.assertEqual(groups["scene"]["heading"]["en"], "Scenes")
        self.assertTrue(groups["topic"]["heading"]["zh-hans"])
        entries = {entry["id"]: entry for entry in data["exhibits"]}
        self.assertEqual(entries[topic.pk]["title"]["en"], "New topic")
        self.assertEqual(entries[topic.pk]["kind_value"], "topic")
        scene = entries[self.scenes[0].pk]
        self.assertIn(".webp", scene["thumbnail"]["url"])
        self.assertNotEqual(scene["thumbnail"]["url"], scene["image"]["url"])
        self.assertIsNone(entries[self.story.pk]["thumbnail"])

    def test_a_published_edit_changes_the_version(self):
        before = self.get_feed().json()["version"]
        scene = ExhibitPage.objects.get(pk=self.scenes[0].pk)
        scene.title_en = "The counter"
        scene.save_revision().publish()
        data = self.get_feed().json()
        self.assertNotEqual(data["version"], before)
        self.assertEqual(data["exhibits"][0]["title"]["en"], "The counter")

    def test_etag_and_304(self):
        """The feed carries its version as ETag and answers 304 when the screen has it."""
        response = self.get_feed()
        etag = response["ETag"]
        self.assertEqual(etag, f'"{response.json()["version"]}"')
        self.assertIn("no-cache", response["Cache-Control"])
        again = self.get_feed(HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(again.status_code, 304)
        self.assertEqual(again.content, b"")
        self.assertEqual(again["ETag"], etag)
        self.assertIn("no-cache", again["Cache-Control"])
        self.assertEqual(self.get_feed(HTTP_IF_NONE_MATCH='"stale"').status_code, 200)

    def test_chosen_playlist_keeps_the_curators_order(self):
        screen = make_screen(self.museum, slug="chosen", playlist="chosen")
        for order, exhibit in enumerate([self.story, self.scenes[1]]):
            ScreenPlaylistItem.objects.create(screen=screen, exhibit=exhibit, sort_order=order)
        data = self.client.get(reverse("kiosk_feed", args=["chosen"])).json()
        self.assertEqual(data["loop"], [self.story.pk, self.scenes[1].pk])

    def test_settings_travel_with_the_feed(self):
        screen = make_screen(
            self.museum,
            slug="portrait",
            orientation="portrait",
            language="bilingual",
            attract_seconds=7,
            idle_seconds=30,
            reload_at=datetime.time(3, 30),
        )
        data = self.client.get(reverse("kiosk_feed", args=[screen.slug])).json()
        self.assertEqual(
            data["settings"],
            {
                "orientation": "portrait",
                "language": "bilingual",
                "attract_seconds": 7,
                "idle_seconds": 30,
                "reload_at": "03:30",
            },
        )
        self.assertIn("1080x1200", data["exhibits"][0]["image"]["url"])

    def test_a_museum_that_is_not_published_shows_nothing_of_itself(self):
        """A screen bound to a draft museum sent the draft's title in feed.json and on the
        kiosk page; never published, unpublished or private, the feed now has no title and
        no exhibits, even live ones under it."""
        draft = MuseumPageFactory(
            parent=self.home, title_zh_hans="草稿博物馆", title_en="Draft museum", live=False
        )
        ExhibitPageFactory(parent=draft, title_zh_hans="草稿展品", title_en="Draft exhibit")
        screen = make_screen(draft, slug="draft-hall")
        for url in (f"/screen/{screen.slug}/feed.json", f"/screen/{screen.slug}/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                for text in ("草稿", "Draft"):
                    self.assertNotIn(text, response.content.decode())
        data = self.client.get(f"/screen/{screen.slug}/feed.json").json()
        self.assertEqual(data["museum"], {"zh-hans": "", "en": ""})
        self.assertEqual((data["loop"], data["exhibits"], data["explore"]), ([], [], []))
        # A password on the screen's museum, or unpublishing it, empties its feed the same way.
        restriction = PageViewRestriction.objects.create(
            page=self.museum, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        data = self.get_feed().json()
        self.assertEqual((data["museum"]["en"], data["loop"]), ("", []))
        restriction.delete()
        self.assertNotEqual(self.get_feed().json()["loop"], [])
        self.museum.unpublish()
        data = self.get_feed().json()
        self.assertEqual((data["museum"]["en"], data["loop"]), ("", []))

    def test_unknown_screen_is_404(self):
        self.assertEqual(self.client.get("/screen/nope/feed.json").status_code, 404)
        self.assertEqual(self.client.get("/screen/nope/").status_code, 404)


class FeedQueryCountTests(TestCase):
    """The feed runs the same number of queries for 2 exhibits as for 12, of every
    kind, with and without pictures."""

    def count(self, exhibits):
        home = build_home()
        museum = MuseumPageFactory(parent=home)
        kinds = list(ExhibitKind)
        for n in range(exhibits):
            ExhibitPageFactory(
                parent=museum,
                kind=kinds[n % len(kinds)],
                position=n + 1,
                listing_image=MuseumImageFactory() if n % 3 else None,
            )
        screen = make_screen(museum, slug=f"s{exhibits}")
        url = reverse("kiosk_feed", args=[screen.slug])
        self.client.get(url)  # renditions are made on the first request
        with CaptureQueriesContext(connection) as queries:
            self.client.get(url)
        return len(queries)

    def test_flat(self):
        self.assertEqual(self.count(2), self.count(12))


@pytest.mark.template_contexts
class ShellTests(KioskFixture, TestCase):
    """The kiosk page itself."""

    def test_shell_has_no_links_and_loads_only_from_this_host(self):
        response = self.client.get(reverse("kiosk_screen", args=[self.screen.slug]))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["X-Kiosk-Shell"], "1")
        html = response.content.decode()
        self.assertNotIn("<a ", html)
        self.assertIn("user-scalable=no", html)
        for url in re.findall(r'(?:src|href)="([^"]+)"', html):
            self.assertTrue(url.startswith("/"), url)
        self.assertIn('id="kiosk-feed"', html)
        self.assertIn("金融博物馆", html)

    def test_fixed_text_follows_the_screen_language(self):
        make_screen(self.museum, slug="english", language="en")
        response = self.client.get(reverse("kiosk_screen", args=["english"]))
        self.assertContains(response, '<html lang="en">')
        self.assertEqual(response["Content-Language"], "en")

    def test_speed_is_bounded(self):
        url = reverse("kiosk_screen", args=[self.screen.slug])
        for asked, expected in (("abc", 1), ("0", 1), ("50", 50), ("999999", feed.MAX_SPEED)):
            with self.subTest(speed=asked):
                response = self.client.get(url, {"speed": asked})
                self.assertEqual(response.context["timings"]["speed"], expected)

    def test_timings_meet_the_recovery_promises(self):
        """A published change shows within 60 s; a screen recovers within 30 s."""
        timings = feed.client_timings()
        jitter = 1.2
        self.assertLessEqual(timings["poll"] * 1.1 + timings["retry_max"] * jitter, 60)
        self.assertLess(timings["retry_max"] * jitter, 30)

    def test_service_worker_scope(self):
        response = self.client.get(reverse("kiosk_service_worker"))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Service-Worker-Allowed"], "/screen/")
        self.assertIn("javascript", response["Content-Type"])
        self.assertIn("no-cache", response["Cache-Control"])
        self.assertIn(b"X-Kiosk-Cache", response.content)


class FleetAdminTests(KioskFixture, TestCase):
    """Curators see every screen's status in the admin's Screens list."""

    def setUp(self):
        self.client.force_login(get_user_model().objects.create_superuser("curator", password="pw"))

    def test_list_shows_online_offline_and_never_seen(self):
        offline = make_screen(self.museum, slug="stairs", name="Stairs")
        new = make_screen(self.museum, slug="new", name="Brand new")
        for screen in (self.screen, offline, new):
            screen.rotate_token()
        ScreenHeartbeat.objects.create(
            screen=self.screen, last_seen=timezone.now(), content_version="abcdef1234"
        )
        ScreenHeartbeat.objects.create(
            screen=offline, last_seen=timezone.now() - datetime.timedelta(hours=2)
        )
        response = self.client.get(reverse("wagtailsnippets_exhibits_screen:list"))
        self.assertEqual(response.status_code, 200)
        # The admin speaks Chinese by default.
        self.assertContains(response, "在线")
        self.assertContains(response, "起离线")
        self.assertContains(response, "从未上线")
        self.assertContains(response, "abcdef12")
        self.assertContains(response, reverse("wagtailsnippets_exhibits_screen:list"))

    def test_edit_and_create_views_render(self):
        edit = reverse("wagtailsnippets_exhibits_screen:edit", args=[self.screen.pk])
        self.assertEqual(self.client.get(edit).status_code, 200)
        add = reverse("wagtailsnippets_exhibits_screen:add")
        self.assertEqual(self.client.get(add).status_code, 200)


class SeedScreenTests(SeededTestCase):
    """The seed content configures a screen for each museum that has exhibits."""

    def test_one_screen_per_museum_with_exhibits(self):
        # The tree is the seed command's (tests/seeding.py); running it again adds no screen.
        call_command("load_heritage_content", stdout=StringIO())
        with_exhibits = [
            museum
            for museum in MuseumPage.objects.all()
            if ExhibitPage.objects.child_of(museum).exists()
        ]
        self.assertTrue(with_exhibits)
        self.assertEqual(
            sorted(Screen.objects.values_list("museum_id", flat=True)),
            sorted(museum.pk for museum in with_exhibits),
        )
        for screen in Screen.objects.all():
            with self.subTest(screen=screen.slug):
                response = self.client.get(reverse("kiosk_feed", args=[screen.slug]))
                self.assertTrue(response.json()["loop"])
                shell = self.client.get(reverse("kiosk_screen", args=[screen.slug]))
                self.assertEqual(shell.status_code, 200)
