"""The page cache across application processes (issue 13): a publish in one process makes
the pages another process has cached render afresh at once.

A throwaway redis-server (as in tests/test_cache_outage.py) is the shared cache; a
second process, ``manage.py runserver --noreload`` with tests/page_cache_settings.py,
serves the test database over loopback HTTP while this process publishes.
"""

import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from django.test import TransactionTestCase, override_settings

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage
from tests.base import build_home, url_in
from tests.test_cache_outage import RedisServer, free_port

ROOT = Path(__file__).resolve().parent.parent


def database_url():
    """The URL of this process's test database, for the second process."""
    config = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{config['NAME']}"
    user, host, port = config["USER"], config["HOST"] or "127.0.0.1", config["PORT"] or 5432
    password = f":{config['PASSWORD']}" if config["PASSWORD"] else ""
    return f"postgres://{user}{password}@{host}:{port}/{config['NAME']}"


class AppServer:
    """``manage.py runserver`` in its own process, on a free loopback port."""

    def __init__(self, redis_url):
        self.port = free_port()
        self.redis_url = redis_url
        self.process = None

    def start(self):
        env = {
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "tests.page_cache_settings",
            "DATABASE_URL": database_url(),
            "MUSEUM_REDIS_URL": self.redis_url,
            "MUSEUM_LOG_LEVEL": "ERROR",
        }
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}"]
            + ["--noreload", "--skip-checks"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get("/healthz")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the second application process did not start")

    def get(self, path):
        """Status, X-Cache and body of a GET through the second process."""
        with urllib.request.urlopen(  # noqa: S310 -- a fixed loopback URL
            f"http://127.0.0.1:{self.port}{path}", timeout=20
        ) as response:
            return response.status, response.headers.get("X-Cache"), response.read().decode()

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")
class TwoProcessesTests(TransactionTestCase):
    """Two application processes share one Redis: a publish in either is seen by both."""

    def setUp(self):
        self.redis = RedisServer()
        self.redis.start()
        self.addCleanup(self.redis.kill)
        shared = override_settings(
            CACHES={
                "default": {
                    "BACKEND": "museum.cache.ResilientRedisCache",
                    "LOCATION": self.redis.url,
                }
            },
            MUSEUM_PAGE_CACHE_SECONDS=600,
        )
        shared.enable()
        self.addCleanup(shared.disable)
        home = build_home()
        museum = MuseumPageFactory(parent=home)
        self.exhibit = ExhibitPageFactory(parent=museum, title_en="The counter")
        self.server = AppServer(self.redis.url)
        self.server.start()
        self.addCleanup(self.server.stop)

    def test_a_publish_in_one_process_is_seen_by_the_other_at_once(self):
        url = url_in(self.exhibit, "en")
        self.assertEqual(self.server.get(url)[:2], (200, "miss"))
        status, outcome, body = self.server.get(url)
        self.assertEqual((status, outcome), (200, "hit"))
        self.assertIn("The counter", body)
        host = {"HTTP_HOST": f"127.0.0.1:{self.server.port}"}
        self.assertEqual(self.client.get(url, **host)["X-Cache"], "hit")  # one shared entry

        page = ExhibitPage.objects.get(pk=self.exhibit.pk)
        page.title_en = "The new counter"
        page.save_revision().publish()

        status, outcome, body = self.server.get(url)
        self.assertEqual((status, outcome), (200, "miss"))
        self.assertIn("The new counter", body)
        self.assertEqual(self.server.get(url)[1], "hit")
        mine = self.client.get(url, **host)
        self.assertEqual(mine["X-Cache"], "hit")  # stored by the other process, already fresh
        self.assertIn("The new counter", mine.content.decode())
