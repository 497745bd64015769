"""The seed content (the 43-page tree that `make run` shows) for tests that read it.

Building it takes seconds, so it is built once per test database: the first test that
asks for it runs the seed command, opens every seeded page once in both languages (as the
first visitors would, which makes the image renditions the pages show) and takes a snapshot
of the database (tests/db_snapshot.py); later ones put that snapshot back, renditions
included, instead of making them again (AVIF encoding was a fifth of the suite's CPU). Tests
of the seed command itself still run the command.
"""

from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client, TestCase
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page

from exhibits.models import SiteSettings
from tests import db_snapshot


def restore_migration_rows():
    """Put back the rows migrations made (the default Locale, the root collection, the
    root page and the site settings with the site's name), which the flush after a
    transactional test removes."""
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant("zh-hans"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if not SiteSettings.objects.exists():  # as migration 0012_site_settings makes it
        name_zh, name_en = "渝中金融历史文化", "Yuzhong Financial Heritage"
        SiteSettings.objects.create(name=name_zh, name_zh_hans=name_zh, name_en=name_en)
    if Page.get_first_root_node() is None:
        Page.add_root(
            instance=Page(
                title_zh_hans="Root", slug_zh_hans="root", title_en="Root", slug_en="root"
            )
        )


SEEDED_DATABASES = {}  # test database name -> snapshot taken right after seeding it


def load_seed_content():
    """The whole seeded tree, committed, in place of every row the database had.

    Outside a transaction only (a transactional test, or before a TestCase opens its
    own): call it before the test writes anything else.
    """
    name = connection.settings_dict["NAME"]
    if name in SEEDED_DATABASES:
        SEEDED_DATABASES[name].restore()
        return
    restore_migration_rows()
    call_command("load_heritage_content", stdout=StringIO())
    open_every_page()
    SEEDED_DATABASES[name] = db_snapshot.take()


def open_every_page():
    """Request every live page in both languages, as its first visitors would."""
    client = Client()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                url = page.get_url()
            if url:
                response = client.get(url)
                assert response.status_code == 200, (url, response.status_code)


class SeededTestCase(TestCase):
    """A TestCase whose tests read the seeded tree.

    The tree is in place before the class's transaction opens, so setUpTestData and the
    tests see it and may write as in any TestCase (rolled back after each); after the
    class the database is put back as it was before.
    """

    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(db_snapshot.take().restore)
        load_seed_content()
        super().setUpClass()
