"""No public address answers 5xx, whatever is sent: Hypothesis throws random text (NUL,
quotes, FTS and SQL syntax, any Unicode, very long), numbers past 64 bits and random
JSON at every public query parameter and path converter, on whichever database the
suite runs (SQLite locally, SQLite and PostgreSQL in CI).

Bounded so that it stays in the normal suite: derandomized (the same examples on every
run), a modest number of examples per address, no example database on disk.
"""

from urllib.parse import quote

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import override_settings
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from wagtail.documents import get_document_model

from exhibits.factories import (
    ExhibitPageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import QRCode, Screen
from tests.base import build_home

BOUNDED = settings(
    derandomize=True,
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.differing_executors],
)

# Text a person, a script or an attacker might send. Surrogates are left out: they
# cannot be percent-encoded as UTF-8, so no client can send them.
SYNTAX = "\"'\\\x00\x1f\x7f*():^-+@%&;,.<>[]{}|~`#=?!/ \t\r\n"
KNOWN = st.sampled_from(
    [
        '"',
        "\x00",
        "a\x00b",
        '"美丰',
        "NEAR(a b)",
        "a OR b AND NOT c",
        "' OR 1=1 --",
        "美丰银行" * 40,
        "x" * 3000,
        "http://[::1/",
        "%00",
        "../../etc/passwd",
        "\u202e\ufeff\u200b",
        "🏦" * 10,
        "-1",
        str(2**63),
        "9" * 40,
        "1e309",
        "NaN",
        "０１２",
    ]
)
NUMBERS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
TEXT = st.one_of(
    KNOWN,
    st.text(max_size=40),
    st.text(alphabet=SYNTAX, max_size=12),
    st.text(alphabet=SYNTAX + "美丰银行abc01", min_size=1, max_size=20),
    NUMBERS,
)
PATH_TEXT = TEXT.filter(lambda text: text not in ("", ".", ".."))
IDS = st.one_of(
    st.integers(min_value=0, max_value=10**30).map(str),
    st.sampled_from([str(2**63 - 1), str(2**63), "0", "00000000000000000001"]),
)
SLUGS = st.from_regex(r"[-a-zA-Z0-9_]{1,80}", fullmatch=True)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | NUMBERS.map(float).filter(lambda n: n == n) | TEXT,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(TEXT, children, max_size=3),
    max_leaves=8,
)
HEARTBEATS = st.one_of(
    st.dictionaries(st.sampled_from(["version", "started", "x"]), JSON_VALUES, max_size=3),
    JSON_VALUES,
)
LANGUAGES = st.sampled_from(["zh-hans", "en"])


@override_settings(MUSEUM_OPEN_DATA_RATE_LIMIT=(1_000_000, 60))
class NoServerErrorTests(TestCase):
    """Every public query parameter and path converter, fed random input."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home, title_zh_hans="金融博物馆", title_en="Finance Museum"
        )
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum,
            title_zh_hans="美丰银行柜台",
            title_en="Meifeng counter",
            listing_image=MuseumImageFactory(),
        )
        cls.trail = TrailPageFactory(parent=cls.home)
        cls.stop = TrailStopPageFactory(parent=cls.trail)
        cls.screen = Screen.objects.create(name="Hall", slug="hall", museum=cls.museum)
        cls.screen_token = cls.screen.rotate_token()
        cls.document = get_document_model().objects.create(
            title="Narration", file=ContentFile(b"ID3" + b"\0" * 64, name="narration.mp3")
        )
        cls.code = QRCode.objects.get(page=cls.exhibit)

    def request(self, method, path, data=None, allowed=(), **extra):
        """One request in a savepoint that is rolled back (Hypothesis's TestCase rolls
        back each example too): on PostgreSQL one failed query cannot spoil the next."""
        cache.clear()
        with transaction.atomic():
            response = getattr(self.client, method)(path, data, **extra)
            transaction.set_rollback(True)
        if response.status_code not in allowed:
            self.assertLess(response.status_code, 500, f"{method.upper()} {path} {data!r}")
        return response

    @BOUNDED
    @given(language=LANGUAGES, q=TEXT, page=TEXT)
    @example(language="en", q='"', page="1")
    @example(language="zh-hans", q="\x00", page=str(2**63))
    def test_search_page(self, language, q, page):
        self.request("get", f"/{language}/search/", {"q": q, "page": page})

    @BOUNDED
    @given(language=LANGUAGES, q=TEXT)
    @example(language="zh-hans", q='"')
    @example(language="en", q="a\x00b")
    def test_search_suggestions(self, language, q):
        self.request("get", f"/{language}/search/suggest/", {"q": q})

    @BOUNDED
    @given(
        params=st.dictionaries(
            st.sampled_from(["limit", "offset", "type", "fields", "order", "lang", "search"]),
            TEXT,
            max_size=4,
        )
    )
    @example(params={"offset": str(2**63)})
    @example(params={"limit": "-1", "offset": "abc"})
    def test_api_listing(self, params):
        self.request("get", "/api/v2/pages/", params)

    @BOUNDED
    @given(page_id=IDS, params=st.dictionaries(st.sampled_from(["fields", "lang"]), TEXT))
    def test_api_detail(self, page_id, params):
        self.request("get", f"/api/v2/pages/{page_id}/", params)

    @BOUNDED
    @given(params=st.dictionaries(st.sampled_from(["id", "html_path", "lang"]), TEXT, min_size=1))
    @example(params={"id": "abc"})
    @example(params={"html_path": "/\x00/"})
    def test_api_find(self, params):
        self.request("get", "/api/v2/pages/find/", params)

    @BOUNDED
    @given(
        url=st.one_of(
            TEXT,
            st.builds(
                lambda language, path: f"http://localhost/{language}/{path}/", LANGUAGES, TEXT
            ),
        ),
        params=st.dictionaries(st.sampled_from(["maxwidth", "maxheight", "format"]), TEXT),
    )
    @example(url="http://[::1/", params={})
    @example(url="http://localhost/zh-hans/%00/", params={"maxwidth": "9" * 30})
    def test_oembed(self, url, params):
        # The oEmbed specification asks for 501 when the format is not one the provider
        # has: the only 5xx allowed anywhere, and only then.
        allowed = (501,) if params.get("format", "json") != "json" else ()
        self.request("get", "/oembed/", {"url": url, **params}, allowed=allowed)

    @BOUNDED
    @given(page_id=IDS)
    @example(page_id="9" * 20)
    def test_trail_geojson(self, page_id):
        self.request("get", f"/geo/trails/{page_id}.geojson")

    @BOUNDED
    @given(raw=PATH_TEXT, lang=TEXT)
    def test_qr_resolver(self, raw, lang):
        self.request("get", f"/q/{quote(raw, safe='')}", {"lang": lang})

    @BOUNDED
    @given(language=LANGUAGES, segments=st.lists(PATH_TEXT, min_size=1, max_size=3))
    @example(language="zh-hans", segments=["\x00"])
    def test_visitor_page_paths(self, language, segments):
        path = "/".join(quote(segment, safe="") for segment in segments)
        self.request("get", f"/{language}/{path}/")
        self.request("get", f"/{language}/{path}/embed/")

    @BOUNDED
    @given(slug=SLUGS, body=HEARTBEATS, authorization=st.none() | TEXT)
    @example(slug="hall", body={"started": "2026-02-30T10:00:00"}, authorization=None)
    @example(slug="hall", body={"started": "0001-01-01T00:00:00+14:00"}, authorization=None)
    @example(slug="hall", body={}, authorization="Bearer " + "x" * 5000)
    def test_kiosk_feed_and_heartbeat(self, slug, body, authorization):
        slug = "hall" if slug.startswith("h") else slug  # half the examples reach the screen
        # None: the screen's own token, so that the body is read.
        header = f"Bearer {self.screen_token}" if authorization is None else authorization
        self.request("get", f"/screen/{slug}/feed.json")
        self.request(
            "post",
            f"/screen/{slug}/heartbeat",
            body,
            content_type="application/json",
            HTTP_AUTHORIZATION=header,
        )

    @BOUNDED
    @given(document_id=IDS, filename=PATH_TEXT, byte_range=TEXT)
    @example(document_id="9" * 20, filename="a.mp3", byte_range="bytes=0-")
    def test_streams(self, document_id, filename, byte_range):
        self.request(
            "get", f"/stream/{document_id}/{quote(filename, safe='')}", HTTP_RANGE=byte_range
        )
