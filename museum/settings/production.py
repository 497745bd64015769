"""Production behind a TLS-terminating reverse proxy; refuses to start half-configured."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403 -- settings modules extend base by design
from .base import ENV_ALLOWED_HOSTS, ENV_REDIS_URL, ENV_SECRET_KEY

if not ENV_SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")
if not ENV_ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must name the public host names.")

DEBUG = False
SECRET_KEY = ENV_SECRET_KEY
ALLOWED_HOSTS = ENV_ALLOWED_HOSTS

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
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

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": ENV_REDIS_URL,
    }
}
