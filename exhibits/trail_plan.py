"""A trail's walking plan: the legs between stops in order, the totals and the points
for its map. Pure arithmetic on pages already loaded; no queries."""

from dataclasses import dataclass

from wagtail.models import Page

from exhibits.geo import leg_between
from exhibits.map_svg import MapPoint


@dataclass
class TrailRow:
    """One stop in walking order and the walk from it to the next stop."""

    number: int
    stop: Page
    leg: object = None  # geo.Leg, None after the last stop or where it cannot be worked out


@dataclass
class TrailPlan:
    """A trail's stops with their legs, totals and the points for its map."""

    rows: list
    total_m: int
    total_minutes: int
    unknown_legs: int
    map_points: list

    @property
    def has_estimates(self):
        return any(row.leg and not row.leg.measured for row in self.rows)


def trail_plan(stops, current=None):
    """Legs, totals and map points for stops already in walking order."""
    rows, total_m, total_minutes, unknown = [], 0, 0, 0
    for index, stop in enumerate(stops):
        following = stops[index + 1] if index + 1 < len(stops) else None
        leg = leg_between(stop, following) if following else None
        if following and leg is None:
            unknown += 1
        if leg:
            total_m += leg.distance_m
            total_minutes += leg.minutes
        rows.append(TrailRow(number=index + 1, stop=stop, leg=leg))
    points = [
        MapPoint(
            number=row.number,
            title=row.stop.title,
            lat=float(row.stop.latitude),
            lon=float(row.stop.longitude),
            current=current is not None and row.stop.pk == current.pk,
            approximate=row.stop.location_is_approximate,
        )
        for row in rows
        if row.stop.has_location
    ]
    return TrailPlan(rows, total_m, total_minutes, unknown, points)
