"""When a programme happens: the dates of an occurrence and its repetitions, in the
time zone of Chongqing, and how they read in each language. Pure: no model imports.

An occurrence is a start, an optional end and an all-day flag, repeated daily or
weekly until a date if the curator says so. Repetitions keep the wall-clock time
(14:00 stays 14:00), which in Asia/Shanghai, without summer time, is also the same
UTC offset.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

EVENT_TIME_ZONE_NAME = "Asia/Shanghai"
EVENT_TIME_ZONE = ZoneInfo(EVENT_TIME_ZONE_NAME)
STEPS = {"daily": timedelta(days=1), "weekly": timedelta(weeks=1)}
# A repeating occurrence has at most this many dates: a year of days, four of weeks.
MAX_INSTANCES = 366
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
FIRST_YEAR, LAST_YEAR = 1900, 2200

WEEKDAYS = {
    "zh-hans": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
REPEATS = {
    "zh-hans": {"daily": "每天", "weekly": "每周"},
    "en": {"daily": "Daily", "weekly": "Weekly"},
}


def local(moment):
    """An aware datetime in Chongqing's time zone."""
    return moment.astimezone(EVENT_TIME_ZONE)


def start_of_day(day):
    return datetime.combine(day, time(0, 0), tzinfo=EVENT_TIME_ZONE)


@dataclass(frozen=True)
class Instance:
    """One date of an occurrence: when it starts and ends, in Chongqing's time zone.
    An all-day instance runs from the start of ``first_day`` to the end of ``last_day``."""

    start: datetime
    end: datetime | None
    all_day: bool

    @property
    def first_day(self):
        return self.start.date()

    @property
    def last_day(self):
        if self.end is None or self.end.date() < self.first_day:
            return self.first_day
        return self.end.date()

    @property
    def over_at(self):
        """The moment it is over: the end, the start when it has none, and for an
        all-day instance midnight after its last day."""
        if self.all_day:
            return start_of_day(self.last_day + timedelta(days=1))
        return self.end if self.end is not None and self.end > self.start else self.start


def instances(starts_at, ends_at=None, all_day=False, repeat="", repeat_until=None):
    """Every date of an occurrence in order, its repetitions up to ``repeat_until``
    (inclusive), at most MAX_INSTANCES."""
    start = local(starts_at)
    end = local(ends_at) if ends_at is not None else None
    if all_day:
        start = start_of_day(start.date())
        end = start_of_day(end.date()) if end is not None else None
    found = [Instance(start, end, all_day)]
    step = STEPS.get(repeat)
    if step is None or repeat_until is None:
        return found
    for number in range(1, MAX_INSTANCES):
        # Aware arithmetic with one tzinfo keeps the wall-clock time.
        shifted = start + step * number
        if shifted.date() > repeat_until:
            break
        found.append(Instance(shifted, end + step * number if end else None, all_day))
    return found


def repetitions_until(starts_at, repeat, repeat_until):
    """How many dates a repeating occurrence would have without the cap."""
    step = STEPS.get(repeat)
    if step is None or repeat_until is None:
        return 1
    days = (repeat_until - local(starts_at).date()).days
    return max(0, days // step.days) + 1


def next_instance(found, now):
    """The first instance that is not over at ``now``, or None."""
    for instance in found:
        if instance.over_at > now:
            return instance
    return None


def month_bounds(value):
    """(first moment, first moment of the next month) of a "YYYY-MM" month in Chongqing;
    ValueError for anything else."""
    match = MONTH.match(value or "")
    if not match:
        raise ValueError("not a month")
    year, month = int(match.group(1)), int(match.group(2))
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise ValueError("not a month")
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return start_of_day(first), start_of_day(following)


def months_from(day, count, step=1):
    """``count`` months as "YYYY-MM", starting with ``day``'s, forwards (step 1) or back (-1)."""
    year, month = day.year, day.month
    found = []
    for _number in range(count):
        found.append(f"{year:04d}-{month:02d}")
        month += step
        if month == 13:
            year, month = year + 1, 1
        elif month == 0:
            year, month = year - 1, 12
    return found


# --- How dates read -------------------------------------------------------------


def day_text(day, language, with_year=True):
    weekday = WEEKDAYS[language][day.weekday()]
    if language == "zh-hans":
        text = f"{day.month}月{day.day}日（{weekday}）"
        return f"{day.year}年{text}" if with_year else text
    text = f"{weekday} {day.day} {MONTHS_EN[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def month_text(value, language):
    """ "2026-12" as 2026年12月 or Dec 2026."""
    year, month = (int(part) for part in value.split("-"))
    if language == "zh-hans":
        return f"{year}年{month}月"
    return f"{MONTHS_EN[month - 1]} {year}"


def when_text(instance, language):
    """One instance in words: "2026年12月8日（周二）14:00–16:00", "Tue 8 Dec 2026, 14:00–16:00",
    "Tue 8 Dec 2026 – Sun 3 Jan 2027" for several whole days."""
    language = language if language in WEEKDAYS else "zh-hans"
    first, last = instance.first_day, instance.last_day
    separator = "至" if language == "zh-hans" else " – "
    if instance.all_day:
        if last == first:
            return day_text(first, language)
        last_text = day_text(last, language, last.year != first.year)
        return f"{day_text(first, language)}{separator}{last_text}"
    start = f"{instance.start:%H:%M}"
    comma = " " if language == "zh-hans" else ", "
    if instance.end is None or instance.end <= instance.start:
        return f"{day_text(first, language)}{comma}{start}"
    if last == first:
        return f"{day_text(first, language)}{comma}{start}–{instance.end:%H:%M}"
    return (
        f"{day_text(first, language)}{comma}{start}{separator}"
        f"{day_text(last, language, last.year != first.year)}{comma}{instance.end:%H:%M}"
    )


def repeat_text(repeat, repeat_until, language):
    """ "每周，至2027年1月5日（周二）" or "Weekly until Tue 5 Jan 2027"; "" without repeats."""
    language = language if language in REPEATS else "zh-hans"
    if repeat not in REPEATS[language] or repeat_until is None:
        return ""
    if language == "zh-hans":
        return f"{REPEATS[language][repeat]}，至{day_text(repeat_until, language)}"
    return f"{REPEATS[language][repeat]} until {day_text(repeat_until, language)}"
