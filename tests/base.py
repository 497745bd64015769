"""Shared set-up: a site whose root is a HomePage, language helpers and a fixed clock."""

from datetime import UTC, datetime

import time_machine
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from exhibits.factories import HomePageFactory

LANGUAGES = ("zh-hans", "en")


def build_home(**kwargs):
    """Replace Wagtail's welcome page with a HomePage serving as the default site's root."""
    root = Page.get_first_root_node()
    if root is None:  # transactional tests flush the rows that migrations made
        Locale.objects.get_or_create(
            language_code=get_supported_content_language_variant("zh-hans")
        )
        root = Page.add_root(
            instance=Page(
                title_zh_hans="Root", slug_zh_hans="root", title_en="Root", slug_en="root"
            )
        )
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
