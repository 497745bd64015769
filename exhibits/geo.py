"""Geography for the trail: distances, walking times and China's map datums.

Positions are stored in WGS-84 (GPS). Maps in mainland China use GCJ-02,
an obfuscated datum mandated for domestic maps (AMap, Tencent, Apple Maps in
China), and Baidu adds its own BD-09 shift on top. In Yuzhong the difference
is several hundred metres, so every link to a map app converts first.

The GCJ-02 transform is the widely published approximation of the official
algorithm; its round trip is accurate to about a metre, which is far finer
than the certainty of our positions.
"""

import math
from dataclasses import dataclass

EARTH_RADIUS_M = 6_371_008.8  # mean Earth radius (IUGG)

# Old-town streets are neither straight nor flat: lanes bend round buildings
# and the upper and lower town are joined by stairways. A straight-line
# distance is multiplied by this factor to estimate the walk; curators can
# replace any leg with a measured figure.
STREET_FACTOR = 1.4
# An unhurried pace with stops to look, suitable for older visitors and for
# the stairs: 4 km/h is about 67 m a minute.
WALKING_SPEED_M_PER_MIN = 4000 / 60

# Krasovsky 1940 ellipsoid, on which GCJ-02 is defined.
_GCJ_A = 6378245.0
_GCJ_EE = 0.00669342162296594323
_BD_X_PI = math.pi * 3000.0 / 180.0


def haversine_m(lat1, lon1, lat2, lon2):
    """Great-circle distance in metres between two WGS-84 points."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))


def walking_distance_m(lat1, lon1, lat2, lon2):
    """Estimated walking distance: the straight line times the street factor."""
    return haversine_m(lat1, lon1, lat2, lon2) * STREET_FACTOR


def walking_minutes(distance_m):
    """Whole minutes to walk a distance, at least one for any real move."""
    if distance_m <= 0:
        return 0
    return max(1, math.ceil(distance_m / WALKING_SPEED_M_PER_MIN))


def outside_china(lat, lon):
    """GCJ-02 leaves points outside China's bounding box unchanged."""
    return not (73.66 < lon < 135.05 and 3.86 < lat < 53.55)


def _shift_lat(x, y):
    value = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    value += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    value += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    value += (
        (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    )
    return value


def _shift_lon(x, y):
    value = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    value += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    value += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    value += (
        (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    )
    return value


def _gcj_offset(lat, lon):
    d_lat = _shift_lat(lon - 105.0, lat - 35.0)
    d_lon = _shift_lon(lon - 105.0, lat - 35.0)
    rad_lat = math.radians(lat)
    magic = 1 - _GCJ_EE * math.sin(rad_lat) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_GCJ_A * (1 - _GCJ_EE)) / (magic * sqrt_magic) * math.pi)
    d_lon = (d_lon * 180.0) / (_GCJ_A / sqrt_magic * math.cos(rad_lat) * math.pi)
    return d_lat, d_lon


def wgs84_to_gcj02(lat, lon):
    if outside_china(lat, lon):
        return lat, lon
    d_lat, d_lon = _gcj_offset(lat, lon)
    return lat + d_lat, lon + d_lon


def gcj02_to_wgs84(lat, lon):
    """Inverse by fixed-point iteration; converges to well under a centimetre."""
    if outside_china(lat, lon):
        return lat, lon
    wgs_lat, wgs_lon = lat, lon
    for _ in range(30):
        g_lat, g_lon = wgs84_to_gcj02(wgs_lat, wgs_lon)
        d_lat, d_lon = g_lat - lat, g_lon - lon
        wgs_lat, wgs_lon = wgs_lat - d_lat, wgs_lon - d_lon
        if abs(d_lat) < 1e-10 and abs(d_lon) < 1e-10:
            break
    return wgs_lat, wgs_lon


def gcj02_to_bd09(lat, lon):
    z = math.sqrt(lon * lon + lat * lat) + 0.00002 * math.sin(lat * _BD_X_PI)
    theta = math.atan2(lat, lon) + 0.000003 * math.cos(lon * _BD_X_PI)
    return z * math.sin(theta) + 0.006, z * math.cos(theta) + 0.0065


def bd09_to_gcj02(lat, lon):
    x, y = lon - 0.0065, lat - 0.006
    z = math.sqrt(x * x + y * y) - 0.00002 * math.sin(y * _BD_X_PI)
    theta = math.atan2(y, x) - 0.000003 * math.cos(x * _BD_X_PI)
    return z * math.sin(theta), z * math.cos(theta)


def wgs84_to_bd09(lat, lon):
    return gcj02_to_bd09(*wgs84_to_gcj02(lat, lon))


@dataclass(frozen=True)
class Leg:
    """The walk from one stop to the next."""

    distance_m: int
    minutes: int
    measured: bool  # True when a curator entered the distance


def leg_between(stop, next_stop):
    """The leg from `stop` to `next_stop`: the curator's figure if given, else an estimate."""
    if stop.walk_to_next_m:
        distance = stop.walk_to_next_m
        return Leg(distance, stop.walk_to_next_minutes or walking_minutes(distance), True)
    if not (stop.has_location and next_stop.has_location):
        return None
    distance = walking_distance_m(
        float(stop.latitude),
        float(stop.longitude),
        float(next_stop.latitude),
        float(next_stop.longitude),
    )
    return Leg(round(distance), stop.walk_to_next_minutes or walking_minutes(distance), False)
