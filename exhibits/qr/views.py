"""The QR resolver, its keypad and the QR images. Every answer is for a visitor standing
in front of a label, in either language, so the error pages speak both."""

import re

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

from exhibits import passport_stamps, qr_codes
from exhibits.clients import visitor_fingerprint
from exhibits.models import QRCode, ScanCount, visible_pages

LANGUAGE_ALIASES = {
    "zh": "zh-hans",
    "zh-hans": "zh-hans",
    "zh-cn": "zh-hans",
    "zh_hans": "zh-hans",
    "cn": "zh-hans",
    "en": "en",
    "en-us": "en",
    "en-gb": "en",
}
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
# A visitor's repeated scans of one code within this time count once.
SCAN_WINDOW_SECONDS = 10 * 60
NOT_A_CODE_CHARACTER = re.compile(r"[^A-Z0-9]")


def visitor_language(request):
    """The language to send a visitor to, and whether they asked for it outright.

    An explicit ?lang= wins, then a choice remembered in the language cookie,
    then the browser's Accept-Language, then Chinese.
    """
    explicit = LANGUAGE_ALIASES.get(request.GET.get("lang", "")[:12].strip().lower())
    if explicit:
        return explicit, True
    return translation.get_language_from_request(request, check_path=False), False


def qr_page(request, template, status, **context):
    language, _explicit = visitor_language(request)
    with translation.override(language):
        response = render(
            request, template, {"layout": "layouts/phone.html", **context}, status=status
        )
    add_never_cache_headers(response)
    return response


def keypad(request):
    """/q/: where a visitor types the number (or code) printed under a QR label."""
    raw = request.GET.get("n")
    if raw is not None:
        value = NOT_A_CODE_CHARACTER.sub("", qr_codes.normalize(raw))
        if value:
            return redirect("qr_resolve", raw=value)
        return qr_page(request, "exhibits/qr/keypad.html", 400, typed=raw[:40], empty=True)
    return qr_page(request, "exhibits/qr/keypad.html", 200)


def resolve(request, raw):
    """/q/<code or number>: count the scan and send the visitor to the page in their language,
    with a passport stamp in the fragment where the page gives one.

    Unknown codes and codes whose page is unpublished, private or deleted get the same
    "no longer in use" page, which never names the page."""
    kind, value = qr_codes.parse(raw)
    qr_code = None
    if kind is not None:
        qr_code = QRCode.objects.select_related("page").filter(**{kind: value}).first()
    if qr_code is None:
        return unavailable(request, typed=value)

    page = qr_code.page
    if page is None or not visible_pages().filter(pk=page.pk).exists():
        return unavailable(request, qr_code=qr_code, typed=value)
    if first_scan_in_window(request, qr_code):
        ScanCount.record(qr_code)

    language, explicit = visitor_language(request)
    with translation.override(language):
        target = page.get_url(request)
    if getattr(page.specific_class, "collects_passport_stamp", False):
        # The check-in passport's stamp, for the page's script to keep on the phone.
        target = f"{target}#{passport_stamps.stamp_fragment(page.pk)}"
    response = redirect(target)
    if explicit:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=LANGUAGE_COOKIE_AGE,
            samesite="Lax",
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        )
    # Every scan must reach the server to be counted, and the target depends
    # on the visitor's language.
    add_never_cache_headers(response)
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def first_scan_in_window(request, qr_code):
    """Whether this is the visitor's first scan of the code in SCAN_WINDOW_SECONDS.

    The visitor is an opaque daily fingerprint kept only in the cache. With the cache
    down every scan counts: an outage may cost accuracy, never the visitor's way in."""
    key = f"qr-scan:{qr_code.pk}:{visitor_fingerprint(request)}"
    if cache.add(key, 1, timeout=SCAN_WINDOW_SECONDS):
        return True
    return cache.get(key) is None  # not there: the cache is down, not a repeat


def unavailable(request, qr_code=None, typed=""):
    """404 for a code that leads nowhere a visitor may go: unknown, or its page
    unpublished, private or deleted. The same page in every case, without a title;
    a retired code offers the live, public museum or trail it belonged to."""
    language, _explicit = visitor_language(request)
    place = qr_code.place_on_display() if qr_code is not None else None
    place_url = None
    if place is not None:
        with translation.override(language):
            place_url = place.get_url(request)
    return qr_page(
        request,
        "exhibits/qr/unavailable.html",
        404,
        typed=typed[:40],
        place=place,
        place_url=place_url,
        place_language=language,
    )


def qr_image(request, code, kind):
    """The QR symbol of a code as SVG or PNG; ?download=1 saves it as a file."""
    if not qr_codes.code_is_valid(code):
        raise Http404
    qr_code = get_object_or_404(QRCode, code=code)
    if kind == "svg":
        response = HttpResponse(qr_codes.qr_svg(qr_code.code), content_type="image/svg+xml")
        # segno draws with presentation attributes only: no style, no script.
        response["Content-Security-Policy"] = "default-src 'none'"
    else:
        response = HttpResponse(qr_codes.qr_png(qr_code.code), content_type="image/png")
    if request.GET.get("download"):
        response["Content-Disposition"] = f'attachment; filename="qr-{qr_code.code}.{kind}"'
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response


def qr_svg(request, code):
    return qr_image(request, code, "svg")


def qr_png(request, code):
    return qr_image(request, code, "png")
