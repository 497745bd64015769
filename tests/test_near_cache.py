"""The page cache's near side (museum/near_cache.py, issue 13): a hit costs no round trip
to Redis, and a change any process makes is still seen at once.

A throwaway redis-server (as in tests/test_cache_outage.py) backs the cache. Its own
statistics count the commands it served, so "no round trip" is Redis's word, not a mock's.
"""

import shutil
import time
from unittest import mock

import pytest
import redis
from django.test import TestCase, override_settings

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage
from museum import content_version, near_cache
from museum.near_cache import NearEntries, VersionWatch, near_side
from tests.base import build_home, url_in
from tests.test_cache_outage import RedisServer

pytestmark = pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")


def commands_served(server):
    """How many commands the server has run since its statistics were last reset."""
    client = redis.Redis(port=server.port, socket_timeout=1)
    stats = client.info("commandstats")
    ignored = ("cmdstat_info", "cmdstat_config|resetstat")
    return sum(entry["calls"] for name, entry in stats.items() if name not in ignored)


def reset_statistics(server):
    redis.Redis(port=server.port, socket_timeout=1).config_resetstat()


class RedisTestCase(TestCase):
    """A fresh redis-server per test, as the default cache, with the page cache on."""

    def setUp(self):
        self.redis = RedisServer()
        self.redis.start()
        self.addCleanup(self.redis.kill)
        self.addCleanup(near_cache.reset)
        settings = override_settings(
            CACHES={
                "default": {
                    "BACKEND": "museum.cache.ResilientRedisCache",
                    "LOCATION": self.redis.url,
                    "OPTIONS": {"RETRY_AFTER": 0.2},
                }
            },
            MUSEUM_PAGE_CACHE_SECONDS=600,
        )
        settings.enable()
        self.addCleanup(settings.disable)
        self.other = redis.Redis(port=self.redis.port, socket_timeout=1)

    def redis_key(self):
        from django.core.cache import cache

        return cache.make_and_validate_key(content_version.VERSION_KEY)

    def watch(self):
        from django.core.cache import cache

        return VersionWatch(cache, content_version.VERSION_KEY)


class VersionWatchTests(RedisTestCase):
    def counting_reader(self):
        reads = []

        def read():
            reads.append(1)
            return self.other.get(self.redis_key())

        return read, reads

    def test_the_version_is_read_once_and_kept(self):
        self.other.set(self.redis_key(), b"v1")
        watch = self.watch()
        read, reads = self.counting_reader()
        self.assertEqual([watch.current(read) for _ in range(50)], [b"v1"] * 50)
        self.assertEqual(len(reads), 1)

    def test_a_write_by_any_other_client_is_seen_on_the_next_request(self):
        self.other.set(self.redis_key(), b"v1")
        watch = self.watch()
        read, reads = self.counting_reader()
        self.assertEqual(watch.current(read), b"v1")
        for number in range(2, 40):  # no pause: the message is waiting before SET returns
            self.other.set(self.redis_key(), f"v{number}".encode())
            self.assertEqual(watch.current(read), f"v{number}".encode())
        self.assertEqual(len(reads), 39)

    def test_other_keys_do_not_disturb_it(self):
        self.other.set(self.redis_key(), b"v1")
        watch = self.watch()
        read, reads = self.counting_reader()
        watch.current(read)
        self.other.set("page-cache:version", b"x")  # the same name without the key prefix
        self.other.set(":1:page-cache:entry", b"x")
        watch.current(read)
        self.assertEqual(len(reads), 1)

    def test_a_flush_or_an_expiry_is_a_change_too(self):
        self.other.set(self.redis_key(), b"v1")
        watch = self.watch()
        read, _ = self.counting_reader()
        watch.current(read)
        self.other.flushall()
        self.assertIsNone(watch.current(read))
        self.other.set(self.redis_key(), b"v2", px=50)
        self.assertEqual(watch.current(read), b"v2")
        time.sleep(0.1)
        self.other.get(self.redis_key())  # Redis expires a key when it is next touched
        self.assertIsNone(watch.current(read))

    def test_a_lost_connection_means_reading_redis_on_every_request_until_it_returns(self):
        self.other.set(self.redis_key(), b"v1")
        watch = self.watch()
        read, reads = self.counting_reader()
        watch.current(read)
        self.other.client_kill_filter(_type="pubsub")
        with self.assertLogs("museum.cache", "INFO") as logs:
            self.assertEqual(watch.current(read), b"v1")
        self.assertIn("page cache version watch lost", logs.output[0])
        self.assertIsNone(watch.connection)
        before = len(reads)
        self.assertEqual([watch.current(read) for _ in range(5)], [b"v1"] * 5)
        self.assertEqual(len(reads) - before, 5)  # no kept version while the watch is down
        with mock.patch.object(near_cache.time, "monotonic", return_value=time.monotonic() + 10):
            watch.current(read)
            self.assertIsNotNone(watch.connection)  # reconnected after RETRY_AFTER
            self.other.set(self.redis_key(), b"v2")
            self.assertEqual(watch.current(read), b"v2")

    def test_a_missed_message_is_caught_within_a_second(self):
        """A connection that dies without a word cannot keep an old version for long."""
        self.other.set(self.redis_key(), b"v1")
        watch = self.watch()
        read, _ = self.counting_reader()
        watch.current(read)
        with mock.patch.object(watch.connection, "can_read", return_value=False):
            self.other.set(self.redis_key(), b"v2")
            self.assertEqual(watch.current(read), b"v1")  # the message went unseen
            later = time.monotonic() + near_cache.VERIFY_EVERY
            with (
                mock.patch.object(near_cache.time, "monotonic", return_value=later),
                self.assertLogs("museum.cache", "WARNING") as logs,
            ):
                self.assertEqual(watch.current(read), b"v2")
            self.assertIn("without an invalidation message", logs.output[0])

    def test_without_redis_there_is_no_version(self):
        self.redis.kill()
        watch = self.watch()
        self.assertIsNone(watch.current(lambda: None))
        self.assertIsNone(watch.connection)

    def test_a_forked_process_opens_its_own_connection(self):
        self.other.set(self.redis_key(), b"v1")
        watch = self.watch()
        read, _ = self.counting_reader()
        watch.current(read)
        parents = watch.connection
        with mock.patch.object(near_cache.os, "getpid", return_value=watch.pid + 1):
            self.assertEqual(watch.current(read), b"v1")
        self.assertIsNot(watch.connection, parents)


class NearEntriesTests(TestCase):
    def entry(self, version="v1", size=1000, expires_in=600):
        return {
            "version": version,
            "expires": time.time() + expires_in,
            "status": 200,
            "content": b"x" * size,
            "gzip": None,
            "headers": [("Content-Type", "text/html")],
        }

    def test_an_entry_answers_only_at_its_own_version(self):
        entries = NearEntries(100_000)
        entries.put("page", self.entry("v1"))
        self.assertIsNotNone(entries.get("page", "v1"))
        self.assertIsNone(entries.get("page", "v2"))
        self.assertIsNone(entries.get("page", "v1"))  # dropped, not kept for later
        self.assertEqual(entries.size, 0)

    def test_an_expired_entry_is_not_served(self):
        entries = NearEntries(100_000)
        entries.put("page", self.entry(expires_in=-1))
        self.assertIsNone(entries.get("page", "v1"))

    def test_memory_is_bounded_and_the_least_recently_used_go_first(self):
        entries = NearEntries(10_000)
        for number in range(8):
            entries.put(f"page{number}", self.entry(size=2_000))
            entries.get("page0", "v1")  # kept in use
        self.assertLessEqual(entries.size, 10_000)
        self.assertIsNotNone(entries.get("page0", "v1"))
        self.assertIsNone(entries.get("page1", "v1"))
        self.assertIsNotNone(entries.get("page7", "v1"))

    def test_one_huge_answer_does_not_push_out_the_rest(self):
        entries = NearEntries(10_000)
        entries.put("page", self.entry(size=1_000))
        entries.put("huge", self.entry(size=9_000))
        self.assertIsNone(entries.get("huge", "v1"))
        self.assertIsNotNone(entries.get("page", "v1"))

    def test_only_the_redis_backend_has_a_near_side(self):
        self.assertEqual(near_side(content_version.VERSION_KEY), (None, None))


class PageCacheHitTests(RedisTestCase):
    def test_a_hit_costs_no_round_trip_and_a_publish_is_seen_at_once(self):
        home = build_home()
        museum = MuseumPageFactory(parent=home)
        exhibit = ExhibitPageFactory(parent=museum, title_en="The counter")
        url = url_in(exhibit, "en")
        self.assertEqual(self.client.get(url)["X-Cache"], "miss")
        reset_statistics(self.redis)
        for _ in range(10):
            response = self.client.get(url)
            self.assertEqual(response["X-Cache"], "hit")
        self.assertEqual(commands_served(self.redis), 0)

        page = ExhibitPage.objects.get(pk=exhibit.pk)
        page.title_en = "The new counter"
        page.save_revision().publish()
        response = self.client.get(url)
        self.assertEqual(response["X-Cache"], "miss")
        self.assertIn("The new counter", response.content.decode())

    def test_an_entry_stored_by_another_process_is_read_once_then_kept(self):
        home = build_home()
        exhibit = ExhibitPageFactory(parent=MuseumPageFactory(parent=home))
        url = url_in(exhibit, "en")
        self.client.get(url)
        near_side(content_version.VERSION_KEY)[1].clear()  # as if another process stored it
        reset_statistics(self.redis)
        self.assertEqual(self.client.get(url)["X-Cache"], "hit")
        self.assertEqual(commands_served(self.redis), 1)  # the entry, once
        self.assertEqual(self.client.get(url)["X-Cache"], "hit")
        self.assertEqual(commands_served(self.redis), 1)
