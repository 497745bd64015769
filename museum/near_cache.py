"""The page cache's near side: the content version and recent answers in process memory.

A page-cache hit used to cost a round trip to Redis for the content version and the
entry, about as much as everything else a hit does. Here each application process
keeps both, without ever serving what Redis no longer holds:

- ``VersionWatch`` keeps the content version after reading it once, and drops it as
  soon as Redis announces a change of that key. The announcement comes from Redis's
  own key tracking (``CLIENT TRACKING ... BCAST PREFIX``, Redis 6 and later): a
  dedicated connection per process, subscribed to ``__redis__:invalidate``, to which
  Redis sends a message whenever the version key is written, expires, is evicted or
  the database is flushed. Redis queues that message before it answers the write,
  so once a publish's bump has returned, every process finds the message waiting on
  its socket; checking it is one non-blocking read (a few microseconds) per request.
  The watch subscribes before it reads the version, so no change can fall between
  the two. If its connection fails or closes, the process knows nothing: it forgets
  the version and reads it from Redis on every request (the old way) until the
  watch reconnects, at most every ``RETRY_AFTER`` seconds.
- ``NearEntries`` keeps the most recently used entries, bounded in bytes
  (``MUSEUM_PAGE_CACHE_NEAR_MB``, default 16 MiB per process). An entry names the
  content version it was rendered at and when it expires, as in Redis; it answers
  only while its version is the current one, so a publish retires it with the rest.

Both are used only with the Redis backend (museum.cache.ResilientRedisCache). Other
backends (the local memory cache of ``make run`` and the tests) keep no second copy.
"""

import logging
import os
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from redis import Connection
from redis.exceptions import RedisError

logger = logging.getLogger("museum.cache")

INVALIDATION_CHANNEL = "__redis__:invalidate"
RETRY_AFTER = 5.0
# How often the kept version is compared with Redis's anyway (see VersionWatch.verify).
VERIFY_EVERY = 1.0
DEFAULT_NEAR_BYTES = 16 * 1024 * 1024


class MissedMessage(RedisError):
    """Redis holds another version than the one kept, and no message said so."""


class VersionWatch:
    """The content version of one cache, kept until Redis says it changed."""

    def __init__(self, cache, key):
        self.cache = cache
        self.key = key
        self.redis_key = cache.make_and_validate_key(key)
        # Reentrant: reading the version may write it (a pending bump), which forgets it.
        self.lock = threading.RLock()
        self.pid = None
        self.connection = None
        self.version = None
        self.retry_at = 0.0
        self.checked_at = 0.0

    def current(self, read):
        """The content version: the one kept, or ``read()`` when none is (None when the
        cache cannot be reached)."""
        with self.lock:
            if self.pid != os.getpid():  # a forked worker owns no connection of its parent
                self.pid, self.connection, self.version = os.getpid(), None, None
            if self.connection is None and not self.connect():
                return read()
            try:
                while self.connection.can_read(0):
                    self.connection.read_response()
                    self.version = None  # the version key changed, expired or was flushed
                if self.version is not None and time.monotonic() - self.checked_at >= VERIFY_EVERY:
                    self.verify(read())
            except (RedisError, OSError) as error:
                # A lost connection is Redis going away, which the cache reports itself;
                # a missed message is this watch's own fault.
                missed = isinstance(error, MissedMessage)
                self.lost(error, logging.WARNING if missed else logging.INFO)
                return read()
            if self.version is None:
                self.version = read()
                self.checked_at = time.monotonic()
            return self.version

    def verify(self, read_now):
        """Compare the kept version with Redis's, once every VERIFY_EVERY seconds: a
        connection that died without a word (a network partition) would otherwise keep a
        version Redis no longer holds. A difference with no message waiting means the
        watch missed one: it reconnects."""
        self.checked_at = time.monotonic()
        if read_now == self.version:
            return
        if self.connection.can_read(0):
            self.version = None
            return
        raise MissedMessage("the content version changed without an invalidation message")

    def forget(self):
        """Read the version afresh next time (this process has just written it)."""
        with self.lock:
            self.version = None

    def connect(self):
        if time.monotonic() < self.retry_at:
            return False
        connection = Connection(**self.connection_options())
        try:
            connection.connect()
            connection.send_command("CLIENT", "ID")
            client_id = connection.read_response()
            connection.send_command(
                "CLIENT", "TRACKING", "on", "REDIRECT", client_id, "BCAST", "PREFIX", self.redis_key
            )
            connection.read_response()
            connection.send_command("SUBSCRIBE", INVALIDATION_CHANNEL)
            connection.read_response()
        except (RedisError, OSError) as error:
            connection.disconnect()
            self.retry_at = time.monotonic() + RETRY_AFTER
            logger.info(
                "page cache version watch unavailable: %s",
                error,
                extra={"event": "page_cache_watch_unavailable"},
            )
            return False
        self.connection, self.version = connection, None
        return True

    def connection_options(self):
        pool = self.cache._cache._get_connection_pool(write=True)
        options = dict(pool.connection_kwargs)
        # A subscribed connection waits for messages: only its reads are non-blocking.
        options["socket_timeout"] = options.get("socket_timeout") or 0.5
        return options

    def lost(self, error, level):
        logger.log(
            level,
            "page cache version watch lost, reading the version on each request: %s",
            error,
            extra={"event": "page_cache_watch_lost"},
        )
        self.connection.disconnect()
        self.connection, self.version = None, None
        self.retry_at = time.monotonic() + RETRY_AFTER

    def close(self):
        with self.lock:
            if self.connection is not None:
                self.connection.disconnect()
            self.connection, self.version, self.retry_at = None, None, 0.0


class NearEntries:
    """The most recently used page-cache entries of this process, bounded in bytes."""

    def __init__(self, limit):
        self.limit = limit
        self.entries = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key, version):
        """The entry stored under ``key`` at ``version`` and not yet expired, or None."""
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                return None
            stored, size = found
            if stored["version"] != version or stored.get("expires", 0) <= time.time():
                del self.entries[key]
                self.size -= size
                return None
            self.entries.move_to_end(key)
            return stored

    def put(self, key, stored):
        size = entry_size(stored)
        if size > self.limit // 4:  # one huge answer must not empty the rest
            return
        with self.lock:
            previous = self.entries.pop(key, None)
            if previous is not None:
                self.size -= previous[1]
            self.entries[key] = (stored, size)
            self.size += size
            while self.size > self.limit:
                _, (_, evicted) = self.entries.popitem(last=False)
                self.size -= evicted

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0


def entry_size(stored):
    headers = sum(len(name) + len(value) for name, value in stored["headers"])
    return len(stored["content"]) + len(stored.get("gzip") or b"") + headers + 200


_near = {}
_near_lock = threading.Lock()
REDIS_BACKEND = "museum.cache.ResilientRedisCache"


def near_side(key):
    """(VersionWatch, NearEntries) when the default cache is Redis, else (None, None).

    Decided from the settings, not from ``caches`` (a context-local lookup that costs
    more than the rest of a hit)."""
    config = settings.CACHES.get(DEFAULT_CACHE_ALIAS, {})
    if config.get("BACKEND") != REDIS_BACKEND:
        return None, None
    signature = (config.get("LOCATION"), key)
    found = _near.get(signature)
    if found is None:
        with _near_lock:
            found = _near.get(signature)
            if found is None:
                limit = getattr(settings, "MUSEUM_PAGE_CACHE_NEAR_BYTES", DEFAULT_NEAR_BYTES)
                cache = caches[DEFAULT_CACHE_ALIAS]
                found = _near[signature] = (VersionWatch(cache, key), NearEntries(limit))
    return found


def reset():
    """Close every watch and drop every near entry (tests that restart Redis)."""
    with _near_lock:
        for watch, entries in _near.values():
            watch.close()
            entries.clear()
        _near.clear()
