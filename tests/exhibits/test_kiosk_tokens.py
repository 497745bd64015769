"""Screen tokens and the heartbeat: only a screen holding its own token reports (403
otherwise), each screen reports at most HEARTBEAT_LIMIT times a minute (429), bad
bodies are a 400, the token is stored only as a keyed digest, shown once in the admin
and replaced there by a confirmed POST that makes the old one stop working."""

import datetime
import json
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import connection
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from exhibits.factories import MuseumPageFactory
from exhibits.kiosk.views import HEARTBEAT_LIMIT, browser_summary
from exhibits.models import Screen, ScreenHeartbeat
from exhibits.models.screens import token_digest
from tests.base import build_home

CHROME_ON_LINUX = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
ADMIN_LIST = "wagtailsnippets_exhibits_screen:list"


class ScreenFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home, title_zh_hans="金融博物馆", title_en="Finance Museum"
        )
        cls.screen = Screen.objects.create(name="Banking hall", slug="hall", museum=cls.museum)
        cls.token = cls.screen.rotate_token()

    def setUp(self):
        cache.clear()  # heartbeat counts live in the cache

    def beat(self, token=None, body='{"version": "abc123"}', slug="hall", **extra):
        headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
        return self.client.post(
            reverse("kiosk_heartbeat", args=[slug]),
            data=body,
            content_type="application/json",
            **headers,
            **extra,
        )


class HeartbeatTests(ScreenFixture, TestCase):
    """What a heartbeat must carry, and what the server keeps of it."""

    def test_records_last_seen_version_address_and_browser(self):
        """A beat with the screen's token records when, what, from which address and in
        which browser."""
        started = "2026-11-29T08:00:00+00:00"
        response = self.beat(
            self.token,
            json.dumps({"version": "abc123", "started": started}),
            REMOTE_ADDR="192.0.2.41",
            HTTP_USER_AGENT=CHROME_ON_LINUX,
        )
        self.assertEqual(response.status_code, 204)
        self.assertIn("no-store", response["Cache-Control"])
        beat = ScreenHeartbeat.objects.get(screen=self.screen)
        self.assertEqual(beat.content_version, "abc123")
        self.assertTrue(beat.is_online)
        self.assertEqual(beat.started_at.isoformat(), started)
        self.assertEqual(beat.address, "192.0.2.41")
        self.assertEqual(beat.browser, "Chrome 131 · Linux")
        self.beat(self.token, json.dumps({"version": "def456"}))
        self.assertEqual(ScreenHeartbeat.objects.get().content_version, "def456")

    @override_settings(MUSEUM_TRUSTED_PROXY_COUNT=1)
    def test_behind_the_proxy_the_forwarded_address_is_kept(self):
        """Behind the trusted proxy, the address it saw (the last X-Forwarded-For entry);
        an entry that is not an address is not stored."""
        self.beat(self.token, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.9")
        self.assertEqual(ScreenHeartbeat.objects.get().address, "203.0.113.9")
        self.beat(self.token, HTTP_X_FORWARDED_FOR="not-an-address")
        self.assertIsNone(ScreenHeartbeat.objects.get().address)

    def test_without_the_right_token_is_a_403(self):
        """No token, a wrong one, another screen's, another scheme or an overlong one:
        403 with a message in both languages, and nothing is recorded."""
        other = Screen.objects.create(name="Stairs", slug="stairs", museum=self.museum)
        other_token = other.rotate_token()
        for label, headers in {
            "missing": {},
            "wrong": {"HTTP_AUTHORIZATION": "Bearer " + "x" * 43},
            "another screen's": {"HTTP_AUTHORIZATION": f"Bearer {other_token}"},
            "empty": {"HTTP_AUTHORIZATION": "Bearer "},
            "other scheme": {"HTTP_AUTHORIZATION": f"Token {self.token}"},
            "overlong": {"HTTP_AUTHORIZATION": f"Bearer {self.token}{'x' * 200}"},
            "truncated": {"HTTP_AUTHORIZATION": f"Bearer {self.token[:-1]}"},
        }.items():
            with self.subTest(label):
                response = self.beat(**headers)
                self.assertEqual(response.status_code, 403)
                error = response.json()["error"]
                self.assertIn("token", error)
                self.assertIn("令牌", error)
        self.assertFalse(ScreenHeartbeat.objects.exists())

    def test_a_screen_without_a_token_cannot_report(self):
        """Screens made before tokens (an empty digest) refuse every beat, even one
        whose token is empty or whose digest would be the empty string."""
        Screen.objects.filter(pk=self.screen.pk).update(token_hash="", token_set_at=None)
        self.assertTrue(Screen.objects.get(pk=self.screen.pk).needs_token)
        self.assertEqual(self.beat(self.token).status_code, 403)
        self.assertEqual(self.beat("").status_code, 403)
        self.assertFalse(ScreenHeartbeat.objects.exists())

    def test_rejects_bad_bodies(self):
        """With the right token: a body that is not a JSON object, or too large, is a
        400 in both languages; unknown screens 404, GET 405."""
        for body in ("not json", "[1]", '"text"', "x" * 5000, "\x00"):
            with self.subTest(body=body[:10]):
                cache.clear()
                response = self.beat(self.token, body)
                self.assertEqual(response.status_code, 400)
                self.assertRegex(response.json()["error"], r"[a-z].* / .*[\u4e00-\u9fff]")
        self.assertEqual(self.beat(self.token, slug="nope").status_code, 404)
        self.assertEqual(
            self.client.get(reverse("kiosk_heartbeat", args=["hall"])).status_code, 405
        )
        self.assertFalse(ScreenHeartbeat.objects.exists())

    def test_rate_limited_per_screen(self):
        """Past HEARTBEAT_LIMIT beats in a minute a screen gets 429 with Retry-After;
        another screen is not affected, nor the same screen once given a new token."""
        for _beat in range(HEARTBEAT_LIMIT):
            self.assertEqual(self.beat(self.token).status_code, 204)
        refused = self.beat(self.token)
        self.assertEqual(refused.status_code, 429)
        self.assertTrue(1 <= int(refused["Retry-After"]) <= 60)
        self.assertIn("心跳过于频繁", refused.json()["error"])
        other = Screen.objects.create(name="Stairs", slug="stairs", museum=self.museum)
        self.assertEqual(self.beat(other.rotate_token(), slug="stairs").status_code, 204)
        # Set up again with a new token, the screen may report at once.
        new = Screen.objects.get(pk=self.screen.pk).rotate_token()
        self.assertEqual(self.beat(new).status_code, 204)

    def test_a_failing_cache_lets_beats_through(self):
        """With the cache down the limit fails open: screens still report."""
        with mock.patch("exhibits.kiosk.views.cache.add", side_effect=ConnectionError):
            self.assertEqual(self.beat(self.token).status_code, 204)

    def test_browser_summary(self):
        """Family, major version and system; unknown parts left out."""
        self.assertEqual(browser_summary(CHROME_ON_LINUX), "Chrome 131 · Linux")
        self.assertEqual(
            browser_summary(CHROME_ON_LINUX.replace("Chrome/", "HeadlessChrome/")),
            "Chrome 131 · Linux",
        )
        self.assertEqual(
            browser_summary("Mozilla/5.0 (Windows NT 10.0; rv:133.0) Gecko Firefox/133.0"),
            "Firefox 133 · Windows",
        )
        self.assertEqual(browser_summary("curl/8.5"), "")


class TokenTests(ScreenFixture, TestCase):
    """How a token is made, kept and replaced."""

    def test_the_token_is_never_stored_in_clear(self):
        """Only an HMAC-SHA-256 digest under the secret key is in the database."""
        screen = Screen.objects.get(pk=self.screen.pk)
        self.assertGreaterEqual(len(self.token), 43)
        self.assertEqual(screen.token_hash, token_digest(self.token))
        self.assertNotIn(self.token, screen.token_hash)
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM exhibits_screen")
            stored = repr(cursor.fetchall())
        self.assertNotIn(self.token, stored)
        self.assertIn(screen.token_hash, stored)

    def test_rotation_makes_the_old_token_stop_working(self):
        self.assertEqual(self.beat(self.token).status_code, 204)
        new = Screen.objects.get(pk=self.screen.pk).rotate_token()
        self.assertNotEqual(new, self.token)
        self.assertEqual(self.beat(self.token).status_code, 403)
        self.assertEqual(self.beat(new).status_code, 204)

    def test_a_new_secret_key_keeps_screens_reporting_through_the_fallbacks(self):
        with override_settings(
            SECRET_KEY="a-new-key", SECRET_KEY_FALLBACKS=["test-only-not-secret"]
        ):
            self.assertEqual(self.beat(self.token).status_code, 204)
        with override_settings(SECRET_KEY="a-new-key", SECRET_KEY_FALLBACKS=[]):
            self.assertEqual(self.beat(self.token).status_code, 403)


def screen_form(**overrides):
    data = {
        "name": "Vault corridor",
        "slug": "vault",
        "museum": "",
        "orientation": "landscape",
        "playlist": "all",
        "language": "toggle",
        "attract_seconds": "10",
        "idle_seconds": "90",
        "reload_at": "04:00",
        "playlist_items": inline_formset([]),
        **overrides,
    }
    return nested_form_data(data)


def english_admin(username, superuser=True):
    users = get_user_model().objects
    make = users.create_superuser if superuser else users.create_user
    user = make(username, password="pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.mark.template_contexts
class TokenAdminTests(ScreenFixture, TestCase):
    """The AV team creates screens, sees each token once and replaces it, in the admin."""

    def setUp(self):
        super().setUp()
        self.user = english_admin("av-team")
        self.client.force_login(self.user)
        self.token_url = reverse("wagtailsnippets_exhibits_screen:token", args=[self.screen.pk])

    def token_on(self, response):
        return response.context["token"]

    def test_creating_a_screen_shows_its_setup_address_once(self):
        """The answer to the create form is the setup address with the token in the
        fragment, never cached; the token works, and no later page shows it."""
        response = self.client.post(
            reverse("wagtailsnippets_exhibits_screen:add"), screen_form(museum=self.museum.pk)
        )
        self.assertEqual(response.status_code, 200)
        token = self.token_on(response)
        self.assertContains(response, f"http://localhost/screen/vault/#token={token}")
        self.assertIn("no-store", response["Cache-Control"])
        screen = Screen.objects.get(slug="vault")
        self.assertTrue(screen.token_matches(token))
        self.assertEqual(self.beat(token, slug="vault").status_code, 204)
        for url in (
            reverse(ADMIN_LIST),
            reverse("wagtailsnippets_exhibits_screen:edit", args=[screen.pk]),
            reverse("wagtailsnippets_exhibits_screen:history", args=[screen.pk]),
            self.token_url,
        ):
            with self.subTest(url):
                self.assertNotContains(self.client.get(url), token)

    def test_a_copy_gets_a_token_of_its_own(self):
        """The copy form posts to the add view, which makes a new token; the copy view
        itself takes no POST (it would save over the original)."""
        copy_url = reverse("wagtailsnippets_exhibits_screen:copy", args=[self.screen.pk])
        add_url = reverse("wagtailsnippets_exhibits_screen:add")
        self.assertContains(self.client.get(copy_url), f'action="{add_url}"')
        form = screen_form(museum=self.museum.pk, slug="hall-2")
        self.assertEqual(self.client.post(copy_url, form).status_code, 405)
        self.assertEqual(Screen.objects.get(pk=self.screen.pk).slug, "hall")
        response = self.client.post(add_url, form)
        self.assertEqual(response.status_code, 200)
        copy = Screen.objects.get(slug="hall-2")
        self.assertNotEqual(copy.token_hash, Screen.objects.get(pk=self.screen.pk).token_hash)
        self.assertFalse(copy.token_matches(self.token))
        self.assertTrue(copy.token_matches(self.token_on(response)))

    def test_rotation_asks_first_then_shows_the_new_token_once(self):
        """GET asks for confirmation and changes nothing; the POST replaces the token,
        shows the new one, logs who did it, and the old one stops working."""
        confirm = self.client.get(self.token_url)
        self.assertContains(confirm, "stops working")
        self.assertContains(confirm, 'method="post"')
        self.assertContains(confirm, "csrfmiddlewaretoken")
        self.assertTrue(Screen.objects.get(pk=self.screen.pk).token_matches(self.token))

        response = self.client.post(self.token_url)
        self.assertEqual(response.status_code, 200)
        new = self.token_on(response)
        self.assertContains(response, f"#token={new}")
        self.assertContains(response, "has stopped working")
        self.assertEqual(self.beat(self.token).status_code, 403)
        self.assertEqual(self.beat(new).status_code, 204)
        entry = ModelLogEntry.objects.get(action="exhibits.screen_token")
        self.assertEqual(entry.user, self.user)

    def test_rotation_needs_the_csrf_token(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.user)
        self.assertEqual(client.post(self.token_url).status_code, 403)
        self.assertTrue(Screen.objects.get(pk=self.screen.pk).token_matches(self.token))

    def test_rotation_needs_permission_to_change_screens(self):
        """An admin user who may only view screens cannot see or replace a token."""
        viewer = english_admin("viewer", superuser=False)
        viewer.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="view_screen"),
        )
        self.client.force_login(viewer)
        self.assertEqual(self.client.get(self.token_url).status_code, 302)
        self.assertEqual(self.client.post(self.token_url).status_code, 302)
        self.assertTrue(Screen.objects.get(pk=self.screen.pk).token_matches(self.token))
        listing = self.client.get(reverse(ADMIN_LIST))
        self.assertNotContains(listing, self.token_url)

    def test_fleet_list_shows_needs_a_token_and_where_a_screen_reported(self):
        untokened = Screen.objects.create(name="Old lobby", slug="lobby", museum=self.museum)
        ScreenHeartbeat.objects.create(
            screen=untokened, last_seen=timezone.now() - datetime.timedelta(days=3)
        )
        self.beat(self.token, REMOTE_ADDR="192.0.2.41", HTTP_USER_AGENT=CHROME_ON_LINUX)
        response = self.client.get(reverse(ADMIN_LIST))
        self.assertContains(response, "Needs a token")
        self.assertContains(response, "Online")
        self.assertContains(response, "192.0.2.41 · Chrome 131 · Linux")
        self.assertContains(response, self.token_url)
        edit = self.client.get(
            reverse("wagtailsnippets_exhibits_screen:edit", args=[self.screen.pk])
        )
        self.assertContains(edit, self.token_url)
