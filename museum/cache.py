"""A Redis cache that turns an outage into cache misses instead of errors.

Wagtail reads its site-root cache on every URL, so with Django's plain
RedisCache a stopped Redis answers every visitor with a 500. This backend
catches Redis errors, logs one warning (at most every ``WARN_EVERY`` seconds
per process) and behaves as an empty cache: reads return the default, writes
do nothing, ``incr`` raises ValueError as for a missing key. After an error it
leaves Redis alone for ``RETRY_AFTER`` seconds, so a dead server costs nothing
per request, then tries again and recovers by itself. Short socket timeouts
keep a server that hangs from holding a worker.

    CACHES = {"default": {
        "BACKEND": "museum.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
        "OPTIONS": {"RETRY_AFTER": 5},   # optional; other options go to redis-py
    }}
"""

import copy
import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

from museum.content_version import MISSING as MEMO_MISSING
from museum.content_version import ContentMemo

logger = logging.getLogger("museum.cache")

# redis-py options unless the settings give their own: a refused or silent
# server fails within a quarter or half a second, and is not retried.
SOCKET_DEFAULTS = {
    "socket_connect_timeout": 0.25,
    "socket_timeout": 0.5,
    "retry_on_timeout": False,
}


class Outage:
    """What one process knows about one Redis server: down until when, last warned when.

    Shared by every thread's cache object for the same location (Django keeps one
    backend instance per thread).
    """

    registry = {}
    registry_lock = threading.Lock()

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.down_since = None
        self.last_warning = None

    @classmethod
    def for_location(cls, location):
        with cls.registry_lock:
            return cls.registry.setdefault(location, cls())

    def skipping(self):
        """Whether Redis failed so recently that it is not worth asking again yet."""
        return time.monotonic() < self.down_until

    def failed(self, error, operation, location, retry_after, warn_every):
        now = time.monotonic()
        with self.lock:
            self.down_until = now + retry_after
            if self.down_since is None:
                self.down_since = now
            warn = self.last_warning is None or now - self.last_warning >= warn_every
            if warn:
                self.last_warning = now
        if warn:
            logger.warning(
                "cache unavailable, serving without it: %s during %s on %s",
                type(error).__name__,
                operation,
                location,
                extra={"event": "cache_degraded", "error": str(error)},
            )

    def succeeded(self, location):
        if self.down_since is None:
            return
        with self.lock:
            if self.down_since is None:
                return
            outage = time.monotonic() - self.down_since
            self.down_since = None
            self.down_until = 0.0
            self.last_warning = None
        logger.warning(
            "cache available again after %.1f s: %s",
            outage,
            location,
            extra={"event": "cache_recovered"},
        )


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis cache client, keeping one redis-py client per connection pool.

    Django builds a new ``redis.Redis`` for every cache call, and its constructor
    fills a table of about 160 response callbacks each time: a third of what a
    page-cache hit costs besides the round trip. A redis-py client is safe to share
    between threads (each command takes a connection from the pool).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, degraded to "no cache" while Redis cannot be reached."""

    def __init__(self, server, params):
        params = {**params}
        options = {**SOCKET_DEFAULTS, **params.get("OPTIONS", {})}
        self.retry_after = float(options.pop("RETRY_AFTER", 5))
        self.warn_every = float(options.pop("WARN_EVERY", 30))
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self.location = ",".join(self._servers)
        self.outage = Outage.for_location(self.location)

    def attempt(self, operation, call, fallback):
        """Run one Redis call; on a Redis error record the outage and return ``fallback``."""
        if self.outage.skipping():
            return fallback()
        try:
            result = call()
        except RedisError as error:
            self.outage.failed(error, operation, self.location, self.retry_after, self.warn_every)
            return fallback()
        self.outage.succeeded(self.location)
        return result

    def ping(self):
        """Ask Redis now, ignoring any recent failure: True when it answers."""
        try:
            self._cache.get_client(write=True).ping()
        except RedisError as error:
            self.outage.failed(error, "ping", self.location, self.retry_after, self.warn_every)
            return False
        self.outage.succeeded(self.location)
        return True

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.attempt(
            "add", lambda: super(ResilientRedisCache, self).add(key, value, timeout, version), no
        )

    def get(self, key, default=None, version=None):
        return self.attempt(
            "get",
            lambda: super(ResilientRedisCache, self).get(key, default, version),
            lambda: default,
        )

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.attempt(
            "set", lambda: super(ResilientRedisCache, self).set(key, value, timeout, version), none
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.attempt(
            "touch", lambda: super(ResilientRedisCache, self).touch(key, timeout, version), no
        )

    def delete(self, key, version=None):
        return self.attempt(
            "delete", lambda: super(ResilientRedisCache, self).delete(key, version), no
        )

    def get_many(self, keys, version=None):
        return self.attempt(
            "get_many", lambda: super(ResilientRedisCache, self).get_many(keys, version), dict
        )

    def has_key(self, key, version=None):
        return self.attempt(
            "has_key", lambda: super(ResilientRedisCache, self).has_key(key, version), no
        )

    def incr(self, key, delta=1, version=None):
        return self.attempt(
            "incr",
            lambda: super(ResilientRedisCache, self).incr(key, delta, version),
            lambda: missing(key),
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self.attempt(
            "set_many",
            lambda: super(ResilientRedisCache, self).set_many(data, timeout, version),
            lambda: list(data),
        )

    def delete_many(self, keys, version=None):
        self.attempt(
            "delete_many", lambda: super(ResilientRedisCache, self).delete_many(keys, version), none
        )

    def clear(self):
        return self.attempt("clear", lambda: super(ResilientRedisCache, self).clear(), no)


def no():
    return False


def none():
    return None


def missing(key):
    """incr() on an unreachable cache fails as on a key that is not there."""
    raise ValueError(f"Key '{key}' not found (cache unavailable).")


class ContentLocalCache(BaseCache):
    """A cache in process memory for objects derived from the content, kept for the
    current content version only (museum.content_version.ContentMemo): Wagtail's
    renditions, whose rows change only with an image (which bumps the version).

    Wagtail looks renditions up in the "renditions" cache whenever they were not
    prefetched, and writes each one back after every ``{% image %}``: with Redis that
    was two round trips per image tag. Values are kept as objects, not pickled, and
    handed out as shallow copies (Wagtail sets the image on the rendition it gets).
    """

    def __init__(self, location, params):
        super().__init__(params)
        self.memo = ContentMemo(limit=self._max_entries)

    def get(self, key, default=None, version=None):
        value = self.memo.peek(self.make_and_validate_key(key, version))
        return default if value is MEMO_MISSING else copy.copy(value)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.memo.put(self.make_and_validate_key(key, version), value, self.memo.current())

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version)
        content_version = self.memo.current()
        if self.memo.peek(key, content_version) is not MEMO_MISSING:
            return False
        self.memo.put(key, value, content_version)
        return True

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.has_key(key, version)

    def has_key(self, key, version=None):
        return self.memo.peek(self.make_and_validate_key(key, version)) is not MEMO_MISSING

    def delete(self, key, version=None):
        return self.memo.discard(self.make_and_validate_key(key, version))

    def clear(self):
        self.memo.clear()
