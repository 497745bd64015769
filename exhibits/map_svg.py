"""Schematic trail maps, drawn on the server as SVG from the stops' positions.

No tiles and nothing from another host: mainland China blocks foreign tile
servers, and published domestic maps need an approval number. The drawing
keeps the stops' relative positions, but streets are not shown and the positions
are estimates, so it is labelled as schematic and carries no scale bar: a bar
would invite visitors to measure what the label says is not to scale. Walking
distances are given in words beside the map instead.

A stop without a trustworthy position gets no pin, and the route line is not
drawn through the gap it leaves: a straight line past it would be invented.
"""

import math
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.translation import gettext as _

WIDTH, HEIGHT, PADDING = 640, 420, 56


@dataclass
class MapPoint:
    number: int
    title: str
    lat: float
    lon: float
    current: bool = False
    approximate: bool = False


def project(points):
    """Map lat/lon to SVG x/y, keeping the shape (equirectangular at the mid latitude)."""
    lats = [p.lat for p in points]
    lons = [p.lon for p in points]
    mid_lat = math.radians((min(lats) + max(lats)) / 2)
    xs = [lon * math.cos(mid_lat) for lon in lons]
    ys = lats
    span_x = (max(xs) - min(xs)) or 1e-6
    span_y = (max(ys) - min(ys)) or 1e-6
    scale = min((WIDTH - 2 * PADDING) / span_x, (HEIGHT - 2 * PADDING) / span_y)
    offset_x = (WIDTH - span_x * scale) / 2
    offset_y = (HEIGHT - span_y * scale) / 2
    return [
        (offset_x + (x - min(xs)) * scale, HEIGHT - (offset_y + (y - min(ys)) * scale))
        for x, y in zip(xs, ys, strict=True)
    ]


def route_runs(points, coords):
    """The route as runs of consecutive stops: a stop missing from the map splits it."""
    runs, run, previous = [], [], None
    for point, xy in zip(points, coords, strict=True):
        if previous is not None and point.number != previous + 1:
            runs.append(run)
            run = []
        run.append(xy)
        previous = point.number
    runs.append(run)
    return [run for run in runs if len(run) > 1]


def trail_map_svg(points, title):
    """The SVG markup of a schematic map; every text in it is escaped here."""
    if not points:
        return ""
    coords = project(points)
    parts = [
        f'<svg class="trail-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="trail-map-title">',
        f'<title id="trail-map-title">{escape(title)}</title>',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#f4efe6"/>',
    ]
    for run in route_runs(points, coords):
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
        parts.append(
            f'<polyline class="trail-map__route" points="{path}" fill="none" stroke="#8a2c17" '
            f'stroke-width="4" stroke-linejoin="round" stroke-dasharray="10 6"/>'
        )
    for point, (x, y) in zip(points, coords, strict=True):
        radius = 17 if point.current else 13
        fill = "#1d1b18" if point.current else "#8a2c17"
        ring = (
            ' stroke="#f2b705" stroke-width="5"'
            if point.current
            else ' stroke="#fff" stroke-width="2"'
        )
        parts.append(
            f'<g class="trail-map__stop{" trail-map__stop--current" if point.current else ""}" '
            f'data-stop="{point.number}">'
            f"<title>{point.number}. {escape(point.title)}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{fill}"{ring}/>'
            f'<text x="{x:.1f}" y="{y + 5:.1f}" text-anchor="middle" font-size="15" '
            f'font-weight="700" fill="#fff">{point.number}</text></g>'
        )
    # North arrow, top right.
    parts.append(
        f'<g class="trail-map__north" transform="translate({WIDTH - 34},{18})">'
        '<path d="M0,26 L8,0 L16,26 L8,20 Z" fill="#1d1b18"/>'
        '<text x="8" y="42" text-anchor="middle" font-size="13" font-weight="700" '
        'fill="#1d1b18">N</text></g>'
    )
    label = _("Schematic, not to scale; positions are approximate")
    parts.append(
        f'<text class="trail-map__label" x="{WIDTH - 12}" y="{HEIGHT - 14}" text-anchor="end" '
        f'font-size="12" fill="#4a453e">{escape(label)}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)
