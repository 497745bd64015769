"""Settings of the second application process in tests/test_page_cache_processes.py: the
test settings with the page cache on, in the Redis named by MUSEUM_REDIS_URL, and the
database named by DATABASE_URL (the test process's own test database)."""

from museum.settings.base import ENV_REDIS_URL
from museum.settings.test import *  # noqa: F403 -- the test settings, two names changed

CACHES = {"default": {"BACKEND": "museum.cache.ResilientRedisCache", "LOCATION": ENV_REDIS_URL}}
MUSEUM_PAGE_CACHE_SECONDS = 600
