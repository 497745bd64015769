"""schema.org structured data (JSON-LD) for search engines: ``Museum`` on museum pages,
one ``Event`` per occurrence on programme pages. Rendered by the ``json_ld`` template
tag as a ``<script type="application/ld+json">`` data block, which is never executed,
so the strict script policy of visitor pages does not apply to it.

Only what the page states is said: no address, organizer or price is guessed.
"""

from exhibits import programme_dates, public_urls

CONTEXT = "https://schema.org"
# The district every museum and programme of this site is in.
LOCALITY = {"zh-hans": "渝中区", "en": "Yuzhong District"}
REGION = {"zh-hans": "重庆市", "en": "Chongqing"}
EVENT_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
    "postponed": "https://schema.org/EventPostponed",
}
ATTENDANCE_MODE = {
    "offline": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}
# BCP 47 tags of the languages a programme is held in.
IN_LANGUAGE = {"zh": "zh-CN", "en": "en", "zh_en": ["zh-CN", "en"]}
IMAGE_SPEC = "width-1200|format-jpeg"  # the Open Graph image's, made on upload


def language_of(request):
    language = getattr(request, "LANGUAGE_CODE", "zh-hans")
    return language if language in LOCALITY else "zh-hans"


def postal_address(street, language):
    address = {
        "@type": "PostalAddress",
        "addressLocality": LOCALITY[language],
        "addressRegion": REGION[language],
        "addressCountry": "CN",
    }
    if street:
        address["streetAddress"] = street
    return address


def image_url(page):
    if page.listing_image is None:
        return None
    return public_urls.file_url(page.listing_image.get_rendition(IMAGE_SPEC).url)


def geo(page):
    if getattr(page, "latitude", None) is None or getattr(page, "longitude", None) is None:
        return None
    return {
        "@type": "GeoCoordinates",
        "latitude": float(page.latitude),
        "longitude": float(page.longitude),
    }


def without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def museum_data(museum, request=None):
    """A museum as a schema.org Museum."""
    language = language_of(request)
    return without_empty(
        {
            "@context": CONTEXT,
            "@type": "Museum",
            "name": museum.title,
            "alternateName": museum.short_name,
            "description": museum.intro,
            "url": public_urls.page_url(museum, request),
            "image": image_url(museum),
            "address": postal_address(museum.address, language),
            "geo": geo(museum),
            "telephone": museum.contact_phone,
            "email": museum.contact_email,
        }
    )


def place(programme, venue, request, language):
    """Where it happens: the venue page (with its address), or the venue in words."""
    if venue is not None:
        venue = venue.specific
        name = ", ".join(part for part in (venue.title, programme.venue_text) if part)
        kind = "Museum" if getattr(venue, "is_place", False) else "Place"
        return without_empty(
            {
                "@type": kind,
                "name": name,
                "address": postal_address(getattr(venue, "address", ""), language),
                "geo": geo(venue),
                "url": public_urls.page_url(venue, request),
            }
        )
    return {
        "@type": "Place",
        "name": programme.venue_text or programme.title,
        "address": postal_address(programme.venue_text, language),
    }


def locations(programme, venue, request, language):
    in_person = place(programme, venue, request, language)
    online = {
        "@type": "VirtualLocation",
        "url": programme.registration_url or public_urls.page_url(programme, request),
    }
    if programme.attendance_mode == "online":
        return online
    if programme.attendance_mode == "mixed":
        return [in_person, online]
    return in_person


def offers(programme, request):
    """An Offer for a ticketed programme whose price is known; None otherwise."""
    if programme.admission != "ticketed" or programme.ticket_price is None:
        return None
    return {
        "@type": "Offer",
        "price": f"{programme.ticket_price:.2f}",
        "priceCurrency": "CNY",
        "url": programme.registration_url or public_urls.page_url(programme, request),
    }


def date_value(instance, end=False):
    """ISO 8601 with the +08:00 offset; a date alone for all-day instances."""
    if instance.all_day:
        return (instance.last_day if end else instance.first_day).isoformat()
    moment = instance.end if end else instance.start
    return moment.isoformat() if moment is not None else None


def schedule(occurrence, first, last):
    """A repeating occurrence as a schema.org Schedule."""
    data = {
        "@type": "Schedule",
        "repeatFrequency": {"daily": "P1D", "weekly": "P1W"}[occurrence.repeat],
        "startDate": first.first_day.isoformat(),
        "endDate": last.first_day.isoformat(),
        "scheduleTimezone": programme_dates.EVENT_TIME_ZONE_NAME,
    }
    if not first.all_day:
        data["startTime"] = f"{first.start:%H:%M}"
        if first.end is not None and first.end > first.start:
            data["endTime"] = f"{first.end:%H:%M}"
    return data


def programme_events(programme, parent, request=None):
    """The programme as a list of schema.org Events, one per occurrence."""
    language = language_of(request)
    venue = programme.venue(parent)
    organizer = None
    if getattr(parent, "is_place", False):
        organizer = {
            "@type": "Organization",
            "name": parent.title,
            "url": public_urls.page_url(parent, request),
        }
    shared = {
        "@context": CONTEXT,
        "@type": "Event",
        "name": programme.title,
        "description": programme.intro,
        "url": public_urls.page_url(programme, request),
        "image": image_url(programme),
        "eventStatus": EVENT_STATUS[programme.status],
        "eventAttendanceMode": ATTENDANCE_MODE[programme.attendance_mode],
        "inLanguage": IN_LANGUAGE[programme.event_language],
        "location": locations(programme, venue, request, language),
        "organizer": organizer,
        "isAccessibleForFree": programme.admission == "free",
        "offers": offers(programme, request),
        "maximumAttendeeCapacity": programme.capacity,
        "audience": (
            {"@type": "Audience", "audienceType": programme.audience}
            if programme.audience
            else None
        ),
    }
    events = []
    for occurrence in programme.occurrence_list:
        found = occurrence.instances()
        first, last = found[0], found[-1]
        data = {
            **shared,
            "startDate": date_value(first),
            # A series ends when its last date does.
            "endDate": date_value(last, end=True),
        }
        if len(found) > 1:
            data["eventSchedule"] = schedule(occurrence, first, last)
        events.append(without_empty(data))
    return events
