"""Public non-page endpoints: the QR resolver, its keypad, QR images, GeoJSON and search.

Every answer here is for a visitor standing in front of a label, in either
language, so the error pages speak both.
"""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers
from wagtail.models import Page

from exhibits import geojson, qr, queries
from exhibits import search as search_module
from exhibits.models import QRCode, ScanCount, TrailPage
from exhibits.queries import visible

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
        value = NOT_A_CODE_CHARACTER.sub("", qr.normalize(raw))
        if value:
            return redirect("qr_resolve", raw=value)
        return qr_page(request, "exhibits/qr/keypad.html", 400, typed=raw[:40], empty=True)
    return qr_page(request, "exhibits/qr/keypad.html", 200)


def resolve(request, raw):
    """/q/<code or number>: count the scan and send the visitor to the page in their language."""
    kind, value = qr.parse(raw)
    qr_code = None
    if kind is not None:
        qr_code = QRCode.objects.select_related("page").filter(**{kind: value}).first()
    if qr_code is None:
        return qr_page(request, "exhibits/qr/not_found.html", 404, typed=value[:40])

    ScanCount.record(qr_code)
    page = qr_code.page
    if page is None or not Page.objects.live().public().filter(pk=page.pk).exists():
        return gone(request, qr_code)

    language, explicit = visitor_language(request)
    with translation.override(language):
        response = redirect(page.get_url(request))
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


def gone(request, qr_code):
    """410 for a retired code: the label's exhibit is gone, its museum or trail may not be."""
    language, _explicit = visitor_language(request)
    place = qr_code.place_on_display()
    place_url = None
    if place is not None:
        with translation.override(language):
            place_url = place.get_url(request)
    return qr_page(
        request,
        "exhibits/qr/gone.html",
        410,
        qr_code=qr_code,
        place=place,
        place_url=place_url,
        place_language=language,
    )


def qr_image(request, code, kind):
    """The QR symbol of a code as SVG or PNG; ?download=1 saves it as a file."""
    if not qr.code_is_valid(code):
        raise Http404
    qr_code = get_object_or_404(QRCode, code=code)
    if kind == "svg":
        response = HttpResponse(qr.qr_svg(qr_code.code), content_type="image/svg+xml")
        response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    else:
        response = HttpResponse(qr.qr_png(qr_code.code), content_type="image/png")
    if request.GET.get("download"):
        response["Content-Disposition"] = f'attachment; filename="qr-{qr_code.code}.{kind}"'
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response


def qr_svg(request, code):
    return qr_image(request, code, "svg")


def qr_png(request, code):
    return qr_image(request, code, "png")


def geojson_response(data):
    response = JsonResponse(
        data, content_type="application/geo+json", json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=300)
    return response


def trail_geojson(request, page_id):
    """/geo/trails/<page id>.geojson: a published trail's route and stops."""
    trail = get_object_or_404(visible(TrailPage.objects.all()), pk=page_id)
    return geojson_response(geojson.trail_collection(trail, request))


def sites_geojson(request):
    """/geo/sites.geojson: every published heritage site."""
    return geojson_response(geojson.sites_collection(request))


# --- Search --------------------------------------------------------------------

RESULTS_PER_PAGE = 10


def search(request):
    """/<language>/search/?q=: museums, exhibits, sites and trail stops in either language."""
    raw = request.GET.get("q", "")
    query = search_module.parse_query(raw)
    hits = queries.search_pages(query)
    paginator = Paginator(hits, RESULTS_PER_PAGE)
    results = paginator.get_page(request.GET.get("page"))
    for hit in results:
        hit.snippet = search_module.snippet(hit.page, query.fragments, translation.get_language())
    response = render(
        request,
        "exhibits/search.html",
        {
            "layout": "layouts/phone.html",
            "query": query,
            "raw_query": raw[: search_module.MAX_QUERY_LENGTH],
            "results": results,
            "result_count": paginator.count,
            "language_links": search_language_links(request),
        },
    )
    patch_cache_control(response, no_cache=True)
    return response


def search_language_links(request):
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse("search")
        if request.GET:
            url = f"{url}?{request.GET.urlencode()}"
        links.append((code, name, url))
    return links


def suggest(request):
    """/<language>/search/suggest/?q=: up to eight titles for the search box, as JSON."""
    raw = request.GET.get("q", "")
    if len(raw) > 1000:
        return JsonResponse(
            {"error": "query too long / 查询内容过长", "suggestions": []}, status=400
        )
    pages = queries.suggest_pages(raw)
    data = {
        "query": raw[: search_module.MAX_QUERY_LENGTH],
        "suggestions": [
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": str(page.specific_class._meta.verbose_name),
            }
            for page in pages
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=60)
    return response
