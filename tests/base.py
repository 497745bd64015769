"""Shared set-up: a site whose root is a HomePage, language helpers and a fixed clock."""

from datetime import UTC, datetime

import time_machine
from django.utils import translation
from wagtail.models import Page, Site

from exhibits.factories import HomePageFactory
from tests.seeding import restore_migration_rows

LANGUAGES = ("zh-hans", "en")


def build_home(**kwargs):
    """Replace Wagtail's welcome page with a HomePage serving as the default site's root."""
    # Transactional tests flush the rows that migrations made (the root page, the locale,
    # the site settings, whose re-creation on a first request would count as a change).
    restore_migration_rows()
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, **kwargs)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Test"},
    )
    return home


def url_in(page, language):
    """The page's URL path in a language (with its translated slugs)."""
    with translation.override(language):
        return page.get_url()


def one_rate_limit_window():
    """Hold the clock still, 10 s into a minute, for a test of the open-data rate limit.

    The limit counts requests in fixed windows of the clock; with a running clock a test
    whose requests straddle a minute boundary would see its count start again.
    """
    return time_machine.travel(datetime(2026, 12, 1, 2, 0, 10, tzinfo=UTC), tick=False)
