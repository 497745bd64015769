"""Read queries behind the visitor pages.

Every function here runs a fixed number of queries whatever the number of
exhibits or stops, so page query counts stay flat as the collection grows.
Models are looked up by name to keep imports flowing one way (models call in).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db import connection
from django.db.models.functions import Greatest
from wagtail.models import Page
from wagtail.search.query import PlainText

from exhibits.geo import leg_between
from exhibits.maps import MapPoint
from exhibits.search import CJK_RUN, MAX_QUERY_LENGTH, english_terms

IMAGE_RELATIONS = ("listing_image",)
IMAGE_RENDITIONS = ("listing_image__renditions",)


def page_model(name):
    return apps.get_model("exhibits", name)


def visible(queryset):
    return queryset.live().public()


def live_children(parent, model_name):
    """Live, public children of one type, in tree order, with their images."""
    model = page_model(model_name)
    return list(
        visible(model.objects.child_of(parent))
        .select_related(*IMAGE_RELATIONS)
        .prefetch_related(*IMAGE_RENDITIONS)
        .order_by("path")
    )


def museums_under(home):
    return live_children(home, "MuseumPage")


@dataclass
class ExhibitGroup:
    """The exhibits of one kind in a museum, in their numbered order."""

    kind: str
    label: str
    exhibits: list = field(default_factory=list)


def exhibits_by_kind(museum):
    """A museum's live exhibits grouped by kind (scenes, stories, timeline, topics)."""
    ExhibitPage = page_model("ExhibitPage")
    kind_choices = ExhibitPage._meta.get_field("kind").choices
    exhibits = (
        visible(ExhibitPage.objects.child_of(museum))
        .select_related(*IMAGE_RELATIONS)
        .prefetch_related(*IMAGE_RENDITIONS)
        .order_by("position", "path")
    )
    groups = {value: ExhibitGroup(kind=value, label=label) for value, label in kind_choices}
    for exhibit in exhibits:
        groups[exhibit.kind].exhibits.append(exhibit)
    return [group for group in groups.values() if group.exhibits]


@dataclass
class Sequence:
    """Where a page stands among its siblings: "scene 3 of 7", previous and next."""

    number: int | None
    total: int
    previous: Page | None
    next: Page | None


def _sequence_of(page, siblings):
    ids = [sibling.pk for sibling in siblings]
    if page.pk not in ids:
        return Sequence(number=None, total=len(siblings), previous=None, next=None)
    index = ids.index(page.pk)
    return Sequence(
        number=index + 1,
        total=len(siblings),
        previous=siblings[index - 1] if index > 0 else None,
        next=siblings[index + 1] if index + 1 < len(siblings) else None,
    )


def exhibit_sequence(exhibit):
    """The exhibit's place among the live exhibits of the same kind in its museum."""
    ExhibitPage = page_model("ExhibitPage")
    siblings = list(
        visible(ExhibitPage.objects.sibling_of(exhibit, inclusive=True))
        .filter(kind=exhibit.kind)
        .order_by("position", "path")
    )
    return _sequence_of(exhibit, siblings)


def parent_museum(exhibit):
    MuseumPage = page_model("MuseumPage")
    return MuseumPage.objects.filter(path=exhibit.path[: -Page.steplen]).first()


def trail_stops(trail):
    """A trail's live stops in walking order, with the site or museum each presents."""
    TrailStopPage = page_model("TrailStopPage")
    return list(
        visible(TrailStopPage.objects.child_of(trail))
        .select_related("linked_page", *IMAGE_RELATIONS)
        .prefetch_related(*IMAGE_RENDITIONS)
        .order_by("position", "path")
    )


def sequence_in(page, siblings):
    """Where a page stands in an already loaded, ordered list of its siblings."""
    return _sequence_of(page, list(siblings))


def qr_code_of(page):
    return apps.get_model("exhibits", "QRCode").objects.filter(page_id=page.pk).first()


def museum_or_trail_of(pages):
    """{page id: the museum or trail it sits in} for many pages, in one query."""
    pages = [page for page in pages if page is not None]
    parent_path = {page.pk: page.path[: -Page.steplen] for page in pages}
    parents = {
        parent.path: parent
        for parent in Page.objects.filter(path__in=set(parent_path.values())).type(
            page_model("MuseumPage"), page_model("TrailPage")
        )
    }
    return {pk: parents.get(path) for pk, path in parent_path.items()}


def specific_or_none(page_id):
    """The live page with this id as its own type, or None if unset, draft or gone."""
    if page_id is None:
        return None
    return visible(Page.objects.filter(pk=page_id)).specific().first()


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


# --- Search ------------------------------------------------------------------

SEARCH_CANDIDATES = 200
TYPE_PRIORITY = {
    "HeritageSitePage": 0,
    "MuseumPage": 1,
    "TrailPage": 2,
    "ExhibitPage": 3,
    "TrailStopPage": 4,
    "HeritageSiteIndexPage": 5,
}


@dataclass
class SearchHit:
    page: Page
    score: int
    context: Page | None  # the museum or trail the page belongs to


def _contains(text, fragment):
    """Chinese fragments match anywhere; English words match whole words, stemmed."""
    if CJK_RUN.fullmatch(fragment):
        return fragment in (text or "")
    return english_terms(fragment)[0] in english_terms(text) if english_terms(fragment) else False


def _score(page, fragments):
    """Title matches first (a title that is the query itself best), then the
    introduction, then the body; in either language."""
    score = 0
    for suffix in ("zh_hans", "en"):
        title = getattr(page, f"title_{suffix}") or ""
        intro = getattr(page, f"intro_{suffix}") or ""
        body = " ".join(page.texts_in(suffix)[2:])
        for fragment in fragments:
            in_title = _contains(title, fragment)
            score += 10 * in_title + 10 * (in_title and title.startswith(fragment))
            score += 3 * _contains(intro, fragment) + _contains(body, fragment)
    return score


def search_pages(query):
    """Live, public visitor pages matching every token of a parsed query, best first."""
    if query.is_empty:
        return []
    from exhibits.models.base import BasePage

    matches = visible(Page.objects.all()).search(
        PlainText(" ".join(query.terms), operator="and"), order_by_relevance=True
    )
    ids = [page.pk for page in matches[:SEARCH_CANDIDATES]]
    pages = {
        page.pk: page
        for page in Page.objects.filter(pk__in=ids).specific()
        if isinstance(page, BasePage) and page.depth > 2
    }
    contexts = museum_or_trail_of(pages.values())
    hits = [
        SearchHit(page, _score(page, query.fragments), contexts[page.pk])
        for pk in ids
        if (page := pages.get(pk)) is not None
    ]
    order = {pk: rank for rank, pk in enumerate(ids)}
    # Among equals: places before the exhibits and stops about them, then the
    # shorter title (the closer match), then the search backend's own order.
    hits.sort(
        key=lambda hit: (
            -hit.score,
            TYPE_PRIORITY.get(hit.page.specific_class.__name__, 9),
            len(hit.page.title_zh_hans or ""),
            order[hit.page.pk],
        )
    )
    return hits


def suggest_pages(text, limit=8):
    """Titles for the search box: prefix matches, then (on PostgreSQL) near misses."""
    text = " ".join((text or "")[:MAX_QUERY_LENGTH].split())
    if not text:
        return []
    found = list(visible(Page.objects.all()).autocomplete(text)[:limit])
    if len(found) < limit and connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity  # needs psycopg

        near = (
            visible(Page.objects.exclude(pk__in=[page.pk for page in found]))
            .annotate(
                similarity=Greatest(
                    TrigramSimilarity("title_zh_hans", text), TrigramSimilarity("title_en", text)
                )
            )
            .filter(similarity__gt=0.2, depth__gt=2)
            .order_by("-similarity")
        )
        found += list(near[: limit - len(found)])
    return found
