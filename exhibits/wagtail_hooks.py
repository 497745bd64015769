"""Wagtail finds admin hooks here; each feature registers its own in its admin.py."""

from exhibits.bulk import admin as bulk_admin  # noqa: F401 -- registers its hooks
from exhibits.editorial import admin as editorial_admin  # noqa: F401 -- registers its hooks
from exhibits.glossary import admin as glossary_admin  # noqa: F401 -- registers its hooks
from exhibits.images import admin as images_admin  # noqa: F401 -- registers its hooks
from exhibits.kiosk import admin as kiosk_admin  # noqa: F401 -- registers its hooks
from exhibits.partners import admin as partners_admin  # noqa: F401 -- registers its hooks
from exhibits.passport import admin as passport_admin  # noqa: F401 -- registers its hooks
from exhibits.qr import admin as qr_admin  # noqa: F401 -- registers its hooks
