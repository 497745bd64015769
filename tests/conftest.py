import pytest
from django.core.cache import cache
from django.core.management import call_command
from PIL import Image

# The encoders' fastest settings, for image renditions made in tests, as the test settings
# hash passwords with MD5: the same formats, sizes and code path, larger files. At their
# defaults AVIF took about 0.13 s of CPU for a 960 px rendition and WebP 0.03 s; at these,
# 0.012 s and 0.008 s. Pages, the kiosk feed and the API ask for AVIF and WebP renditions of
# every image they show, and each TestCase makes its own again after the rollback.
FAST_ENCODING = {"AVIF": {"speed": 10}, "WEBP": {"method": 0}}


def _encoding_fast(save, defaults):
    def save_fast(image, fp, filename, *args, **kwargs):
        for name, value in defaults.items():
            image.encoderinfo.setdefault(name, value)
        return save(image, fp, filename, *args, **kwargs)

    return save_fast


@pytest.fixture(scope="session", autouse=True)
def _fast_image_encoding():
    """Encode renditions with FAST_ENCODING unless a caller chooses its own settings."""
    Image.init()
    saved = []
    for image_format, defaults in FAST_ENCODING.items():
        for registry in (Image.SAVE, Image.SAVE_ALL):
            if image_format in registry:
                saved.append((registry, image_format, registry[image_format]))
                registry[image_format] = _encoding_fast(registry[image_format], defaults)
    yield
    for registry, image_format, save in saved:
        registry[image_format] = save


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Fill the per-language columns of pages made by migrations (the root page).

    wagtail-modeltranslation adds Page's language columns outside migrations,
    so rows that migrations create have them empty until this runs.
    """
    with django_db_blocker.unblock():
        call_command("update_translation_fields", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache (rate-limit counters, scan windows)."""
    cache.clear()
