"""Local development: DEBUG on, a fixed key, loopback hosts, files served by runserver."""

from .base import *  # noqa: F403 -- settings modules extend base by design
from .base import BASE_DIR

DEBUG = True
SECRET_KEY = "dev-only-not-secret-yuzhong-financial-heritage"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
INTERNAL_IPS = ["127.0.0.1"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A file cache, shared by the dev server and any manage.py command, so a page published
# from a shell reaches the page cache of the running server too (museum/page_cache.py).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": BASE_DIR / ".cache" / "django",
    }
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = BASE_DIR / "static"
