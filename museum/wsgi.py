"""WSGI entry point; the environment names the settings (production by default)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "museum.settings.production")

application = get_wsgi_application()
