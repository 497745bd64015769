"""'Open in map app' links, each in the datum its provider expects.

All are https web addresses that hand over to the app where it is installed:
WeChat blocks custom app schemes (amapuri://, baidumap://) but lets web links
through. The geo: URI (RFC 5870) is a standard scheme and carries WGS-84.
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from exhibits.geo import wgs84_to_bd09, wgs84_to_gcj02


@dataclass(frozen=True)
class MapLink:
    provider: str
    label: str
    datum: str
    url: str


def _fixed(value):
    return f"{value:.6f}"


def map_links(lat, lon, name, address=""):
    """Links to show a WGS-84 point in AMap, Baidu, Tencent and Apple Maps, plus geo:."""
    lat, lon = float(lat), float(lon)
    gcj_lat, gcj_lon = wgs84_to_gcj02(lat, lon)
    bd_lat, bd_lon = wgs84_to_bd09(lat, lon)
    app = settings.MUSEUM_MAP_APP_NAME
    amap = urlencode(
        {
            "position": f"{_fixed(gcj_lon)},{_fixed(gcj_lat)}",
            "name": name,
            "coordinate": "gaode",
            "callnative": "1",
        }
    )
    baidu = urlencode(
        {
            "location": f"{_fixed(bd_lat)},{_fixed(bd_lon)}",
            "title": name,
            "content": address or name,
            "output": "html",
            "coord_type": "bd09ll",
            "src": app,
        }
    )
    tencent = urlencode(
        {
            "marker": (
                f"coord:{_fixed(gcj_lat)},{_fixed(gcj_lon)};title:{name};addr:{address or name}"
            ),
            "referer": app,
        }
    )
    apple = urlencode({"ll": f"{_fixed(gcj_lat)},{_fixed(gcj_lon)}", "q": name})
    return [
        MapLink("amap", _("AMap (Gaode)"), "GCJ-02", f"https://uri.amap.com/marker?{amap}"),
        MapLink("baidu", _("Baidu Maps"), "BD-09", f"https://api.map.baidu.com/marker?{baidu}"),
        MapLink(
            "tencent",
            _("Tencent Maps"),
            "GCJ-02",
            f"https://apis.map.qq.com/uri/v1/marker?{tencent}",
        ),
        MapLink("apple", _("Apple Maps"), "GCJ-02", f"https://maps.apple.com/?{apple}"),
        MapLink(
            "geo",
            _("Other map apps"),
            "WGS-84",
            f"geo:{_fixed(lat)},{_fixed(lon)}?q={_fixed(lat)},{_fixed(lon)}({quote(name)})",
        ),
    ]


def map_links_for(page):
    """Links for a located page in the active language, or [] without a position."""
    if not getattr(page, "has_location", False):
        return []
    return map_links(page.latitude, page.longitude, page.title, getattr(page, "address", ""))
