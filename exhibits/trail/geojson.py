"""GeoJSON (RFC 7946) for the trail and the heritage sites: WGS-84, [lon, lat]."""

from exhibits import public_urls
from exhibits.models import HeritageSitePage, TrailPage

PRECISION = 6  # about 10 cm; finer would claim a precision the positions lack


def position(page):
    return [round(float(page.longitude), PRECISION), round(float(page.latitude), PRECISION)]


def bilingual(page, request, field="title"):
    values = {}
    for code, suffix in (("zh-hans", "zh_hans"), ("en", "en")):
        values[f"{field}_{suffix}"] = getattr(page, f"{field}_{suffix}") or getattr(
            page, f"{field}_zh_hans"
        )
        values[f"url_{suffix}"] = public_urls.page_url(page, request, code)
    return values


def point_feature(page, request, **properties):
    return {
        "type": "Feature",
        "id": page.pk,
        "geometry": {"type": "Point", "coordinates": position(page)} if page.has_location else None,
        "properties": {
            **bilingual(page, request),
            "location_certainty": page.location_certainty,
            "approximate": page.location_is_approximate,
            **properties,
        },
    }


def bbox(coordinates):
    lons = [c[0] for c in coordinates]
    lats = [c[1] for c in coordinates]
    return [min(lons), min(lats), max(lons), max(lats)]


def collection(features, coordinates):
    data = {"type": "FeatureCollection", "features": features}
    if coordinates:
        data["bbox"] = bbox(coordinates)
    return data


def trail_collection(trail: TrailPage, request):
    """The route as a LineString through the located stops, then each stop as a Point."""
    stops = trail.stops()
    located = [position(stop) for stop in stops if stop.has_location]
    features = []
    if len(located) >= 2:
        features.append(
            {
                "type": "Feature",
                "id": f"trail-{trail.pk}-route",
                "geometry": {"type": "LineString", "coordinates": located},
                "properties": {**bilingual(trail, request), "kind": "route"},
            }
        )
    for number, stop in enumerate(stops, start=1):
        features.append(point_feature(stop, request, kind="stop", stop_number=number))
    return collection(features, located)


def sites_collection(request):
    sites = list(HeritageSitePage.objects.visible().in_order())
    features = [
        point_feature(
            site,
            request,
            kind="heritage_site",
            protection_level=site.protection_level,
            year_built=site.year_built,
        )
        for site in sites
    ]
    return collection(features, [position(site) for site in sites if site.has_location])
