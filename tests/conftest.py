import pytest
from django.core.cache import cache
from django.core.management import call_command


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
