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
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = BASE_DIR / "static"
