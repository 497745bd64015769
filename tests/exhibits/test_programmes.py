"""Programmes: their dates, pages, listings, calendars, structured data, embeds, API and
screens, in both languages."""

import json
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import icalendar
import pytest
from dateutil.rrule import rrulestr
from django.core.exceptions import ValidationError
from django.test import SimpleTestCase, TestCase
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.test.utils import WagtailPageTestCase

from exhibits import programme_dates
from exhibits.factories import (
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    ProgrammePageFactory,
)
from exhibits.models import (
    HomePage,
    MuseumPage,
    ProgrammeKind,
    ProgrammeOccurrence,
    ProgrammePage,
    ProgrammeStatus,
    Screen,
)
from exhibits.models.programme_listings import ProgrammeFilters, listing_page
from exhibits.programme_dates import EVENT_TIME_ZONE
from tests.base import LANGUAGES, build_home, url_in

SHANGHAI = EVENT_TIME_ZONE


def zh(message):
    """The Chinese of an interface text (whatever the locale files hold today)."""
    with translation.override("zh-hans"):
        return gettext(message)


def at(days, hour=14, minute=0):
    """A moment ``days`` from today at ``hour`` in Chongqing."""
    day = timezone.localdate() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI)


def dates(days, hours=2, **extra):
    start = at(days)
    return {"starts_at": start, "ends_at": start + timedelta(hours=hours), **extra}


class ProgrammeDateTests(SimpleTestCase):
    """The arithmetic of occurrences (exhibits.programme_dates)."""

    def test_weekly_repetitions_keep_the_time_and_stop_at_the_last_date(self):
        start = datetime(2026, 12, 1, 14, 0, tzinfo=SHANGHAI)
        found = programme_dates.instances(
            start, start + timedelta(hours=2), False, "weekly", date(2026, 12, 29)
        )
        self.assertEqual([i.start.day for i in found], [1, 8, 15, 22, 29])
        self.assertTrue(all(i.start.hour == 14 and i.end.hour == 16 for i in found))

    def test_repetitions_are_capped(self):
        start = datetime(2026, 1, 1, 9, 0, tzinfo=SHANGHAI)
        found = programme_dates.instances(start, None, False, "daily", date(2030, 1, 1))
        self.assertEqual(len(found), programme_dates.MAX_INSTANCES)

    def test_all_day_dates_run_to_midnight_after_the_last_day(self):
        start = datetime(2026, 12, 1, 15, 30, tzinfo=SHANGHAI)
        (instance,) = programme_dates.instances(start, datetime(2026, 12, 3, tzinfo=SHANGHAI), True)
        self.assertEqual(instance.start, datetime(2026, 12, 1, tzinfo=SHANGHAI))
        self.assertEqual(instance.over_at, datetime(2026, 12, 4, tzinfo=SHANGHAI))

    def test_dates_read_in_each_language(self):
        start = datetime(2026, 12, 8, 14, 0, tzinfo=SHANGHAI)
        (timed,) = programme_dates.instances(start, start + timedelta(hours=2))
        self.assertEqual(
            programme_dates.when_text(timed, "zh-hans"), "2026年12月8日（周二） 14:00–16:00"
        )
        self.assertEqual(programme_dates.when_text(timed, "en"), "Tue 8 Dec 2026, 14:00–16:00")
        (days,) = programme_dates.instances(start, datetime(2027, 1, 3, tzinfo=SHANGHAI), True)
        self.assertEqual(programme_dates.when_text(days, "en"), "Tue 8 Dec 2026 – Sun 3 Jan 2027")
        self.assertEqual(
            programme_dates.repeat_text("weekly", date(2027, 1, 5), "zh-hans"),
            "每周，至2027年1月5日（周二）",
        )

    def test_months_are_checked(self):
        start, end = programme_dates.month_bounds("2026-12")
        self.assertEqual((start.month, end.year, end.month), (12, 2027, 1))
        for bad in ("2026-13", "26-12", "2026-1", "", "2026-12-01", "０２６-12"):
            with self.subTest(month=bad), self.assertRaises(ValueError):
                programme_dates.month_bounds(bad)


class OccurrenceValidationTests(SimpleTestCase):
    """Curators cannot save dates that make no sense."""

    def check(self, **values):
        occurrence = ProgrammeOccurrence(**values)
        with self.assertRaises(ValidationError) as raised:
            occurrence.clean()
        return raised.exception.message_dict

    def test_end_before_start(self):
        start = datetime(2026, 12, 8, 14, tzinfo=SHANGHAI)
        self.assertIn("ends_at", self.check(starts_at=start, ends_at=start - timedelta(hours=1)))

    def test_series_needs_its_last_date_and_at_most_366_dates(self):
        start = datetime(2026, 12, 8, 14, tzinfo=SHANGHAI)
        self.assertIn("repeat_until", self.check(starts_at=start, repeat="weekly"))
        self.assertIn(
            "repeat_until",
            self.check(starts_at=start, repeat="daily", repeat_until=date(2028, 1, 1)),
        )
        self.assertIn(
            "repeat_until",
            self.check(starts_at=start, repeat="daily", repeat_until=date(2026, 12, 1)),
        )


class ProgrammeFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(
            parent=cls.home,
            title_zh_hans="重庆金融历史博物馆",
            title_en="Chongqing Financial History Museum",
            address_zh_hans="渝中区打铜街14号",
            contact_phone="023-00000000",
        )
        cls.other = MuseumPageFactory(parent=cls.home)
        index = HeritageSiteIndexPageFactory(parent=cls.home)
        cls.site = HeritageSitePageFactory(parent=index, address_zh_hans="渝中区白象街")
        cls.lecture = ProgrammePageFactory(
            parent=cls.museum,
            title_zh_hans="金融大讲堂（示例）",
            title_en="Finance lecture (example)",
            kind=ProgrammeKind.LECTURE,
            admission="ticketed",
            ticket_price=Decimal("30"),
            capacity=80,
            registration_url="https://example.org/sign-up",
            event_language="zh_en",
            listing_image=MuseumImageFactory(),
            occurrences=[dates(3)],
        )
        cls.cancelled = ProgrammePageFactory(
            parent=cls.museum,
            title_zh_hans="金融沙龙",
            title_en="Finance salon",
            kind=ProgrammeKind.SALON,
            status=ProgrammeStatus.CANCELLED,
            status_note_zh_hans="因场馆维修取消。",
            status_note_en="Cancelled for building repairs.",
            occurrences=[dates(5)],
        )
        cls.past = ProgrammePageFactory(
            parent=cls.museum,
            title_zh_hans="公益培训",
            title_en="Public training",
            kind=ProgrammeKind.TRAINING,
            occurrences=[dates(-20)],
        )
        cls.walk = ProgrammePageFactory(
            parent=cls.home,
            title_zh_hans="街区导览",
            title_en="Guided walk",
            kind=ProgrammeKind.GUIDED_WALK,
            venue_page=cls.museum,
            venue_text_zh_hans="门口集合",
            venue_text_en="Meet at the entrance",
            occurrences=[
                dates(
                    -13, repeat="weekly", repeat_until=(timezone.localdate() + timedelta(days=50))
                )
            ],
        )
        cls.exhibition = ProgrammePageFactory(
            parent=cls.home,
            title_zh_hans="系列展览",
            title_en="Exhibition series",
            kind=ProgrammeKind.EXHIBITION,
            venue_page=cls.site,
            status=ProgrammeStatus.POSTPONED,
            occurrences=[{"starts_at": at(-2), "ends_at": at(40), "all_day": True}],
        )
        cls.elsewhere = ProgrammePageFactory(parent=cls.other, occurrences=[dates(1)])

    def get(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response


class ProgrammePageTests(ProgrammeFixture, WagtailPageTestCase):
    """Programme pages render in both languages with their dates, venue and status."""

    def test_programmes_live_under_museums_and_the_home_page(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {MuseumPage, HomePage})
        self.assertAllowedSubpageTypes(ProgrammePage, set())
        self.assertCanCreateAt(MuseumPage, ProgrammePage)
        self.assertCanCreateAt(HomePage, ProgrammePage)

    def test_every_programme_renders_in_both_languages(self):
        for page in (self.lecture, self.cancelled, self.past, self.walk, self.exhibition):
            for language in LANGUAGES:
                with self.subTest(page=page.title_en, language=language):
                    response = self.get(url_in(page, language))
                    self.assertContains(response, f'<html lang="{language}">')
                    with translation.override(language):
                        self.assertContains(response, page.title)
                        self.assertContains(response, page.when_text(language))
            with self.subTest(page=page.title_en, mode="preview"):
                self.assertPageIsRenderable(page)

    def test_status_shows_in_both_languages_on_either_page(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.get(url_in(self.cancelled, language))
                self.assertContains(
                    response, f'<strong lang="zh-hans">{zh("Cancelled")}</strong>', html=True
                )
                self.assertContains(response, '<strong lang="en">Cancelled</strong>', html=True)
        self.assertContains(self.get(url_in(self.cancelled, "en")), "building repairs")
        self.assertContains(self.get(url_in(self.exhibition, "zh-hans")), zh("Postponed"))

    def test_facts_of_a_programme(self):
        response = self.get(url_in(self.lecture, "en"))
        self.assertContains(response, "Chinese and English")
        self.assertContains(response, "30 yuan")
        self.assertContains(response, 'href="https://example.org/sign-up"')
        self.assertContains(response, f'href="{url_in(self.lecture, "en")}calendar/"')
        walk = self.get(url_in(self.walk, "zh-hans"))
        self.assertContains(walk, "每周，至")
        self.assertContains(walk, "门口集合")
        self.assertContains(walk, f'<a href="{url_in(self.museum, "zh-hans")}">')

    def test_example_programmes_say_so(self):
        example = ProgrammePageFactory(parent=self.museum, is_example=True)
        label = "Example programme awaiting curator review; its dates are not real."
        self.assertContains(self.get(url_in(example, "zh-hans")), zh(label))
        self.assertContains(self.get(url_in(example, "en")), label)

    def test_search_finds_programmes(self):
        response = self.get("/zh-hans/search/?q=大讲堂")
        self.assertContains(response, url_in(self.lecture, "zh-hans"))


@pytest.mark.template_contexts
class ListingTests(ProgrammeFixture, TestCase):
    """Museum and home pages list upcoming programmes; the listings filter and archive."""

    def test_museum_page_shows_its_next_programmes_and_links_to_all(self):
        response = self.get(url_in(self.museum, "en"))
        for programme in (self.lecture, self.cancelled, self.walk):
            self.assertContains(response, url_in(programme, "en"))
        self.assertNotContains(response, url_in(self.past, "en"))
        self.assertNotContains(response, url_in(self.elsewhere, "en"))
        self.assertContains(response, f'href="{url_in(self.museum, "en")}programmes/"')
        self.assertEqual(
            [p.pk for p in response.context["programmes"]],
            [self.walk.pk, self.lecture.pk, self.cancelled.pk],
        )

    def test_home_page_shows_the_district_s_next_programmes(self):
        response = self.get(url_in(self.home, "zh-hans"))
        for programme in (self.lecture, self.walk, self.exhibition, self.elsewhere):
            self.assertContains(response, url_in(programme, "zh-hans"))
        self.assertNotContains(response, url_in(self.past, "zh-hans"))
        self.assertContains(response, zh("Cancelled"))

    def test_listing_filters_by_kind_and_month_and_keeps_the_past(self):
        base = f"{url_in(self.museum, 'en')}programmes/"
        upcoming = self.get(base).context["programmes_page"]
        self.assertEqual(
            [p.pk for p in upcoming], [self.walk.pk, self.lecture.pk, self.cancelled.pk]
        )
        salons = self.get(f"{base}?kind=salon").context["programmes_page"]
        self.assertEqual([p.pk for p in salons], [self.cancelled.pk])
        past = self.get(f"{base}?when=past")
        self.assertEqual([p.pk for p in past.context["programmes_page"]], [self.past.pk])
        self.assertContains(past, url_in(self.past, "en"))
        month = programme_dates.local(self.past.occurrence_list[0].starts_at).strftime("%Y-%m")
        in_month = self.get(f"{base}?month={month}").context["programmes_page"]
        self.assertIn(self.past.pk, [p.pk for p in in_month])
        district = self.get(f"{url_in(self.home, 'zh-hans')}programmes/?kind=exhibition")
        self.assertEqual([p.pk for p in district.context["programmes_page"]], [self.exhibition.pk])

    def test_listing_pages_through_many_programmes(self):
        filters = ProgrammeFilters.read({})
        first = listing_page(self.home, filters, 1, per_page=2)
        second = listing_page(self.home, filters, 2, per_page=2)
        self.assertEqual(first.paginator.count, 5)
        self.assertEqual(len(first) + len(second), 4)
        self.assertTrue(second.has_next())
        response = self.get(f"{url_in(self.home, 'en')}programmes/?kind=lecture&page=9")
        self.assertEqual(response.context["programmes_page"].number, 1)

    def test_filters_not_understood_are_a_bilingual_400(self):
        base = f"{url_in(self.museum, 'en')}programmes/"
        for query in ("kind=opera", "month=2026-13", "month=<script>", "when=someday"):
            with self.subTest(query=query):
                response = self.client.get(f"{base}?{query}")
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, 'lang="zh-hans"', status_code=400)
                self.assertContains(response, "All upcoming programmes are shown", status_code=400)
                self.assertNotContains(response, "<script>", status_code=400)

    def test_language_links_keep_the_filters(self):
        response = self.get(f"{url_in(self.museum, 'en')}programmes/?kind=salon")
        self.assertContains(
            response, f'href="{url_in(self.museum, "zh-hans")}programmes/?kind=salon"'
        )


class CalendarTests(ProgrammeFixture, TestCase):
    """The iCalendar feeds and one-event files import cleanly (RFC 5545, parsed back)."""

    def calendar(self, url):
        response = self.get(url)
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        body = response.content
        for line in body.split(b"\r\n"):
            self.assertLessEqual(len(line), 75, line)  # folded, as the RFC asks
        return icalendar.Calendar.from_ical(body), response

    def events(self, calendar):
        return {str(event["UID"]): event for event in calendar.walk("VEVENT")}

    def test_museum_feed_parses_with_every_event_and_a_timezone(self):
        calendar, _response = self.calendar(f"{url_in(self.museum, 'zh-hans')}programmes/calendar/")
        self.assertEqual(str(calendar["VERSION"]), "2.0")
        self.assertEqual([str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")], ["Asia/Shanghai"])
        events = self.events(calendar)
        titles = {str(event["SUMMARY"]) for event in events.values()}
        cancelled = zh("[%(status)s] %(title)s") % {"status": zh("Cancelled"), "title": "金融沙龙"}
        self.assertEqual(titles, {"金融大讲堂（示例）", cancelled, "公益培训", "街区导览"})
        for event in events.values():
            self.assertIn("DTSTAMP", event)
            self.assertEqual(event["DTSTART"].params["TZID"], "Asia/Shanghai")
            self.assertEqual(event.decoded("DTSTART").utcoffset(), timedelta(hours=8))

    def test_uids_are_stable_and_cancelled_events_say_so(self):
        url = f"{url_in(self.home, 'en')}programmes/calendar/"
        first, _ = self.calendar(url)
        again, _ = self.calendar(url)
        self.assertEqual(set(self.events(first)), set(self.events(again)))
        occurrence = self.cancelled.occurrence_list[0]
        event = self.events(first)[f"programme-{self.cancelled.pk}-date-{occurrence.pk}@localhost"]
        self.assertEqual(str(event["STATUS"]), "CANCELLED")
        self.assertEqual(str(event["SUMMARY"]), "[Cancelled] Finance salon")
        self.assertIn("Cancelled for building repairs.", str(event["DESCRIPTION"]))

    def test_weekly_series_expands_to_its_dates(self):
        calendar, response = self.calendar(f"{url_in(self.walk, 'en')}calendar/")
        self.assertEqual(
            response["Content-Disposition"], f'attachment; filename="programme-{self.walk.pk}.ics"'
        )
        (event,) = calendar.walk("VEVENT")
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=event.decoded("DTSTART"))
        expected = [i.start for i in self.walk.occurrence_list[0].instances()]
        self.assertEqual(list(rule), expected)
        self.assertEqual(
            str(event["LOCATION"]), "Chongqing Financial History Museum, Meet at the entrance"
        )

    def test_all_day_events_are_dates(self):
        calendar, _ = self.calendar(f"{url_in(self.exhibition, 'zh-hans')}calendar/")
        (event,) = calendar.walk("VEVENT")
        self.assertEqual(event["DTSTART"].params.get("VALUE"), "DATE")
        self.assertEqual(event.decoded("DTSTART"), timezone.localdate() - timedelta(days=2))
        self.assertEqual(event.decoded("DTEND"), timezone.localdate() + timedelta(days=41))
        self.assertEqual(str(event["STATUS"]), "TENTATIVE")
        postponed = zh("[%(status)s] %(title)s") % {"status": zh("Postponed"), "title": "系列展览"}
        self.assertEqual(str(event["SUMMARY"]), postponed)


# Required and allowed properties, from schema.org (https://schema.org/Event,
# /Place, /Offer, /Museum) and the properties search engines require of an Event
# (name, startDate, location; a Place needs an address, an Offer a price and currency).
SCHEMA = {
    "Event": {
        "required": {"name", "startDate", "location"},
        "allowed": {
            "@context",
            "@type",
            "name",
            "description",
            "url",
            "image",
            "startDate",
            "endDate",
            "eventStatus",
            "eventAttendanceMode",
            "inLanguage",
            "location",
            "organizer",
            "offers",
            "isAccessibleForFree",
            "maximumAttendeeCapacity",
            "audience",
            "eventSchedule",
        },
    },
    "Place": {
        "required": {"name", "address"},
        "allowed": {"@type", "name", "address", "geo", "url"},
    },
    "Museum": {
        "required": {"name", "address"},
        "allowed": {
            "@context",
            "@type",
            "name",
            "alternateName",
            "description",
            "url",
            "image",
            "address",
            "geo",
            "telephone",
            "email",
        },
    },
    "VirtualLocation": {"required": {"url"}, "allowed": {"@type", "url"}},
    "Offer": {
        "required": {"price", "priceCurrency"},
        "allowed": {"@type", "price", "priceCurrency", "url"},
    },
    "PostalAddress": {
        "required": {"addressLocality", "addressCountry"},
        "allowed": {"@type", "streetAddress", "addressLocality", "addressRegion", "addressCountry"},
    },
    "GeoCoordinates": {
        "required": {"latitude", "longitude"},
        "allowed": {"@type", "latitude", "longitude"},
    },
    "Organization": {"required": {"name"}, "allowed": {"@type", "name", "url"}},
    "Audience": {"required": {"audienceType"}, "allowed": {"@type", "audienceType"}},
    "Schedule": {
        "required": {"repeatFrequency", "startDate"},
        "allowed": {
            "@type",
            "repeatFrequency",
            "startDate",
            "endDate",
            "startTime",
            "endTime",
            "scheduleTimezone",
        },
    },
}
STATUS_URLS = {f"https://schema.org/Event{s}" for s in ("Scheduled", "Cancelled", "Postponed")}
OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+08:00)?$")


class StructuredDataTests(ProgrammeFixture, TestCase):
    """Programme pages carry schema.org Events, museum pages a Museum, as JSON-LD."""

    def json_ld(self, url):
        html = self.get(url).content.decode()
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        self.assertEqual(len(blocks), 1, url)
        return json.loads(blocks[0])

    def validate(self, item, context=""):
        """Check one node, and the nodes inside it, against SCHEMA."""
        kind = item["@type"]
        self.assertIn(kind, SCHEMA, context)
        rules = SCHEMA[kind]
        self.assertLessEqual(rules["required"], set(item), f"{context} {kind}")
        self.assertLessEqual(set(item), rules["allowed"], f"{context} {kind}")
        for value in item.values():
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, dict):
                    self.validate(child, f"{context} {kind}")

    def test_programme_events_validate(self):
        for page in (self.lecture, self.cancelled, self.walk, self.exhibition):
            for language in LANGUAGES:
                with self.subTest(page=page.title_en, language=language):
                    events = self.json_ld(url_in(page, language))
                    self.assertEqual(len(events), 1)
                    event = events[0]
                    self.assertEqual(event["@context"], "https://schema.org")
                    self.validate(event)
                    self.assertIn(event["eventStatus"], STATUS_URLS)
                    self.assertRegex(event["startDate"], OFFSET)
                    self.assertRegex(event.get("endDate", event["startDate"]), OFFSET)

    def test_event_details(self):
        (lecture,) = self.json_ld(url_in(self.lecture, "en"))
        self.assertEqual(lecture["offers"]["price"], "30.00")
        self.assertEqual(lecture["offers"]["priceCurrency"], "CNY")
        self.assertEqual(lecture["inLanguage"], ["zh-CN", "en"])
        self.assertEqual(lecture["organizer"]["name"], "Chongqing Financial History Museum")
        self.assertTrue(lecture["startDate"].endswith("+08:00"))
        self.assertEqual(
            lecture["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode"
        )
        (salon,) = self.json_ld(url_in(self.cancelled, "zh-hans"))
        self.assertEqual(salon["eventStatus"], "https://schema.org/EventCancelled")
        self.assertNotIn("offers", salon)
        self.assertEqual(salon["location"]["address"]["streetAddress"], "渝中区打铜街14号")
        (walk,) = self.json_ld(url_in(self.walk, "en"))
        self.assertEqual(walk["eventSchedule"]["repeatFrequency"], "P1W")
        self.assertNotIn("organizer", walk)  # district-wide: no organizer is guessed
        (exhibition,) = self.json_ld(url_in(self.exhibition, "en"))
        self.assertEqual(exhibition["startDate"], str(timezone.localdate() - timedelta(days=2)))
        self.assertEqual(exhibition["location"]["@type"], "Place")

    def test_museum_validates(self):
        museum = self.json_ld(url_in(self.museum, "zh-hans"))
        self.validate(museum)
        self.assertEqual(museum["@type"], "Museum")
        self.assertEqual(museum["telephone"], "023-00000000")

    def test_text_cannot_end_the_script_element(self):
        page = ProgrammePageFactory(
            parent=self.museum, title_en="</script><script>alert(1)</script>"
        )
        html = self.get(url_in(page, "en")).content.decode()
        self.assertNotIn("<script>alert(1)", html)
        (event,) = self.json_ld(url_in(page, "en"))
        self.assertEqual(event["name"], "</script><script>alert(1)</script>")


class ProgrammeEmbedAndApiTests(ProgrammeFixture, TestCase):
    """Partners embed a programme or the upcoming programmes; the API lists their dates."""

    def test_embeds_are_framed_only_by_partners(self):
        for url in (
            f"{url_in(self.lecture, 'en')}embed/",
            f"{url_in(self.museum, 'en')}programmes/embed/",
            f"{url_in(self.home, 'zh-hans')}programmes/embed/",
        ):
            with self.subTest(url=url):
                response = self.get(url)
                self.assertIn("frame-ancestors 'self'", response["Content-Security-Policy"])
                self.assertNotIn("X-Frame-Options", response)
                self.assertContains(response, "layout-embed")
        listing = self.get(f"{url_in(self.museum, 'en')}programmes/embed/")
        self.assertContains(listing, url_in(self.lecture, "en"))
        self.assertContains(listing, "Cancelled")
        self.assertNotContains(listing, url_in(self.past, "en"))
        self.assertContains(
            listing, f'href="http://localhost{url_in(self.museum, "en")}programmes/"'
        )
        self.assertEqual(
            self.client.get(f"{url_in(self.museum, 'en')}programmes/")["X-Frame-Options"], "DENY"
        )

    def test_api_lists_programmes_with_their_dates(self):
        response = self.get("/api/v2/pages/?type=exhibits.ProgrammePage&fields=*&limit=50")
        items = {item["id"]: item for item in response.json()["items"]}
        self.assertEqual(len(items), 6)
        walk = items[self.walk.pk]
        (occurrence,) = walk["occurrences"]
        self.assertEqual(occurrence["repeat"], "weekly")
        self.assertTrue(occurrence["starts_at"].endswith("+08:00"))
        self.assertEqual(walk["venue_page"]["id"], self.museum.pk)
        self.assertEqual(walk["venue_text_en"], "Meet at the entrance")
        self.assertEqual(items[self.cancelled.pk]["status"], "cancelled")
        self.assertTrue(items[self.exhibition.pk]["occurrences"][0]["all_day"])


class KioskProgrammeTests(ProgrammeFixture, TestCase):
    """A screen set to show programmes opens its loop with today's and the coming ones."""

    def test_feed_includes_programmes_only_when_asked(self):
        screen = Screen.objects.create(name="Hall", slug="hall", museum=self.museum)
        feed = self.get("/screen/hall/feed.json").json()
        self.assertNotIn(self.lecture.pk, feed["loop"])
        screen.show_programmes = True
        screen.save()
        feed = self.get("/screen/hall/feed.json").json()
        self.assertEqual(feed["loop"][:3], [self.walk.pk, self.lecture.pk, self.cancelled.pk])
        self.assertNotIn(self.past.pk, feed["loop"])
        self.assertNotIn(self.elsewhere.pk, feed["loop"])
        entries = {entry["id"]: entry for entry in feed["exhibits"]}
        salon = entries[self.cancelled.pk]
        self.assertEqual(
            salon["kind"],
            {"zh-hans": f"{zh('Salon')} · {zh('Cancelled')}", "en": "Salon · Cancelled"},
        )
        self.assertEqual(salon["title"]["en"], "Finance salon")
        self.assertTrue(salon["body"]["zh-hans"][0].startswith(zh("When: %(when)s")[:3]))
        self.assertEqual(feed["explore"][-1]["kind"], "programme")
