"""The gallery-screen app: its shell page, the feed it polls, the heartbeat it sends and
the service worker that keeps it running offline. Outside the language prefix: a
screen's languages come from its settings, not from its address."""

import datetime
import ipaddress
import json
import logging
import math
import re
import time

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.dateparse import parse_datetime
from django.utils.http import quote_etag
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from exhibits.clients import client_address
from exhibits.kiosk import feed as feeds
from exhibits.models import Screen, ScreenHeartbeat

logger = logging.getLogger("museum.kiosk")

SERVICE_WORKER = "js/kiosk/sw.js"
# Every static file the shell needs, so that the service worker can keep them all:
# the stylesheet, the watchdog (its own module, so that it runs even when the main
# module fails), the main module and every module it imports. Under the manifest
# storage each name becomes its hashed URL, and the hashed modules import each
# other by their hashed names.
SHELL_ASSETS = (
    "css/kiosk.css",
    "js/kiosk/watchdog.js",
    "js/kiosk/kiosk.js",
    "js/kiosk/feed.js",
    "js/kiosk/loop.js",
    "js/kiosk/render.js",
)
MAX_HEARTBEAT_BYTES = 1024
# A screen beats once a minute (and once more on each reload): six in a minute leave
# room for a watchdog's reloads and stop a leaked token from flooding the database.
HEARTBEAT_LIMIT = 6
HEARTBEAT_WINDOW = 60
BEARER = re.compile(r"Bearer\s+(\S+)\Z", re.IGNORECASE)
# The browser family and major version, then the system: "Chrome 131 · Linux".
BROWSERS = (
    ("Edge", re.compile(r"\bEdg/(\d+)")),
    ("Firefox", re.compile(r"\bFirefox/(\d+)")),
    ("Chromium", re.compile(r"\bChromium/(\d+)")),
    ("Chrome", re.compile(r"\b(?:Headless)?Chrome/(\d+)")),
    ("Safari", re.compile(r"\bVersion/(\d+)[^ ]* (?:Mobile/\S+ )?Safari/")),
)
SYSTEMS = (
    ("Android", "Android"),
    ("CrOS", "ChromeOS"),
    ("Windows", "Windows"),
    ("iPad", "iPadOS"),
    ("iPhone", "iOS"),
    ("Mac OS X", "macOS"),
    ("Linux", "Linux"),
)


def requested_speed(request):
    """The test acceleration asked for by ?speed=, 1 (real time) when absent or invalid."""
    try:
        return max(1, min(feeds.MAX_SPEED, int(request.GET.get("speed", "1"))))
    except ValueError:
        return 1


def screen_for(slug):
    return get_object_or_404(Screen.objects.select_related("museum"), slug=slug)


@require_GET
def screen(request, slug):
    """The kiosk shell: two slides, the explore panel, the feed inline for a fast start."""
    screen = screen_for(slug)
    language = "en" if screen.language == "en" else "zh-hans"
    with translation.override(language):
        feed = feeds.screen_feed(screen)
        response = render(
            request,
            "exhibits/kiosk/screen.html",
            {
                "screen": screen,
                "feed": feed,
                # From the feed: empty while the museum is not published.
                "museum_title": feed["museum"][language],
                "kiosk_language": language,
                "feed_url": reverse("kiosk_feed", args=(screen.slug,)),
                "heartbeat_url": reverse("kiosk_heartbeat", args=(screen.slug,)),
                "service_worker_url": reverse("kiosk_service_worker"),
                "timings": feeds.client_timings(requested_speed(request)),
                "assets": [static(asset) for asset in SHELL_ASSETS],
                # The prefix itself: the manifest storage has no entry for "".
                "static_prefix": settings.STATIC_URL,
                "media_prefix": settings.MEDIA_URL,
            },
        )
    # Lets the service worker tell this page from a captive portal's.
    response["X-Kiosk-Shell"] = "1"
    response["Content-Language"] = language
    return response


@require_GET
def feed(request, slug):
    """The screen's feed as JSON, with an ETag; 304 when the screen already has it.

    ``no-cache`` makes browsers and proxies ask every time, so a change is never
    hidden by a cache between the server and the screen. It is the same for every
    screen that asks (not ``private``), so the page cache may keep it.
    """
    screen = screen_for(slug)
    data = feeds.screen_feed(screen)
    etag = quote_etag(data["version"])
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["ETag"] = etag
    patch_cache_control(response, no_cache=True, max_age=0)
    return response


def heartbeat_error(status, message):
    """A heartbeat refused: JSON ``{"error": "English / 中文"}``, never stored by caches."""
    response = JsonResponse(
        {"error": message}, status=status, json_dumps_params={"ensure_ascii": False}
    )
    patch_cache_control(response, no_store=True)
    return response


def presented_token(request):
    """The token in ``Authorization: Bearer <token>``, "" without one."""
    match = BEARER.match(request.headers.get("Authorization", "").strip())
    return match.group(1) if match else ""


def beats_this_window(screen):
    """How many heartbeats the screen sent in this window, this one included, and the
    seconds until the window ends. A fixed window in the default cache (Redis in
    production, shared by every worker); when the cache fails, beats pass uncounted."""
    now = time.time()
    window_start = int(now // HEARTBEAT_WINDOW) * HEARTBEAT_WINDOW
    retry_after = max(1, math.ceil(window_start + HEARTBEAT_WINDOW - now))
    # Per screen and token: a screen set up again with a new token starts a new count.
    key = f"screen-heartbeats:{screen.pk}:{screen.token_hash[:16]}:{window_start}"
    try:
        cache.add(key, 0, timeout=HEARTBEAT_WINDOW + 1)
        return cache.incr(key), retry_after
    except ValueError:  # expired between add and incr, or the cache is down
        return 1, retry_after
    except Exception:  # noqa: BLE001 -- whatever the cache raises, the screen may report
        logger.warning("heartbeat limit skipped, the cache failed", exc_info=True)
        return 1, retry_after


@csrf_exempt  # no cookie authenticates a beat: the screen's token in a header does
@require_POST
def heartbeat(request, slug):
    """Record that the screen is running, which content version it shows, and from
    which address and browser it reports.

    403 without the screen's token, 429 (with ``Retry-After``) past
    ``HEARTBEAT_LIMIT`` beats a minute, 400 for a body that is not the expected
    JSON; each with a JSON error in both languages.
    """
    screen = screen_for(slug)
    if not screen.token_matches(presented_token(request)):
        return heartbeat_error(
            403, "this screen's token is missing or wrong / 屏幕令牌缺失或不正确"
        )
    count, retry_after = beats_this_window(screen)
    if count > HEARTBEAT_LIMIT:
        response = heartbeat_error(429, "too many heartbeats / 心跳过于频繁")
        response["Retry-After"] = str(retry_after)
        return response
    if len(request.body) > MAX_HEARTBEAT_BYTES:
        return heartbeat_error(400, "heartbeat too large / 心跳数据过大")
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return heartbeat_error(400, "heartbeat is not a JSON object / 心跳不是 JSON 对象")
    try:
        started = started_at(data.get("started"))
    except ValueError:
        return heartbeat_error(
            400, "started is not a valid date and time / started 不是有效的日期时间"
        )
    ScreenHeartbeat.objects.update_or_create(
        screen=screen,
        defaults={
            "last_seen": timezone.now(),
            "content_version": str(data.get("version", ""))[:64],
            "started_at": started,
            "address": ip_address(client_address(request)),
            "browser": browser_summary(request.headers.get("User-Agent", "")),
        },
    )
    response = HttpResponse(status=204)
    patch_cache_control(response, no_store=True)
    return response


def ip_address(value):
    """The address as stored, or None when it is not one (a misconfigured proxy)."""
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def browser_summary(user_agent):
    """'Chrome 131 · Linux' from a User-Agent header; what is unknown is left out."""
    user_agent = user_agent[:512]
    browser = next(
        (
            f"{name} {match.group(1)}"
            for name, pattern in BROWSERS
            if (match := pattern.search(user_agent))
        ),
        "",
    )
    system = next((name for sign, name in SYSTEMS if sign in user_agent), "")
    return " · ".join(part for part in (browser, system) if part)[:100]


def started_at(value):
    """When the screen's app started, from the heartbeat's ISO 8601 ``started``; None when
    absent. ValueError for anything but a date and time, for one that does not exist
    (2026-02-30, month 13, year 0) and for one that cannot be stored in UTC."""
    if value in (None, ""):
        return None
    started = parse_datetime(value) if isinstance(value, str) else None
    if started is None:
        raise ValueError("not an ISO 8601 date and time")
    try:
        if timezone.is_naive(started):
            started = timezone.make_aware(started)  # the server's time zone, as before
        return started.astimezone(datetime.UTC)
    except OverflowError as error:  # 0001-01-01T00:00+01:00 is before year 1 in UTC
        raise ValueError(str(error)) from error


@require_GET
def service_worker(request):
    """The kiosk's service worker, from a path whose scope covers every /screen/<slug>/."""
    path = finders.find(SERVICE_WORKER)
    if path:
        with open(path, "rb") as source:
            body = source.read()
    elif staticfiles_storage.exists(SERVICE_WORKER):
        with staticfiles_storage.open(SERVICE_WORKER) as source:
            body = source.read()
    else:
        raise Http404
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = reverse("kiosk_service_worker").rsplit("/", 1)[0] + "/"
    patch_cache_control(response, no_cache=True, max_age=0)
    return response
