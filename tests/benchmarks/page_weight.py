"""Page weight: what a phone downloads, gzip-compressed, for each seeded page type.

Counts a page's HTML plus every stylesheet and script it references (and the
modules those scripts import), each compressed with gzip as a server would
send it. Images load lazily and recordings only on a tap, so they are not
counted. A benchmark to read, not a test: tests/test_delivery.py holds every
page type to the budget in exhibits/page_weight.py.

    .venv/bin/python -m tests.benchmarks.page_weight
        builds a throwaway database with the seed content and measures it;
    .venv/bin/python manage.py shell -c "from tests.benchmarks.page_weight import report; report()"
        measures the pages in the configured database (after `make setup`).
"""

import contextlib
import io
import os
import sys
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from exhibits.page_weight import KB, MODULE_IMPORT, AssetCollector, gzip_size


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def fetch(client, url):
    """The bytes at a local URL, through the test client (WhiteNoise serves static files)."""
    response = client.get(url)
    if response.status_code != 200:
        raise AssertionError(f"{url} answered {response.status_code}")
    return body_of(response)


@dataclass
class PageWeight:
    path: str
    html_raw: int
    html_gzip: int
    assets: list = field(default_factory=list)  # (url, raw bytes, gzip bytes)

    @property
    def assets_gzip(self):
        return sum(size for _url, _raw, size in self.assets)

    @property
    def total_gzip(self):
        return self.html_gzip + self.assets_gzip


def page_weight(client, path):
    """Fetch a page and everything it references; return their sizes."""
    html = fetch(client, path)
    collector = AssetCollector()
    collector.feed(html.decode())
    weight = PageWeight(path, len(html), gzip_size(html))
    queue = [urljoin(path, url) for url in collector.urls if url]
    seen = set()
    while queue:
        url = queue.pop(0)
        if url in seen or urlsplit(url).netloc:
            continue  # another host would be a bug the browser tests catch; not weighed here
        seen.add(url)
        data = fetch(client, url)
        weight.assets.append((url, len(data), gzip_size(data)))
        if url.split("?")[0].endswith((".js", ".mjs")):
            queue += [urljoin(url, found) for found in MODULE_IMPORT.findall(data.decode())]
    return weight


def sample_pages():
    """One live page of each visitor page type: (label, page); the exhibit is the one with
    an audio guide, 美丰银行柜台, when the seed content is there."""
    from exhibits.models import (
        ExhibitPage,
        HeritageSiteIndexPage,
        HeritageSitePage,
        HomePage,
        MuseumPage,
        TrailPage,
        TrailStopPage,
    )

    exhibits = ExhibitPage.objects.live().order_by("path")
    samples = [
        ("home", HomePage.objects.live().order_by("path").first()),
        ("museum", MuseumPage.objects.live().order_by("path").first()),
        ("exhibit", exhibits.filter(title_zh_hans="美丰银行柜台").first() or exhibits.first()),
        ("heritage index", HeritageSiteIndexPage.objects.live().order_by("path").first()),
        ("heritage site", HeritageSitePage.objects.live().order_by("path").first()),
        ("trail", TrailPage.objects.live().order_by("path").first()),
        ("trail stop", TrailStopPage.objects.live().order_by("path").first()),
    ]
    return [(label, page) for label, page in samples if page is not None]


def report(stdout=None):
    """Print the weight of each sample page in each language; return the measurements."""
    from django.conf import settings
    from django.test import Client
    from django.utils import translation

    stdout = stdout or sys.stdout
    client = Client(HTTP_HOST="localhost")
    rows = []
    stdout.write(
        f"{'page type':<15} {'lang':<8} {'HTML':>9} {'HTML gz':>9} {'CSS+JS gz':>10} "
        f"{'total gz':>9}\n"
    )
    for label, page in sample_pages():
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                path = page.get_url()
            weight = page_weight(client, path)
            rows.append((label, language, weight))
            stdout.write(
                f"{label:<15} {language:<8} {weight.html_raw / KB:>7.1f}KB "
                f"{weight.html_gzip / KB:>7.1f}KB {weight.assets_gzip / KB:>8.1f}KB "
                f"{weight.total_gzip / KB:>7.1f}KB\n"
            )
    if rows:
        stdout.write("Assets: " + ", ".join(url for url, _r, _g in rows[0][2].assets) + "\n")
    return rows


def main():
    """Measure the seed content in a throwaway database (the test settings' in-memory one)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "museum.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    try:
        # Migrations and modeltranslation's column sync talk a lot; only the table matters.
        with contextlib.redirect_stdout(io.StringIO()):
            connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
            call_command("update_translation_fields", verbosity=0)
            call_command("load_heritage_content")
        report()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
