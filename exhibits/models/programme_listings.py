"""Programme listings of a museum and of the district (the home page): the next few on
the page itself, and the routes `programmes/` (every programme, filtered by kind and
month, past ones archived), `programmes/calendar/` (the iCalendar feed) and
`programmes/embed/` (the upcoming programmes for partners' pages)."""

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q, Subquery
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_lazy
from wagtail.contrib.routable_page.models import path

from exhibits import programme_dates, public_urls
from exhibits.models.calendars import calendar_response
from exhibits.models.channels import embed_chrome, embed_response_headers
from exhibits.models.occurrences import ProgrammeOccurrence
from exhibits.models.programmes import ProgrammeKind, ProgrammePage
from museum.content_version import memo

PROGRAMMES_PER_LISTING_PAGE = 20
PROGRAMMES_IN_EMBED = 8
MONTHS_OFFERED = 12
# The feeds carry the programmes of the past year and every one to come.
CALENDAR_PAST = timedelta(days=365)
UPCOMING, PAST = "upcoming", "past"
WHEN_LABELS = {UPCOMING: gettext_lazy("Upcoming"), PAST: gettext_lazy("Past programmes")}


def programmes_in(scope, private=None):
    """The live, public programmes of a museum (its own, and those held there) or, for the
    home page, of the whole site. ``private``: see ContentQuerySet.visible."""
    programmes = ProgrammePage.objects.visible(private)
    if getattr(scope, "is_place", False):
        own = Q(path__startswith=scope.path, depth=scope.depth + 1)
        return programmes.filter(own | Q(venue_page_id=scope.pk))
    return programmes.descendant_of(scope)


def with_dates(programmes, now):
    """Each programme annotated with ``next_start`` (the start of its first occurrence not
    yet over, NULL when all are past) and ``last_end`` (when its last date is over)."""
    occurrences = ProgrammeOccurrence.objects.filter(page=OuterRef("pk"))
    return programmes.annotate(
        next_start=Subquery(
            occurrences.filter(series_ends_at__gt=now).order_by("starts_at").values("starts_at")[:1]
        ),
        last_end=Subquery(occurrences.order_by("-series_ends_at").values("series_ends_at")[:1]),
    )


def for_listing(programmes):
    """What a programme card reads, loaded for all the programmes at once."""
    return programmes.select_related("venue_page").with_images().prefetch_related("occurrences")


def upcoming(scope, limit, now=None, within=None, private=None):
    """The next ``limit`` programmes of a museum or the district, soonest first; one that
    has begun and runs on (an exhibition, a weekly series) counts until it is over.
    ``within`` (a timedelta): only those starting before then."""
    now = now or timezone.now()
    programmes = with_dates(programmes_in(scope, private), now).filter(next_start__isnull=False)
    if within is not None:
        programmes = programmes.filter(next_start__lt=now + within)
    return list(for_listing(programmes.order_by("next_start", "path"))[:limit])


@dataclass
class ProgrammeFilters:
    """The listing's filters from the query string; ``error`` when one was not understood
    (the listing then shows everything upcoming, with the message, as a 400)."""

    kind: str = ""
    month: str = ""
    when: str = UPCOMING
    error: str = ""

    @classmethod
    def read(cls, query):
        kind, month, when = query.get("kind", ""), query.get("month", ""), query.get("when", "")
        if kind and kind not in ProgrammeKind.values:
            return cls(error="kind")
        if month:
            try:
                programme_dates.month_bounds(month)
            except ValueError:
                return cls(error="month")
        if when not in ("", UPCOMING, PAST):
            return cls(error="when")
        return cls(kind=kind, month=month, when=when or UPCOMING)

    def query(self, **changes):
        values = {"kind": self.kind, "month": self.month, "when": self.when, **changes}
        if values["when"] == UPCOMING:
            values["when"] = ""
        return urlencode({name: value for name, value in values.items() if value})


def listing_page(scope, filters, number, now=None, per_page=PROGRAMMES_PER_LISTING_PAGE):
    """One page of a museum's or the district's programmes: upcoming soonest first, past
    latest first, or those on in one month in date order. A fixed number of queries."""
    now = now or timezone.now()
    programmes = with_dates(programmes_in(scope), now)
    if filters.kind:
        programmes = programmes.filter(kind=filters.kind)
    if filters.month:
        start, end = programme_dates.month_bounds(filters.month)
        in_month = ProgrammeOccurrence.objects.filter(
            page=OuterRef("pk"), starts_at__lt=end, series_ends_at__gt=start
        )
        programmes = (
            programmes.filter(Exists(in_month))
            .annotate(month_start=Subquery(in_month.order_by("starts_at").values("starts_at")[:1]))
            .order_by("month_start", "path")
        )
    elif filters.when == PAST:
        programmes = programmes.filter(next_start__isnull=True, last_end__isnull=False)
        programmes = programmes.order_by("-last_end", "path")
    else:
        programmes = programmes.filter(next_start__isnull=False).order_by("next_start", "path")
    return Paginator(for_listing(programmes), per_page).get_page(number)


def month_choices(filters, today):
    """(value, label) of the months the filter offers: the next twelve, or the last twelve
    for past programmes, and the one asked for."""
    step = -1 if filters.when == PAST else 1
    months = programme_dates.months_from(today, MONTHS_OFFERED, step)
    if filters.month and filters.month not in months:
        months.append(filters.month)
    language = translation.get_language()
    return [(month, programme_dates.month_text(month, language)) for month in months]


def filter_error(name):
    """Why a filter was refused, in every language, [(language, message)]."""
    found = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            found.append((code, filter_error_text(name)))
    return found


def filter_error_text(name):
    messages = {
        "kind": gettext("This kind of programme is not known. All upcoming programmes are shown."),
        "month": gettext("The month must be given as YYYY-MM. All upcoming programmes are shown."),
        "when": gettext("Choose upcoming or past programmes. All upcoming programmes are shown."),
    }
    return messages[name]


class ProgrammeListingMixin:
    """Programmes on a museum or the home page: the next ``upcoming_programmes`` in its
    context, and its listing, calendar and embed routes."""

    upcoming_programmes = 4
    # Partners may embed the upcoming programmes (the editor's "Embed code" offers it).
    embeds_programmes = True
    programme_embed_height = 720

    def programmes_url(self, language=None, request=None):
        """The page's programme listing on the public origin."""
        url = public_urls.page_url(self, request, language)
        return f"{url}programmes/" if url else None

    def programme_context(self, request):
        """The next programmes, as of the current minute: kept for that minute and the
        content version (museum.content_version.memo), handed out as copies."""
        minute = timezone.now().replace(second=0, microsecond=0)
        limit = self.upcoming_programmes
        programmes = memo.copies(
            ("upcoming", self.pk, limit, minute), lambda: upcoming(self, limit, minute)
        )
        return {
            "programmes": programmes,
            "programmes_url": f"{self.get_url(request)}programmes/",
        }

    def listing_language_links(self, context, suffix, query=""):
        query = f"?{query}" if query else ""
        return [
            (code, name, f"{url}{suffix}{query}") for code, name, url in context["language_links"]
        ]

    @path("programmes/", name="programme_listing")
    def programme_listing(self, request):
        """`<page url>programmes/?kind=&month=&when=past&page=N`: every programme, a page
        at a time; a filter that is not understood is a 400 with the upcoming listing."""
        filters = ProgrammeFilters.read(request.GET)
        context = self.get_context(request, listing=False)
        now = timezone.now()
        context["filters"] = filters
        context["programmes_page"] = listing_page(self, filters, request.GET.get("page"), now)
        context["kinds"] = ProgrammeKind.choices
        context["months"] = month_choices(filters, programme_dates.local(now).date())
        context["when_choices"] = [(value, label) for value, label in WHEN_LABELS.items()]
        context["filter_messages"] = filter_error(filters.error) if filters.error else []
        context["page_query"] = filters.query()
        context["past_query"] = filters.query(when=PAST, month="")
        context["upcoming_query"] = filters.query(when=UPCOMING, month="")
        context["calendar_url"] = f"{self.get_url(request)}programmes/calendar/"
        context["language_links"] = self.listing_language_links(
            context, "programmes/", filters.query() if not filters.error else ""
        )
        context["structured_data"] = None
        return TemplateResponse(
            request,
            "exhibits/programme_listing.html",
            context,
            status=400 if filters.error else 200,
        )

    @path("programmes/calendar/", name="programme_calendar")
    def programme_calendar(self, request):
        """`<page url>programmes/calendar/`: the page's programmes of the past year and
        to come, as an iCalendar feed to subscribe to."""
        now = timezone.now()
        programmes = (
            with_dates(programmes_in(self), now)
            .filter(last_end__gte=now - CALENDAR_PAST)
            .select_related("venue_page")
            .prefetch_related("occurrences")
            .order_by("path")
        )
        programmes = list(programmes)
        parents = ProgrammePage.parents_of(programmes)
        entries = [(programme, parents.get(programme.pk)) for programme in programmes]
        name = f"{self.title} · {gettext('Programmes')}"
        return calendar_response(request, entries, name)

    @path("programmes/embed/", name="programme_embed")
    def programme_embed(self, request):
        """`<page url>programmes/embed/`: the upcoming programmes, framed by partners."""
        context = self.get_context(request, listing=False)
        context["programmes"] = upcoming(self, PROGRAMMES_IN_EMBED)
        context.update(embed_chrome(request, self.programmes_url(request=request)))
        context["structured_data"] = None
        response = TemplateResponse(request, "exhibits/programme_embed.html", context)
        return embed_response_headers(response.render())
