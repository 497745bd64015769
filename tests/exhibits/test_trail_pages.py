import json
import re
from decimal import Decimal

import pytest
from django.test import TestCase
from django.utils import translation

from exhibits import geo
from exhibits.factories import (
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import LocationCertainty, TrailPage
from tests.base import build_home, url_in
from tests.seeding import SeededTestCase

STOPS = [
    ("小什字站", "29.5603", "106.5839"),
    ("美丰银行旧址", "29.5606", "106.5832"),
    ("中央银行旧址", "29.5594", "106.5856"),
]


def validate_rfc7946(data):
    """Structural checks of RFC 7946: types, [lon, lat] ranges, no crs, valid bbox."""
    assert data["type"] == "FeatureCollection"
    assert "crs" not in data
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature.get("properties"), dict)
        assert isinstance(feature.get("id", 0), (str, int))
        geometry = feature["geometry"]
        if geometry is None:
            continue
        if geometry["type"] == "Point":
            positions = [geometry["coordinates"]]
        elif geometry["type"] == "LineString":
            positions = geometry["coordinates"]
            assert len(positions) >= 2
        else:
            raise AssertionError(f"unexpected geometry {geometry['type']}")
        for lon, lat in positions:
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    if "bbox" in data:
        west, south, east, north = data["bbox"]
        assert west <= east and south <= north


class TrailFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.trail = TrailPageFactory(parent=cls.home, slug_en="heritage-trail")
        cls.stops = [
            TrailStopPageFactory(
                parent=cls.trail,
                position=n,
                title_zh_hans=title,
                title_en=f"Stop {n}",
                latitude=Decimal(lat),
                longitude=Decimal(lon),
                location_certainty=LocationCertainty.APPROXIMATE,
            )
            for n, (title, lat, lon) in enumerate(STOPS, start=1)
        ]
        cls.unlocated = TrailStopPageFactory(
            parent=cls.trail, position=4, latitude=None, longitude=None
        )
        cls.draft = TrailStopPageFactory(
            parent=cls.trail, position=5, live=False, title_zh_hans="草稿站点"
        )
        cls.index = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.site = HeritageSitePageFactory(parent=cls.index, address_zh_hans="渝中区打铜街14号")


@pytest.mark.template_contexts
class TrailPageTests(TrailFixture, TestCase):
    """The trail page lists stops in order with each leg, the totals and a schematic map."""

    def test_legs_and_totals(self):
        response = self.client.get(url_in(self.trail, "en"))
        plan = response.context["plan"]
        self.assertEqual(
            [row.stop.pk for row in plan.rows], [s.pk for s in [*self.stops, self.unlocated]]
        )
        first_leg = round(geo.walking_distance_m(29.5603, 106.5839, 29.5606, 106.5832))
        self.assertEqual(plan.rows[0].leg.distance_m, first_leg)
        self.assertEqual(plan.unknown_legs, 1)  # stop 3 to the unlocated stop 4
        self.assertEqual(plan.total_m, plan.rows[0].leg.distance_m + plan.rows[1].leg.distance_m)
        self.assertContains(response, f"about {first_leg} m")
        self.assertContains(response, "1 stretch whose length is not yet known")
        self.assertNotContains(response, "草稿站点")

    def test_map_is_drawn_on_the_server(self):
        response = self.client.get(url_in(self.trail, "zh-hans"))
        self.assertContains(response, '<svg class="trail-map"')
        self.assertContains(response, 'data-stop="3"')
        self.assertNotContains(response, 'data-stop="4"')  # no position, so listed but not drawn
        self.assertContains(response, "位置尚未确认")
        self.assertContains(response, 'media="print"')

    def test_stop_page(self):
        response = self.client.get(url_in(self.stops[1], "en"))
        self.assertContains(response, "Stop 2 of 4")
        self.assertContains(response, 'trail-map__stop--current" data-stop="2"')
        self.assertContains(response, "https://uri.amap.com/marker?")
        self.assertContains(response, "https://api.map.baidu.com/marker?")
        self.assertContains(response, "Approximate location")
        self.assertContains(response, f"/q/{self.stops[1].qr_code.code}.svg")

    def test_site_page_has_navigation_links(self):
        response = self.client.get(url_in(self.site, "zh-hans"))
        self.assertContains(response, "https://apis.map.qq.com/uri/v1/marker?")
        self.assertContains(response, "https://maps.apple.com/?")
        self.assertContains(response, 'href="geo:')


class SchematicMapTests(TrailFixture, TestCase):
    """The map is a schematic: no scale bar, and no route drawn where a stop has no pin."""

    def test_no_scale_bar_on_a_map_labelled_not_to_scale(self):
        for page in (self.trail, self.stops[1]):
            for language in ("zh-hans", "en"):
                with self.subTest(page=page.title, language=language):
                    html = self.client.get(url_in(page, language)).content.decode()
                    svg = re.search(r'<svg class="trail-map".*?</svg>', html, re.S)[0]
                    self.assertNotIn("trail-map__scale", svg)
                    self.assertNotRegex(svg, r">\s*\d+\s*(m|km|米|公里)\s*<")

    def test_route_is_not_drawn_through_a_stop_without_a_pin(self):
        """A stop without a position splits the route line and is named under the map."""
        TrailStopPageFactory(
            parent=self.trail,
            position=6,
            title_en="Riverside",
            latitude=Decimal("29.5590"),
            longitude=Decimal("106.5870"),
        )
        html = self.client.get(url_in(self.trail, "en")).content.decode()
        routes = re.findall(r'<polyline class="trail-map__route" points="([^"]+)"', html)
        self.assertEqual([len(points.split(" ")) for points in routes], [3])  # 1-2-3, not on to 5
        self.assertEqual(re.findall(r'data-stop="(\d+)"', html), ["1", "2", "3", "5"])
        caption = re.search(r"<figcaption.*?</figcaption>", html, re.S)[0]
        self.assertIn(f"4. {self.unlocated.title_en}", caption)
        self.assertNotIn("Riverside", caption)


@pytest.mark.template_contexts
class SeededTrailTests(SeededTestCase):
    """The seeded trail states one length, and each leg one distance, where visitors read it."""

    LENGTH = re.compile(r"\d+(?:\.\d+)?\s*(?:(?:至|to|–|-)\s*\d+(?:\.\d+)?\s*)?(?:公里|km)\b")
    METRES = re.compile(r"(\d+)\s*(?:米|m)\b")

    @classmethod
    def setUpTestData(cls):
        cls.trail = TrailPage.objects.live().get()

    def visible_text(self, url):
        html = self.client.get(url).content.decode()
        main = re.search(r'<main id="main".*?</main>', html, re.S)[0]
        main = re.sub(r"<svg.*?</svg>", " ", main, flags=re.S)
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))

    def test_one_length_for_the_whole_trail(self):
        for language in ("zh-hans", "en"):
            with self.subTest(language=language):
                lengths = self.LENGTH.findall(self.visible_text(url_in(self.trail, language)))
                self.assertEqual(len(lengths), 1, lengths)

    def test_each_leg_has_one_distance(self):
        """The directions to the next stop give the same distance as the trail's list."""
        plan = self.client.get(url_in(self.trail, "en")).context["plan"]
        for row in plan.rows[:-1]:
            for language in ("zh-hans", "en"):
                with self.subTest(stop=row.number, language=language):
                    html = self.client.get(url_in(row.stop, language)).content.decode()
                    section = re.search(r'<section class="directions".*?</section>', html, re.S)[0]
                    text = re.sub(r"<[^>]+>", " ", section)
                    expected = [str(row.leg.distance_m)] if row.leg else []
                    self.assertEqual(sorted(set(self.METRES.findall(text))), expected, text)


class GeoJSONTests(TrailFixture, TestCase):
    """Trails and sites are published as valid RFC 7946 GeoJSON with bilingual properties."""

    def get(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/geo+json")
        data = json.loads(response.content)
        validate_rfc7946(data)
        return data

    def test_trail_route_and_stops(self):
        data = self.get(f"/geo/trails/{self.trail.pk}.geojson")
        route, *stops = data["features"]
        self.assertEqual(route["geometry"]["type"], "LineString")
        self.assertEqual(route["geometry"]["coordinates"][0], [106.5839, 29.5603])  # lon, lat
        self.assertEqual([f["id"] for f in stops], [s.pk for s in [*self.stops, self.unlocated]])
        self.assertEqual(stops[0]["properties"]["title_zh_hans"], "小什字站")
        self.assertEqual(stops[0]["properties"]["title_en"], "Stop 1")
        self.assertIn("/en/heritage-trail/", stops[0]["properties"]["url_en"])
        self.assertTrue(stops[0]["properties"]["approximate"])
        self.assertIsNone(stops[-1]["geometry"])
        self.assertNotIn("草稿站点", json.dumps(data, ensure_ascii=False))

    def test_sites(self):
        data = self.get("/geo/sites.geojson")
        self.assertEqual([f["id"] for f in data["features"]], [self.site.pk])
        self.assertEqual(data["features"][0]["properties"]["kind"], "heritage_site")

    def test_unknown_or_unpublished_trail(self):
        self.assertEqual(self.client.get("/geo/trails/999999.geojson").status_code, 404)
        self.trail.unpublish()
        self.assertEqual(self.client.get(f"/geo/trails/{self.trail.pk}.geojson").status_code, 404)

    def test_properties_do_not_depend_on_the_active_language(self):
        with translation.override("en"):
            data = self.get("/geo/sites.geojson")
        self.assertIn("title_zh_hans", data["features"][0]["properties"])
