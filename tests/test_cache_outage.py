"""A Redis outage costs speed, not availability (issue 11, "Availability over cache").

A real redis-server, started on a free loopback port for these tests only, backs
museum.cache.ResilientRedisCache. Every kind of public URL answers 200 with it
running, with it killed, and again once it is back, when the cache is used again.
"""

import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.test import TestCase, override_settings
from wagtail.models import Page

from exhibits.factories import (
    ExhibitPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import QRCode, Screen, TrailPage
from exhibits.opendata.middleware import OpenDataRateLimitMiddleware
from museum.cache import Outage, ResilientRedisCache
from tests.base import LANGUAGES, build_home, one_rate_limit_window, url_in

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
RETRY_AFTER = 0.3


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A throwaway redis-server without persistence, on its own port."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 -- a fixed local binary
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
                return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("redis-server did not start")

    def keys(self):
        """How many keys the server holds (asked directly, not through the cache)."""
        return redis.Redis(port=self.port, socket_timeout=1).dbsize()

    def kill(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=5)
            self.process = None


def public_urls():
    """One or more URLs of every public endpoint type, in both languages where they have one."""
    urls = []
    one_of_each_type = {}
    for page in Page.objects.live().public().exclude(depth=1).specific():
        one_of_each_type.setdefault(type(page), page)
    for page in one_of_each_type.values():
        urls += [url_in(page, language) for language in LANGUAGES]
    urls += [f"/{language}/search/?q=银行" for language in LANGUAGES]
    urls += [f"/{language}/search/?q=bank" for language in LANGUAGES]
    urls += [f"/{language}/search/suggest/?q=银行" for language in LANGUAGES]
    code = QRCode.objects.filter(page__live=True).first()
    urls += [f"/q/{code.code}?lang={language}" for language in LANGUAGES]
    urls += ["/q/", f"/q/{code.code}.svg"]
    for screen in Screen.objects.all()[:2]:
        urls += [f"/screen/{screen.slug}/", f"/screen/{screen.slug}/feed.json"]
    trail = TrailPage.objects.live().first()
    urls += ["/geo/sites.geojson", f"/geo/trails/{trail.pk}.geojson"]
    urls += ["/api/v2/pages/", f"/api/v2/pages/{trail.pk}/", "/api/openapi.json"]
    urls += [f"/oembed/?url=http://localhost{url_in(trail, 'en')}", "/sitemap.xml"]
    return urls


@pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")
class CacheOutageTests(TestCase):
    """Every public URL answers 200 whether Redis runs, is killed, or comes back."""

    @classmethod
    def setUpClass(cls):
        cls.redis = RedisServer()
        cls.redis.start()
        cls.caches = override_settings(
            CACHES={
                "default": {
                    "BACKEND": "museum.cache.ResilientRedisCache",
                    "LOCATION": cls.redis.url,
                    "OPTIONS": {"RETRY_AFTER": RETRY_AFTER},
                }
            }
        )
        cls.caches.enable()
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.caches.disable()
        cls.redis.kill()

    @classmethod
    def setUpTestData(cls):
        home = build_home()
        museum = MuseumPageFactory(parent=home)
        exhibit = ExhibitPageFactory(parent=museum, title_en="The Bank's counter")
        sites = HeritageSiteIndexPageFactory(parent=home)
        HeritageSitePageFactory(parent=sites)
        trail = TrailPageFactory(parent=home)
        TrailStopPageFactory(parent=trail)
        Screen.objects.create(name="Banking hall", slug="banking-hall", museum=museum)
        cls.exhibit = exhibit
        cls.urls = public_urls()

    def setUp(self):
        if self.redis.process is None:
            self.redis.start()
        for outage in Outage.registry.values():  # forget what earlier tests taught the backend
            outage.down_until, outage.down_since, outage.last_warning = 0.0, None, None
        cache.clear()

    def assert_all_answer(self, urls):
        for url in urls:
            with self.subTest(url=url):
                response = self.client.get(url, follow=False)
                self.assertEqual(response.status_code, 200 if "?lang=" not in url else 302)

    def test_every_public_url_survives_an_outage_and_uses_the_cache_again(self):
        """200s with Redis up, killed (one log line) and back; the cache fills again."""
        self.assertIsInstance(caches["default"], ResilientRedisCache)
        self.assert_all_answer(self.urls)
        self.assertGreater(self.redis.keys(), 0)

        self.redis.kill()
        with self.assertLogs("museum.cache", "WARNING") as logs:
            started = time.monotonic()
            self.assert_all_answer(self.urls)
            elapsed = time.monotonic() - started
        self.assertEqual(len(logs.records), 1, [r.getMessage() for r in logs.records])
        self.assertIn("cache unavailable", logs.records[0].getMessage())

        self.redis.start()
        time.sleep(RETRY_AFTER + 0.05)
        with self.assertLogs("museum.cache", "WARNING") as logs:
            self.assert_all_answer(self.urls[:3])
        self.assertIn("available again", logs.records[-1].getMessage())
        self.assertGreater(self.redis.keys(), 0)  # a new, empty server filled again
        cache.set("probe", "back", 30)
        self.assertEqual(cache.get("probe"), "back")
        self.assertLess(elapsed, 30)

    def test_rate_limit_fails_open_without_redis(self):
        """With Redis killed, open data past the limit still answers 200, not 429."""
        self.redis.kill()
        with self.settings(MUSEUM_OPEN_DATA_RATE_LIMIT=(2, 60)):
            for _ in range(5):
                self.assertEqual(self.client.get("/geo/sites.geojson").status_code, 200)

    def test_rate_limit_still_counts_with_redis(self):
        """With Redis up, the shared counter still refuses the request past the limit."""
        with self.settings(MUSEUM_OPEN_DATA_RATE_LIMIT=(2, 60)), one_rate_limit_window():
            statuses = [self.client.get("/geo/sites.geojson").status_code for _ in range(3)]
        self.assertEqual(statuses, [200, 200, 429])


class FailingCache:
    """A cache whose every call raises, as a plain RedisCache does while Redis is down."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("no cache")

        return fail


def test_rate_limit_fails_open_on_any_cache_error(rf, monkeypatch, caplog):
    """Whatever the cache raises, the open data is served and a warning is logged."""
    monkeypatch.setattr("exhibits.opendata.middleware.cache", FailingCache())
    middleware = OpenDataRateLimitMiddleware(lambda request: HttpResponse())
    response = middleware(rf.get("/geo/sites.geojson"))
    assert response.status_code == 200
    assert "rate limit skipped" in caplog.text


def test_one_redis_client_serves_every_call():
    """The backend keeps its redis-py client (Django would build one per call, filling
    its table of response callbacks each time)."""
    backend = ResilientRedisCache(f"redis://127.0.0.1:{free_port()}/0", {})
    client = backend._cache.get_client()
    assert backend._cache.get_client(write=True) is client
    assert backend._cache.get_client("any key") is client
