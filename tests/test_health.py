"""Operations (issue 11): /healthz for load balancers and JSON log lines on stderr."""

import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from museum.logs import JsonFormatter

PROJECT = Path(__file__).resolve().parent.parent


def closed_port():
    """A loopback port on which nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_setting(expression, **env):
    """Evaluate an expression over the production settings in a clean interpreter."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "MUSEUM_"))}
    environment.update(
        DJANGO_SECRET_KEY="x" * 60,
        DJANGO_ALLOWED_HOSTS="museum.example.cn",
        MUSEUM_PUBLIC_URL="https://museum.example.cn",
        **env,
    )
    result = subprocess.run(  # noqa: S603 -- runs this interpreter on a fixed snippet
        [sys.executable, "-c", f"import museum.settings.production as s; print({expression})"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


class BrokenConnection:
    """A database connection whose cursor cannot be opened, as when the server is down."""

    def cursor(self):
        raise OperationalError("could not connect to server")


class HealthTests(TestCase):
    """/healthz reports the database and the cache without writing or being cached."""

    def test_healthy(self):
        """Database and cache up: 200, JSON, no-store, and only reading queries."""
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok", "database": "ok", "cache": "ok"})
        self.assertIn("no-store", response["Cache-Control"])
        self.assertNotIn("ETag", response)
        statements = [query["sql"].lstrip().upper() for query in queries]
        self.assertTrue(statements)
        self.assertTrue(all(sql.startswith("SELECT") for sql in statements), statements)

    def test_head_answers_too(self):
        """A monitor may probe with HEAD."""
        self.assertEqual(self.client.head("/healthz").status_code, 200)

    def test_database_down_is_503(self):
        """Without a database the check answers 503, so the balancer takes the server out."""
        with (
            pytest.MonkeyPatch.context() as patch,
            self.assertLogs("museum.health", "ERROR"),
        ):
            patch.setattr("museum.health.connection", BrokenConnection())
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["database"], "down")
        self.assertIn("no-store", response["Cache-Control"])

    def test_cache_down_is_degraded_but_200(self):
        """With Redis unreachable the server still serves: 200, cache "degraded", a log line."""
        caches = {
            "default": {
                "BACKEND": "museum.cache.ResilientRedisCache",
                "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            }
        }
        with override_settings(CACHES=caches), self.assertLogs("museum.cache", "WARNING"):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.json(), {"status": "degraded", "database": "ok", "cache": "degraded"}
        )

    def test_not_rate_limited(self):
        """Probes every few seconds never meet the open-data limit."""
        with self.settings(MUSEUM_OPEN_DATA_RATE_LIMIT=(1, 60)):
            statuses = {self.client.get("/healthz").status_code for _ in range(4)}
        self.assertEqual(statuses, {200})

    def test_plain_http_probe_is_not_redirected_in_production(self):
        """Production's HTTPS redirect spares /healthz (and only it), over plain HTTP."""
        exempt = json.loads(
            production_setting("__import__('json').dumps(s.SECURE_REDIRECT_EXEMPT)")
        )
        with self.settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=exempt):
            self.assertEqual(self.client.get("/healthz").status_code, 200)
            self.assertEqual(self.client.get("/q/").status_code, 301)

    def test_production_cache_is_the_resilient_backend(self):
        """Production uses museum.cache, so a Redis outage does not take the site down."""
        backend = production_setting("s.CACHES['default']['BACKEND']")
        self.assertEqual(backend, "museum.cache.ResilientRedisCache")


class LoggingTests(TestCase):
    """Log lines are one JSON object each, at the level MUSEUM_LOG_LEVEL sets."""

    def test_level_comes_from_the_environment(self):
        """MUSEUM_LOG_LEVEL sets the root level; INFO when unset."""
        expression = "s.LOGGING['root']['level']"
        self.assertEqual(production_setting(expression), "INFO")
        self.assertEqual(production_setting(expression, MUSEUM_LOG_LEVEL="debug"), "DEBUG")

    def test_records_are_single_json_lines(self):
        """Message, level, logger, extras and a traceback all fit on one parseable line."""
        logger = logging.getLogger("museum.media")
        try:
            raise ValueError("too large\nsecond line")
        except ValueError:
            with self.assertLogs("museum.media", "INFO") as logs:
                logger.exception("upload rejected: %s", "大图.jpg", extra={"pixels": 39_700_000})
        line = JsonFormatter().format(logs.records[0])
        self.assertNotIn("\n", line)
        entry = json.loads(line)
        self.assertEqual(entry["level"], "ERROR")
        self.assertEqual(entry["logger"], "museum.media")
        self.assertEqual(entry["message"], "upload rejected: 大图.jpg")
        self.assertEqual(entry["pixels"], 39_700_000)
        self.assertIn("second line", entry["exception"])

    def test_request_errors_name_the_request(self):
        """django.request records carry method, path and status, never headers."""
        with self.assertLogs("django.request", "WARNING") as logs:
            self.client.get("/api/v2/pages/999999/", headers={"authorization": "secret"})
        entry = json.loads(JsonFormatter().format(logs.records[0]))
        self.assertEqual(entry["method"], "GET")
        self.assertEqual(entry["path"], "/api/v2/pages/999999/")
        self.assertEqual(entry["status_code"], 404)
        self.assertNotIn("secret", json.dumps(entry))

    def test_stderr_handler_formats_as_json(self):
        """The configured handler writes to stderr with the JSON formatter."""
        from django.conf import settings

        handler = settings.LOGGING["handlers"]["stderr"]
        self.assertEqual(handler["class"], "logging.StreamHandler")
        self.assertEqual(
            settings.LOGGING["formatters"][handler["formatter"]]["()"], "museum.logs.JsonFormatter"
        )
