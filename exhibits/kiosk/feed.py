"""The feed a gallery screen polls: its loop, every exhibit of the museum grouped by
kind for the explore list, and its settings, as plain data in both languages, with a
version that changes whenever any of it does. A screen set to show films also loops the
documentary films that name its museum or one of its exhibits (``film`` in their entry:
the video and its captions, which the kiosk plays muted with captions on).

Only live, public exhibits appear, so unpublishing one removes it from every screen
at the next poll. Text is plain (no links, no markup): nothing on a kiosk may lead
off the screen. Plain means plain: "Bank's", not "Bank&#x27;s". The feed is data,
not HTML; the kiosk sets it with textContent, which needs no escaping.
"""

import hashlib
import json
from datetime import timedelta

from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext, gettext_lazy, override
from modeltranslation.utils import build_localized_fieldname
from wagtail.rich_text import get_text_for_indexing

from exhibits.models import ExhibitPage, FilmPage
from exhibits.models.exhibits import ExhibitKind
from exhibits.models.films import stream_path
from exhibits.models.programme_listings import upcoming
from exhibits.models.querysets import is_public, private_paths
from exhibits.models.screens import HEARTBEAT_SECONDS, ScreenPlaylist

LANGUAGES = ("zh-hans", "en")
# Renditions sized for the slide each orientation shows: full frame in landscape,
# the upper part of the frame in portrait (text sits below).
RENDITIONS = {
    "landscape": "fill-1920x1080-c50|format-webp|webpquality-80",
    "portrait": "fill-1080x1200-c50|format-webp|webpquality-80",
}
# The explore list's thumbnails: small, and the same for both orientations.
THUMBNAIL = "fill-320x200-c50|format-webp|webpquality-75"
SHORT_TEXT_CHARS = {"zh-hans": 90, "en": 180}
# Headings of the explore list's groups; a kind added later is headed by its own label.
KIND_HEADINGS = {
    ExhibitKind.SCENE: gettext_lazy("Scenes"),
    ExhibitKind.STORY: gettext_lazy("Stories"),
    ExhibitKind.TIMELINE_SECTION: gettext_lazy("Timeline"),
    ExhibitKind.TOPIC: gettext_lazy("Topics"),
}
MAX_PARAGRAPHS = 6
# With ``show_programmes``, the loop opens with the museum's programmes of today and
# of the next weeks, this many at most.
PROGRAMMES_AHEAD = timedelta(days=28)
PROGRAMMES_IN_LOOP = 6

# Client timings, in seconds. Polling plus the longest retry stays under the 60 s in
# which a published change must appear, and the retry cap under the 30 s in which a
# screen must recover once the server is back.
POLL_SECONDS = 20
RETRY_FIRST_SECONDS = 1
RETRY_MAX_SECONDS = 16
# Test acceleration (?speed=) divides every timing, within these bounds.
MAX_SPEED = 1000


def translated(page, field_name):
    """{language: text} for one translated field, English falling back to Chinese."""
    values = {}
    for language in LANGUAGES:
        value = getattr(page, build_localized_fieldname(field_name, language), "") or ""
        values[language] = value.strip()
    if not values["en"]:
        values["en"] = values["zh-hans"]
    return values


def paragraphs(page, language):
    """The body's paragraphs as plain text: the detail view shows words, never links."""
    body = getattr(page, build_localized_fieldname("body", language)) or []
    texts = []
    # The stored form of each block: turning the stream into blocks would load every
    # document and image it names (an exhibit's audio, one query each) for nothing.
    for block in body.raw_data if body else ():
        if block["type"] == "paragraph":
            # Rich text is HTML: its text, with entities decoded once (so that
            # "Chongqing&#x27;s" reads "Chongqing's") and a space where one
            # paragraph or list item ends and the next begins.
            text = " ".join(get_text_for_indexing(block["value"] or "").split())
            if text:
                texts.append(text)
        if len(texts) == MAX_PARAGRAPHS:
            break
    return texts


def exhibit_image(exhibit, spec):
    image = exhibit.listing_image
    if image is None:
        return None
    rendition = image.get_rendition(spec)
    alt = translated(image, "description")
    return {"url": rendition.url, "width": rendition.width, "height": rendition.height, "alt": alt}


def exhibit_entry(exhibit, orientation, kind_labels):
    intro = translated(exhibit, "intro")
    body = {language: paragraphs(exhibit, language) for language in LANGUAGES}
    if not body["en"]:
        body["en"] = body["zh-hans"]
    return {
        "id": exhibit.pk,
        "kind": kind_labels[exhibit.kind],
        "kind_value": exhibit.kind,
        "position": exhibit.position,
        "title": translated(exhibit, "title"),
        "short": {
            language: Truncator(intro[language]).chars(SHORT_TEXT_CHARS[language])
            for language in LANGUAGES
        },
        "intro": intro,
        "period": translated(exhibit, "period_label"),
        "location": translated(exhibit, "location_in_museum"),
        "body": body,
        "image": exhibit_image(exhibit, RENDITIONS[orientation]),
        "thumbnail": exhibit_image(exhibit, THUMBNAIL),
        "version": exhibit.last_published_at.isoformat() if exhibit.last_published_at else "",
    }


def film_entry(film, orientation, kind_label):
    """A film in the loop: shaped like an exhibit (so explore mode can show its text),
    with the files the kiosk plays."""
    intro = translated(film, "intro")
    captions = {language: stream_path(document) for language, document in film.caption_tracks()}
    return {
        "id": film.pk,
        "kind": kind_label,
        "kind_value": "film",
        "position": 0,
        "title": translated(film, "title"),
        "short": {
            language: Truncator(intro[language]).chars(SHORT_TEXT_CHARS[language])
            for language in LANGUAGES
        },
        "intro": intro,
        "period": {language: "" for language in LANGUAGES},
        "location": {language: "" for language in LANGUAGES},
        "body": {language: [] for language in LANGUAGES},
        "image": exhibit_image(film, RENDITIONS[orientation]),
        "thumbnail": exhibit_image(film, THUMBNAIL),
        "version": film.last_published_at.isoformat() if film.last_published_at else "",
        "film": {
            "src": stream_path(film.video),
            "type": film.video_type,
            "captions": captions,
            "seconds": film.duration_seconds or 0,
        },
    }


def screen_films(screen, private):
    """The live films with a video that name the screen's museum or one of its exhibits
    among their related pages, oldest first: two queries however many there are."""
    films = (
        FilmPage.objects.filter(
            related_links__page__path__startswith=screen.museum.path, video__isnull=False
        )
        .visible(private)
        .select_related("video", "captions_chinese", "captions_english")
        .with_images()
        .distinct()
        .order_by("path")
    )
    return list(films)


def film_label():
    label = {}
    for language in LANGUAGES:
        with override(language):
            label[language] = gettext("Documentary film")
    return label


def programme_entry(programme, orientation, now):
    """A programme as a loop slide and a detail: its kind and (when not going ahead)
    status over the title, its next date, venue and body as text."""
    kinds = programme.kind_labels()
    statuses = dict(programme.status_labels())
    when, venue, kind = {}, translated(programme, "venue_text"), {}
    venue_page = programme.venue_page
    for language in LANGUAGES:
        with override(language):
            when[language] = programme.when_text(language, now)
            kind[language] = kinds[language]
            if not programme.is_going_ahead:
                kind[language] = f"{kinds[language]} · {statuses[language]}"
            if venue_page is not None:
                place = getattr(venue_page, build_localized_fieldname("title", language)) or ""
                venue[language] = ", ".join(part for part in (place, venue[language]) if part)
    intro = translated(programme, "intro")
    body = {}
    for language in LANGUAGES:
        with override(language):
            lines = [gettext("When: %(when)s") % {"when": when[language]}]
            if venue[language]:
                lines.append(gettext("Where: %(venue)s") % {"venue": venue[language]})
        body[language] = lines + (paragraphs(programme, language) or [intro[language]])
    return {
        "id": programme.pk,
        "kind": kind,
        "kind_value": "programme",
        "status": programme.status,
        "title": translated(programme, "title"),
        "short": when,
        "intro": intro,
        "period": {language: "" for language in LANGUAGES},
        "location": {language: "" for language in LANGUAGES},
        "body": body,
        "image": exhibit_image(programme, RENDITIONS[orientation]),
        "thumbnail": exhibit_image(programme, THUMBNAIL),
        "version": programme.last_published_at.isoformat() if programme.last_published_at else "",
    }


def screen_programmes(screen, private, now):
    """The museum's programmes of today and the next weeks, for a screen that loops them."""
    if not screen.show_programmes:
        return []
    return upcoming(screen.museum, PROGRAMMES_IN_LOOP, now, PROGRAMMES_AHEAD, private)


def programme_group(programmes):
    """The explore list's group of programmes."""
    headings = {}
    for language in LANGUAGES:
        with override(language):
            headings[language] = gettext("Programmes")
    return {"kind": "programme", "heading": headings, "exhibits": [p.pk for p in programmes]}


def kind_labels_in_both_languages():
    labels = {}
    for value, label in ExhibitKind.choices:
        labels[value] = {}
        for language in LANGUAGES:
            with override(language):
                labels[value][language] = str(label)
    return labels


def kind_order(exhibit):
    kinds = ExhibitKind.values
    return (kinds.index(exhibit.kind), exhibit.position, exhibit.path)


def explore_groups(exhibits, kind_labels):
    """The explore list: the exhibits of each kind under a heading, in the museum's order."""
    groups = {}
    for exhibit in exhibits:
        if exhibit.kind not in groups:
            heading = KIND_HEADINGS.get(exhibit.kind)
            headings = dict(kind_labels[exhibit.kind])
            if heading:
                for language in LANGUAGES:
                    with override(language):
                        headings[language] = str(heading)
            groups[exhibit.kind] = {"kind": exhibit.kind, "heading": headings, "exhibits": []}
        groups[exhibit.kind]["exhibits"].append(exhibit.pk)
    return list(groups.values())


def museum_is_visible(screen, private):
    """Whether the screen's museum is live and public. A screen bound to a museum that
    was never published, was unpublished or is private shows nothing of it: the page
    row of a draft holds its draft title, and its exhibits are not the public's yet."""
    return screen.museum.live and is_public(screen.museum, private)


def screen_exhibits(screen, private):
    """(loop, museum exhibits): what the screen cycles, and what its explore list shows.

    The explore list holds every live exhibit of the museum, whatever its kind, in
    kind order (scenes, stories, timeline, topics, then any kind added later).
    Runs the same few queries however many exhibits there are.
    """
    museum_exhibits = sorted(
        ExhibitPage.objects.child_of(screen.museum).visible(private).with_images(),
        key=kind_order,
    )
    if screen.playlist == ScreenPlaylist.CHOSEN:
        chosen_ids = [item.exhibit_id for item in screen.playlist_items.all()]
        known = {exhibit.pk: exhibit for exhibit in museum_exhibits}
        missing = [pk for pk in chosen_ids if pk not in known]
        if missing:
            known.update(
                {
                    exhibit.pk: exhibit
                    for exhibit in ExhibitPage.objects.filter(pk__in=missing)
                    .visible(private)
                    .with_images()
                }
            )
        loop = [known[pk] for pk in chosen_ids if pk in known]
    else:
        loop = museum_exhibits
    return loop, museum_exhibits


def interface_text():
    """The kiosk's fixed words in both languages, sent with the feed so that a
    language switch needs no server."""
    words = {}
    for language in LANGUAGES:
        with override(language):
            words[language] = {
                "touch": gettext("Touch the screen to explore"),
                "scenes": gettext("In this museum"),
                "back": gettext("Back to the start"),
                "period": gettext("Period"),
                "location": gettext("Where to find it"),
                "empty": gettext("This screen has nothing to show yet."),
            }
    return words


def screen_feed(screen):
    """The whole feed as a dict, its `version` a digest of everything else in it."""
    private = private_paths()
    films = []
    now = timezone.now()
    if museum_is_visible(screen, private):
        loop, museum_exhibits = screen_exhibits(screen, private)
        programmes = screen_programmes(screen, private, now)
        museum = translated(screen.museum, "title")
        if screen.show_films:
            films = screen_films(screen, private)
    else:
        loop, museum_exhibits, programmes = [], [], []
        museum = {language: "" for language in LANGUAGES}
    labels = kind_labels_in_both_languages()
    entries = {}
    for exhibit in [*loop, *museum_exhibits]:
        if exhibit.pk not in entries:
            entries[exhibit.pk] = exhibit_entry(exhibit, screen.orientation, labels)
    if films:
        label = film_label()
        for film in films:
            entries[film.pk] = film_entry(film, screen.orientation, label)
    for programme in programmes:
        entries[programme.pk] = programme_entry(programme, screen.orientation, now)
    explore = explore_groups(museum_exhibits, labels)
    if programmes:
        explore.append(programme_group(programmes))
    feed = {
        "screen": screen.slug,
        "settings": {
            "orientation": screen.orientation,
            "language": screen.language,
            "attract_seconds": screen.attract_seconds,
            "idle_seconds": screen.idle_seconds,
            "reload_at": screen.reload_at.strftime("%H:%M"),
        },
        "museum": museum,
        "words": interface_text(),
        "exhibits": list(entries.values()),
        "loop": [item.pk for item in [*programmes, *loop, *films]],
        "explore": explore,
    }
    digest = hashlib.blake2b(
        json.dumps(feed, sort_keys=True, ensure_ascii=False).encode(), digest_size=10
    )
    feed["version"] = digest.hexdigest()
    return feed


def client_timings(speed=1):
    """Seconds for the kiosk script; `speed` (tests only) divides them all."""
    speed = max(1, min(MAX_SPEED, speed))
    # Floors keep an accelerated test from flooding the server with polls and beats.
    return {
        "poll": max(0.5, POLL_SECONDS / speed),
        "retry_first": max(0.1, RETRY_FIRST_SECONDS / speed),
        "retry_max": max(0.5, RETRY_MAX_SECONDS / speed),
        "heartbeat": max(1, HEARTBEAT_SECONDS / speed),
        "speed": speed,
    }
