import math
import re
from decimal import Decimal
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

from django.test import SimpleTestCase
from django.utils import translation

from exhibits import geo
from exhibits.map_links import map_links
from exhibits.map_svg import MapPoint, trail_map_svg

# Published reference values of the common GCJ-02/BD-09 implementations
# (wandergis/coordtransform test vectors), input lon 116.404, lat 39.915.
VECTOR_IN = (39.915, 116.404)
WGS_TO_GCJ = (39.91640428150164, 116.41024449916938)
GCJ_TO_BD = (39.92133699351021, 116.41036949371029)
BD_TO_GCJ = (39.90865673957631, 116.39762729119315)
GCJ_TO_WGS_APPROX = (39.91359571849836, 116.39775550083061)  # their one-step inverse

XIAOSHIZI = (29.5603, 106.5839)  # the trail's anchor point, WGS-84


class DistanceTests(SimpleTestCase):
    """Distances and walking times come from positions with a documented street factor."""

    def test_haversine_against_known_distances(self):
        # One degree of latitude is 111.195 km on the mean sphere.
        self.assertAlmostEqual(geo.haversine_m(0, 0, 1, 0), 111_195, delta=1)
        # Xiaoshizi station to the former Central Bank (both from the facts file): about 194 m.
        self.assertAlmostEqual(geo.haversine_m(*XIAOSHIZI, 29.5594, 106.5856), 194.0, delta=2)

    def test_walking_distance_applies_the_street_factor(self):
        straight = geo.haversine_m(*XIAOSHIZI, 29.5594, 106.5856)
        self.assertAlmostEqual(
            geo.walking_distance_m(*XIAOSHIZI, 29.5594, 106.5856), straight * 1.4
        )

    def test_walking_minutes(self):
        self.assertEqual(geo.walking_minutes(0), 0)
        self.assertEqual(geo.walking_minutes(10), 1)
        self.assertEqual(geo.walking_minutes(400), 6)  # 400 m at 66.7 m/min
        self.assertEqual(geo.walking_minutes(2000), 30)

    def test_curator_figures_override_estimates(self):
        here = SimpleNamespace(
            latitude=Decimal("29.5603"),
            longitude=Decimal("106.5839"),
            has_location=True,
            walk_to_next_m=None,
            walk_to_next_minutes=None,
        )
        there = SimpleNamespace(
            latitude=Decimal("29.5594"), longitude=Decimal("106.5856"), has_location=True
        )
        estimate = geo.leg_between(here, there)
        self.assertFalse(estimate.measured)
        self.assertEqual(
            estimate.distance_m, round(geo.walking_distance_m(29.5603, 106.5839, 29.5594, 106.5856))
        )
        here.walk_to_next_m, here.walk_to_next_minutes = 350, 9
        self.assertEqual(geo.leg_between(here, there), geo.Leg(350, 9, True))
        nowhere = SimpleNamespace(has_location=False)
        here.walk_to_next_m = None
        self.assertIsNone(geo.leg_between(here, nowhere))


class DatumTests(SimpleTestCase):
    """WGS-84 converts to GCJ-02 and BD-09 as the published implementations do."""

    def assertPoint(self, actual, expected, places=9):
        self.assertAlmostEqual(actual[0], expected[0], places=places)
        self.assertAlmostEqual(actual[1], expected[1], places=places)

    def test_published_vectors(self):
        self.assertPoint(geo.wgs84_to_gcj02(*VECTOR_IN), WGS_TO_GCJ)
        self.assertPoint(geo.gcj02_to_bd09(*VECTOR_IN), GCJ_TO_BD)
        self.assertPoint(geo.bd09_to_gcj02(*VECTOR_IN), BD_TO_GCJ)
        # Our inverse iterates to the exact point; theirs stops after one step.
        self.assertPoint(geo.gcj02_to_wgs84(*VECTOR_IN), GCJ_TO_WGS_APPROX, places=5)

    def test_round_trips(self):
        for point in (XIAOSHIZI, (29.5589, 106.5818), VECTOR_IN):
            with self.subTest(point=point):
                self.assertPoint(geo.gcj02_to_wgs84(*geo.wgs84_to_gcj02(*point)), point, places=8)
                self.assertPoint(geo.bd09_to_gcj02(*geo.gcj02_to_bd09(*point)), point, places=5)

    def test_offset_in_yuzhong_matches_the_field_notes(self):
        """About 320 m south and 360 m east, as measured for the facts file."""
        gcj_lat, gcj_lon = geo.wgs84_to_gcj02(*XIAOSHIZI)
        north = geo.haversine_m(XIAOSHIZI[0], XIAOSHIZI[1], gcj_lat, XIAOSHIZI[1]) * math.copysign(
            1, gcj_lat - XIAOSHIZI[0]
        )
        east = geo.haversine_m(XIAOSHIZI[0], XIAOSHIZI[1], XIAOSHIZI[0], gcj_lon) * math.copysign(
            1, gcj_lon - XIAOSHIZI[1]
        )
        self.assertAlmostEqual(north, -320, delta=15)
        self.assertAlmostEqual(east, 356, delta=15)

    def test_outside_china_is_unchanged(self):
        self.assertEqual(geo.wgs84_to_gcj02(51.5, -0.12), (51.5, -0.12))


class MapLinkTests(SimpleTestCase):
    """Each map app gets a web link in the datum it expects; no app schemes."""

    def setUp(self):
        self.links = {
            link.provider: link
            for link in map_links(Decimal("29.5603"), Decimal("106.5839"), "小什字站", "新华路")
        }
        self.gcj = geo.wgs84_to_gcj02(*XIAOSHIZI)
        self.bd = geo.wgs84_to_bd09(*XIAOSHIZI)

    def query(self, provider):
        return parse_qs(urlsplit(self.links[provider].url).query)

    def test_every_provider_is_there(self):
        self.assertEqual(list(self.links), ["amap", "baidu", "tencent", "apple", "geo"])
        for provider in ("amap", "baidu", "tencent", "apple"):
            self.assertTrue(self.links[provider].url.startswith("https://"), provider)

    def test_amap_uses_gcj02_lon_lat(self):
        query = self.query("amap")
        self.assertTrue(self.links["amap"].url.startswith("https://uri.amap.com/marker?"))
        self.assertEqual(query["position"], [f"{self.gcj[1]:.6f},{self.gcj[0]:.6f}"])
        self.assertEqual(query["coordinate"], ["gaode"])
        self.assertEqual(query["name"], ["小什字站"])

    def test_baidu_uses_bd09_lat_lon_with_a_source(self):
        query = self.query("baidu")
        self.assertEqual(query["location"], [f"{self.bd[0]:.6f},{self.bd[1]:.6f}"])
        self.assertEqual(query["coord_type"], ["bd09ll"])
        self.assertEqual(query["output"], ["html"])
        self.assertTrue(query["src"][0])

    def test_tencent_and_apple_use_gcj02(self):
        self.assertIn(
            f"coord:{self.gcj[0]:.6f},{self.gcj[1]:.6f};title:小什字站",
            self.query("tencent")["marker"][0],
        )
        self.assertTrue(self.query("tencent")["referer"][0])
        self.assertEqual(self.query("apple")["ll"], [f"{self.gcj[0]:.6f},{self.gcj[1]:.6f}"])

    def test_geo_uri_carries_wgs84(self):
        self.assertTrue(
            self.links["geo"].url.startswith("geo:29.560300,106.583900?q=29.560300,106.583900(")
        )


class SchematicMapTests(SimpleTestCase):
    """The SVG map draws the stops in order with its furniture, and escapes names."""

    def setUp(self):
        self.points = [
            MapPoint(1, "小什字站", 29.5603, 106.5839),
            MapPoint(2, "美丰银行旧址", 29.5606, 106.5832, current=True),
            MapPoint(3, "<script>x</script>", 29.5594, 106.5856),
        ]
        with translation.override("en"):
            self.svg = trail_map_svg(self.points, "步道示意图")

    def test_stops_in_order_with_the_current_one_highlighted(self):
        self.assertEqual(re.findall(r'data-stop="(\d+)"', self.svg), ["1", "2", "3"])
        self.assertIn('trail-map__stop trail-map__stop--current" data-stop="2"', self.svg)
        route = re.search(r'<polyline class="trail-map__route" points="([^"]+)"', self.svg).group(1)
        circles = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', self.svg)
        self.assertEqual(route.split(" "), [f"{x},{y}" for x, y in circles])

    def test_furniture_and_label(self):
        """A north arrow and the "not to scale" label, and so no scale bar."""
        self.assertIn("trail-map__north", self.svg)
        self.assertNotIn("trail-map__scale", self.svg)
        self.assertNotRegex(self.svg, r">\d+ m<")
        self.assertIn("Schematic, not to scale", self.svg)
        self.assertIn('role="img"', self.svg)

    def test_geometry_is_faithful(self):
        """East is right and north is up: the Central Bank lies right of and below the station."""
        circles = [
            (float(x), float(y))
            for x, y in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', self.svg)
        ]
        station, _meifeng, central = circles
        self.assertGreater(central[0], station[0])
        self.assertGreater(central[1], station[1])

    def test_names_are_escaped(self):
        self.assertNotIn("<script>", self.svg)
        self.assertIn("&lt;script&gt;", self.svg)

    def test_no_stops_no_map(self):
        self.assertEqual(trail_map_svg([], "x"), "")
