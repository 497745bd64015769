"""Programmes as iCalendar (RFC 5545): one VEVENT per occurrence, its repetitions as an
RRULE, times with TZID=Asia/Shanghai and its VTIMEZONE, all-day dates as DATE values.

The UID of an occurrence is its page's and its own database id on the public host, so
an updated feed updates the event in a subscriber's calendar instead of adding one.
DTSTAMP is when the page was last published: the feed is the same until it changes.
"""

from datetime import UTC, timedelta
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event

from exhibits import programme_dates, public_urls

PRODUCT_ID = "-//Yuzhong Financial Heritage//Programmes//ZH"
# RFC 5545 STATUS of a VEVENT for each programme status; postponed is not confirmed.
STATUSES = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}
FREQUENCIES = {"daily": "DAILY", "weekly": "WEEKLY"}


def uid(programme, occurrence):
    host = urlsplit(public_urls.origin()).hostname or "localhost"
    return f"programme-{programme.pk}-date-{occurrence.pk}@{host}"


def summary(programme):
    if programme.is_going_ahead:
        return programme.title
    return gettext("[%(status)s] %(title)s") % {
        "status": programme.get_status_display(),
        "title": programme.title,
    }


def location(programme, parent):
    venue = programme.venue(parent)
    parts = [venue.title if venue is not None else "", programme.venue_text]
    return ", ".join(part for part in parts if part)


def description(programme, url):
    parts = [programme.intro, programme.status_note, url or ""]
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


def event(programme, occurrence, parent, request=None):
    """The VEVENT of one occurrence (and its repetitions)."""
    found = occurrence.instances()
    first, last = found[0], found[-1]
    item = Event()
    item.add("uid", uid(programme, occurrence))
    stamp = programme.last_published_at or programme.latest_revision_created_at or timezone.now()
    item.add("dtstamp", stamp.astimezone(UTC))
    item.add("last-modified", stamp.astimezone(UTC))
    item.add("summary", summary(programme))
    if first.all_day:
        item.add("dtstart", first.first_day)
        # DTEND of a DATE event is exclusive: the day after the last.
        item.add("dtend", first.last_day + timedelta(days=1))
    else:
        item.add("dtstart", first.start)
        if first.end is not None and first.end > first.start:
            item.add("dtend", first.end)
    if occurrence.repeat in FREQUENCIES and len(found) > 1:
        until = last.first_day if first.all_day else last.start.astimezone(UTC)
        item.add("rrule", {"freq": FREQUENCIES[occurrence.repeat], "until": until})
    item.add("status", STATUSES.get(programme.status, "CONFIRMED"))
    url = public_urls.page_url(programme, request)
    if url:
        item.add("url", url)
    text = description(programme, url)
    if text:
        item.add("description", text)
    place = location(programme, parent)
    if place:
        item.add("location", place)
    item.add("categories", [programme.get_kind_display()])
    return item


def calendar(entries, name, request=None):
    """A calendar of (programme, parent page) pairs; the programmes' occurrences loaded."""
    feed = Calendar()
    feed.add("prodid", PRODUCT_ID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("method", "PUBLISH")
    feed.add("x-wr-calname", name)
    feed.add("x-wr-timezone", programme_dates.EVENT_TIME_ZONE_NAME)
    for programme, parent in entries:
        for occurrence in programme.occurrence_list:
            feed.add_component(event(programme, occurrence, parent, request))
    feed.add_missing_timezones()
    return feed


def calendar_response(request, entries, name, filename=None):
    """The calendar as text/calendar; with a file name it downloads as that file."""
    response = HttpResponse(
        calendar(entries, name, request).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
