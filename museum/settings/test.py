"""Test runs: fast hashing, in-memory caches, uploads in a throwaway folder."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403 -- settings modules extend base by design

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Sign-in throttling needs the request, which Client.login() does not pass; the tests
# of the lockout (tests/test_login_throttle.py) switch it on.
AXES_ENABLED = False
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="museum-test-media-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Large enough that culling never hides a query a page really makes (Redis in
# production does not cull by count either).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},
    }
}
# The page cache would answer a test's second request without running the view (query
# counts, changes made without signals); tests/test_page_cache.py switches it on.
MUSEUM_PAGE_CACHE_SECONDS = 0
# Tests change rows without signals too (update(), raw SQL): nothing derived is kept.
MUSEUM_CONTENT_MEMO = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# The public origin matches the test Site record (tests/base.py: localhost, port 80).
MUSEUM_PUBLIC_URL = "http://localhost"
WAGTAILAPI_BASE_URL = MUSEUM_PUBLIC_URL
# Renditions are made on the request that needs them; tests of the advance making
# (tests/exhibits/test_renditions_ready.py) switch it on.
MUSEUM_PREGENERATE_RENDITIONS = False
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # The live server answers a browser's parallel requests (the editor's autosave, its
    # editing-session pings) from several threads. Shared-memory SQLite fails such overlaps
    # at once ("database table is locked"); a file waits for the lock, as in production.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.mkdtemp(prefix="museum-test-db-")) / "test.sqlite3")
    }
