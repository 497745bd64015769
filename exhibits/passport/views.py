"""The check-in passport (打卡护照): its page, the completion a phone reports, and the card.

No account and nothing personal on the server. The page is the same for everyone (and
cached like any visitor page): it lists the stations, and its script marks the stamps
the phone holds (js/passport.js). When the phone holds them all it posts their tokens
once; the server checks them, adds one to the day's count (once per phone per day,
recognised as QR scans are, by a fingerprint kept only in the cache) and answers with
the address of the card, a signed token naming the day and the stations.
"""

import json

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.dateparse import parse_date
from django.utils.translation import gettext, ngettext, pgettext
from django.views.decorators.csrf import csrf_exempt

from exhibits import passport_stamps, public_urls
from exhibits.clients import visitor_fingerprint
from exhibits.models import Passport, PassportCompletion, SiteSettings
from exhibits.passport.card import CardStamp, CardText, render_card

CARD_SALT = "exhibits.passport.card"
MAX_BODY_BYTES = 16 * 1024
MAX_STAMPS = 500
# A phone's completions count once a day; more posts than this in an hour are refused.
COUNT_WINDOW_SECONDS = 24 * 60 * 60
POSTS_PER_HOUR = 30
CARD_CACHE_SECONDS = 24 * 60 * 60


def passport(request):
    """/<language>/passport/: every station, with the trail map; the phone's own stamps
    are marked by the page's script."""
    current = Passport.current()
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            links.append((code, name, reverse("passport")))
    return render(
        request,
        "exhibits/passport.html",
        {
            "layout": "layouts/phone.html",
            "passport": current,
            "station_count": len(current.stations),
            "language_links": links,
        },
    )


def refusal(status, message_zh, message_en, **extra):
    """A JSON 4xx in both languages, never cached."""
    response = JsonResponse({"error": f"{message_zh} / {message_en}", **extra}, status=status)
    add_never_cache_headers(response)
    return response


def too_many_posts(request):
    """Whether this phone has posted more than POSTS_PER_HOUR completions this hour."""
    key = f"passport-posts:{visitor_fingerprint(request)}"
    if cache.add(key, 1, timeout=60 * 60):
        return False
    try:
        return cache.incr(key) > POSTS_PER_HOUR
    except ValueError:  # expired in between, or the cache is down: let it through
        return False


def first_completion_today(request):
    """Whether this phone's completion is its first today. With the cache down every
    completion counts: an outage may cost accuracy, never the visitor's card."""
    key = f"passport-complete:{visitor_fingerprint(request)}"
    if cache.add(key, 1, timeout=COUNT_WINDOW_SECONDS):
        return True
    return cache.get(key) is None


def reported_stamps(request):
    """The (page id, token) pairs the phone posted, or a refusal."""
    if len(request.body) > MAX_BODY_BYTES:
        return None, refusal(413, "内容过长", "The request is too large")
    try:
        data = json.loads(request.body)
    except (UnicodeDecodeError, ValueError):
        return None, refusal(400, "内容不是有效的JSON", "The request is not valid JSON")
    stamps = data.get("stamps") if isinstance(data, dict) else None
    if not isinstance(stamps, list) or len(stamps) > MAX_STAMPS:
        return None, refusal(
            400, "缺少印章列表", 'The request needs "stamps", a list of at most 500 stamps'
        )
    parsed = [passport_stamps.parse_stamp(stamp) for stamp in stamps]
    if None in parsed:
        return None, refusal(400, "印章格式不正确", "A stamp is not in the form <id>.<token>")
    return parsed, None


@csrf_exempt  # no session, no account: nothing a forged request could act for
def complete(request):
    """POST /passport/complete/ {"stamps": ["<id>.<token>", …]}: check that the stamps
    cover every station, count the completion, and answer with the card's address."""
    if request.method != "POST":
        response = refusal(405, "只接受POST请求", "Only POST is accepted")
        response["Allow"] = "POST"
        return response
    if too_many_posts(request):
        response = refusal(429, "请求过于频繁，请稍后再试", "Too many requests; try again later")
        response["Retry-After"] = "3600"
        return response
    stamps, refused = reported_stamps(request)
    if refused:
        return refused
    valid = {page_id for page_id, token in stamps if passport_stamps.is_valid(page_id, token)}
    invalid = sorted({page_id for page_id, _token in stamps} - valid)
    current = Passport.current()
    if not current.stations:
        return refusal(409, "目前没有可以打卡的地点", "There are no stations to collect yet")
    missing = current.missing(valid)
    if missing:
        return refusal(
            400,
            "印章还没有集齐",
            "Some stamps are missing or could not be checked",
            missing=[station.key for station in missing],
            invalid=invalid,
        )
    day = timezone.localdate()
    if first_completion_today(request):
        PassportCompletion.record(day)
    token = signing.dumps(
        {"d": day.isoformat(), "s": [station.key for station in current.stations]},
        salt=CARD_SALT,
        compress=True,
    )
    response = JsonResponse(
        {"card": reverse("passport_card", args=[token]), "date": day.isoformat()}
    )
    add_never_cache_headers(response)
    return response


def card_text(day, stations, trails):
    """What the card says, each line in Chinese and in English."""
    count = len(stations)
    site = SiteSettings.load()
    lines = {}
    for language in ("zh-hans", "en"):
        with translation.override(language):
            lines[language] = (
                site.name,
                gettext("Check-in passport complete"),
                ngettext("%(count)s stamp", "%(count)s stamps", count) % {"count": count},
            )
    with translation.override("zh-hans"):
        mark = pgettext("drawn in a museum's stamp on the passport card, one character", "M")
    return CardText(
        site_zh=lines["zh-hans"][0],
        site_en=lines["en"][0],
        heading_zh=lines["zh-hans"][1],
        heading_en=lines["en"][1],
        trails=[(trail.title_zh_hans or trail.title, trail.title_en or "") for trail in trails],
        stamps=[
            CardStamp(station.number, station.page.title_zh_hans or station.page.title)
            for station in stations
        ],
        stamps_line=f"{lines['zh-hans'][2]} · {lines['en'][2]}",
        museum_mark=mark,
        day=day,
        address=public_urls.origin().split("://", 1)[-1],
    )


def card(request, token):
    """/passport/card/<token>.png: the completion card the token names (a day and the
    stations then). The token is signed by the server, so a card exists only for a
    completion it checked; stations since removed are left off."""
    try:
        data = signing.loads(token, salt=CARD_SALT)
        day = parse_date(data["d"])
        keys = {int(key) for key in data["s"]}
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise Http404 from error
    if day is None:
        raise Http404
    current = Passport.current()
    stations = [station for station in current.stations if station.key in keys]
    trails = [group.trail for group in current.trails if any(s.key in keys for s in group.stations)]
    response = HttpResponse(render_card(card_text(day, stations, trails)), content_type="image/png")
    response["Content-Disposition"] = f'inline; filename="passport-{day.isoformat()}.png"'
    patch_cache_control(response, public=True, max_age=CARD_CACHE_SECONDS)
    return response
