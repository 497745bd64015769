import re

import pytest

from exhibits.models import TrailPage
from tests.base import url_in
from tests.browser.sites import load_seed_content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_trail_prints_on_one_a4_page(live_server, page, language):
    """The seeded trail, printed from Chromium, fits one A4 sheet with its map and stops."""
    load_seed_content()
    trail = TrailPage.objects.get()
    page.goto(live_server.url + url_in(trail, language), wait_until="networkidle")
    page.emulate_media(media="print")
    assert page.locator(".trail-map").is_visible()
    assert page.locator(".trail-stops__item").count() == trail.get_children().live().count()
    pdf = page.pdf(format="A4", print_background=True)
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1
