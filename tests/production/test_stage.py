"""HTTP checks against the product as an operator runs it (see run_stage.sh).

Two gunicorn servers, A and B, run the production settings with the manifest static storage,
one PostgreSQL database and one Redis. Every request carries the public host name and
`X-Forwarded-Proto: https`, as the TLS-terminating proxy in front of them would send.
"""

import http.client
import json
import os
import re
import time
from urllib.parse import urlencode, urlsplit

import pytest
from django.conf import settings
from django.db.models import Sum
from django.utils import translation
from wagtail.models import Page

from exhibits.models import QRCode, ScanCount, Screen, TrailPage
from exhibits.models.channels import EMBED_ROUTE

SERVER_A = os.environ.get("MUSEUM_STAGE_A", "")
SERVER_B = os.environ.get("MUSEUM_STAGE_B", "")
PUBLIC_HOST = urlsplit(settings.MUSEUM_PUBLIC_URL).netloc
LANGUAGES = ("zh-hans", "en")

pytestmark = pytest.mark.usefixtures("stage_db")


class Reply:
    """Status, headers and body of one response."""

    def __init__(self, response, body):
        self.status = response.status
        self.headers = response.headers
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)


def fetch(server, path, method="GET", headers=None):
    """One request to a server, as the proxy forwards it (no redirects followed)."""
    connection = http.client.HTTPConnection(server, timeout=30)
    try:
        connection.request(
            method,
            path,
            headers={"Host": PUBLIC_HOST, "X-Forwarded-Proto": "https", **(headers or {})},
        )
        response = connection.getresponse()
        return Reply(response, response.read())
    finally:
        connection.close()


def get_ok(path, server=SERVER_A, **kwargs):
    """GET a path and require a 200."""
    reply = fetch(server, path, **kwargs)
    assert reply.status == 200, f"{path} on {server}: {reply.status} {reply.text[:300]}"
    return reply


def page_path(page, language):
    """A page's URL path in one language."""
    with translation.override(language):
        return page.specific.get_url_parts()[2]


def one_page_of_each_type():
    """The first live, public page of every page type in the seeded tree (the root excluded)."""
    pages = {}
    for page in Page.objects.live().public().filter(depth__gt=1).order_by("path"):
        pages.setdefault(page.content_type_id, page)
    return list(pages.values())


def test_the_seed_has_every_page_type():
    """The stage tests the real seed: several page types, trails and screens exist."""
    assert len(one_page_of_each_type()) >= 6
    assert TrailPage.objects.live().exists()
    assert Screen.objects.exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_answers_in_both_languages(language):
    """One page of each type answers 200 in the language asked for, with hashed static files."""
    for page in one_page_of_each_type():
        reply = get_ok(page_path(page, language))
        assert f'lang="{language}"' in reply.text, page_path(page, language)
    stylesheet = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', reply.text)
    assert stylesheet, "the manifest storage names static files with their hash"
    assert "max-age=315360000" in get_ok(stylesheet.group(1)).headers["Cache-Control"]


def test_health_favicon_sitemap_api_and_geojson():
    """The endpoints machines read answer 200; their links use MUSEUM_PUBLIC_URL."""
    assert get_ok("/healthz").json()["database"] == "ok"
    assert get_ok("/favicon.ico").body
    assert f"<loc>{settings.MUSEUM_PUBLIC_URL}/" in get_ok("/sitemap.xml").text
    pages = get_ok("/api/v2/pages/").json()
    assert pages["meta"]["total_count"] > 0
    assert pages["items"][0]["meta"]["html_url"].startswith(f"{settings.MUSEUM_PUBLIC_URL}/")
    assert get_ok("/api/openapi.json").json()["openapi"]
    assert get_ok("/geo/sites.geojson").json()["type"] == "FeatureCollection"
    for trail in TrailPage.objects.live():
        assert get_ok(f"/geo/trails/{trail.pk}.geojson").json()["type"] == "FeatureCollection"


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_answers_in_both_languages(language):
    """The search page finds seeded pages for a word in each language."""
    query = {"zh-hans": "银行", "en": "bank"}[language]
    reply = get_ok(f"/{language}/search/?{urlencode({'q': query})}")
    assert 'lang="' + language + '"' in reply.text
    get_ok(f"/{language}/search/suggest/?{urlencode({'q': query})}")


def test_embeds_and_oembed():
    """An embeddable page's embed view and its oEmbed description answer 200 in both languages."""
    page = next(p.specific for p in one_page_of_each_type() if p.specific.embeddable)
    for language in LANGUAGES:
        path = page_path(page, language)
        get_ok(f"{path}{EMBED_ROUTE}/")
        url = f"{settings.MUSEUM_PUBLIC_URL}{path}"
        oembed = get_ok(f"/oembed/?{urlencode({'url': url, 'format': 'json'})}").json()
        assert oembed["type"] == "rich"


def test_qr_scans_lead_to_the_page():
    """/q/<code> redirects to the page in the visitor's language."""
    code = QRCode.objects.filter(page__live=True).select_related("page").first()
    for language in LANGUAGES:
        reply = fetch(SERVER_A, f"/q/{code.code}", headers={"Accept-Language": language})
        assert reply.status == 302
        assert urlsplit(reply.headers["Location"]).path == page_path(code.page, language)


def test_gallery_screens_and_their_feeds():
    """Every screen's page and feed answer 200 under the manifest storage."""
    for screen in Screen.objects.all():
        get_ok(f"/screen/{screen.slug}/")
        feed = get_ok(f"/screen/{screen.slug}/feed.json")
        assert feed.json()


def test_a_page_published_through_one_server_is_served_by_the_other_within_5_s():
    """Both servers share the database and the cache: B serves A's publication within 5 s."""
    page = next(p for p in one_page_of_each_type() if p.specific_class.__name__ == "ExhibitPage")
    path = page_path(page, "en")
    get_ok(path, server=SERVER_B)  # B has served (and may have cached) the old version
    page = page.specific
    new_title = f"Published on the stage {time.time_ns()}"
    page.title_en = new_title
    page.save_revision().publish()

    deadline = time.monotonic() + 5
    while new_title not in get_ok(path, server=SERVER_B).text:
        assert time.monotonic() < deadline, "server B still serves the old title after 5 s"
        time.sleep(0.25)


def test_qr_scans_through_both_servers_add_up_exactly():
    """Twenty visitors' scans counted by two servers and four workers add up to twenty;
    a visitor's second scan within the window, through the other server, adds none."""
    code = QRCode.objects.filter(page__live=True).first()

    def total():
        return ScanCount.objects.filter(qr_code=code).aggregate(n=Sum("count"))["n"] or 0

    before = total()
    for index in range(20):
        phone = {"User-Agent": f"stage-phone-{index}"}
        reply = fetch(SERVER_A if index % 2 else SERVER_B, f"/q/{code.code}", headers=phone)
        assert reply.status == 302
    assert total() == before + 20
    again = fetch(SERVER_B, f"/q/{code.code}", headers={"User-Agent": "stage-phone-1"})
    assert again.status == 302
    assert total() == before + 20


def test_the_kiosk_feed_etag_is_the_same_from_both_servers():
    """A screen behind either server sees one feed version, so it never reloads for nothing."""
    for screen in Screen.objects.all():
        path = f"/screen/{screen.slug}/feed.json"
        etag_a = get_ok(path, server=SERVER_A).headers["ETag"]
        etag_b = get_ok(path, server=SERVER_B).headers["ETag"]
        assert etag_a and etag_a == etag_b
        assert fetch(SERVER_B, path, headers={"If-None-Match": etag_a}).status == 304
