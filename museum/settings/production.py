"""Production behind a TLS-terminating reverse proxy; refuses to start half-configured."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403 -- settings modules extend base by design
from .base import ENV_ALLOWED_HOSTS, ENV_PUBLIC_URL, ENV_REDIS_URL, ENV_SECRET_KEY

if not ENV_SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")
if not ENV_ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must name the public host names.")
# QR labels are printed once and stay on the wall: never encode a default origin.
_public = urlsplit(ENV_PUBLIC_URL)
if _public.scheme not in ("http", "https") or not _public.hostname or _public.path:
    raise ImproperlyConfigured(
        "MUSEUM_PUBLIC_URL must be set to the public origin, e.g. https://museum.example.cn"
    )

DEBUG = False
SECRET_KEY = ENV_SECRET_KEY
ALLOWED_HOSTS = ENV_ALLOWED_HOSTS

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is hard to undo, so it is switched on only after a month of
# HSTS without problems on the real domain; until then its check is silenced.
SECURE_HSTS_PRELOAD = False
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# A Redis outage costs speed, not availability: the backend degrades to no
# cache (with a log line) and uses Redis again when it answers.
CACHES = {
    "default": {
        "BACKEND": "museum.cache.ResilientRedisCache",
        "LOCATION": ENV_REDIS_URL,
    },
    # Wagtail's rendition lookups, in process memory for the current content version:
    # no round trip per image tag (museum.cache.ContentLocalCache).
    "renditions": {
        "BACKEND": "museum.cache.ContentLocalCache",
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}

# Hashed, compressed static files whose ES module imports name the hashed modules too.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "museum.storage.ModuleManifestStaticFilesStorage"},
}
