"""oEmbed provider (https://oembed.com/): /oembed/?url=<page URL>&format=json answers
type "rich" with the iframe of the page's embed view.

Only live, public pages of the embeddable types on this site are found; any other
URL answers 404, and any format but JSON 501, as the specification asks.
"""

from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import Http404, JsonResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.html import escape
from wagtail.models import PageViewRestriction, Site

from exhibits import public_urls
from exhibits.models import SiteSettings
from exhibits.models.channels import DEFAULT_WIDTH

CACHE_AGE = 3600
MIN_SIZE = 200


def error(status, message):
    response = JsonResponse({"error": message}, status=status)
    patch_cache_control(response, public=True, max_age=300)
    return response


def dimension(request, name, default):
    """maxwidth/maxheight: the consumer's upper bound, never below MIN_SIZE."""
    raw = request.GET.get(name, "")
    if not raw.isdigit() or len(raw) > 6:
        return default
    return max(MIN_SIZE, min(default, int(raw)))


def our_origins(request):
    origins = {f"{request.scheme}://{request.get_host()}", settings.MUSEUM_PUBLIC_URL.lower()}
    for site in Site.objects.all():
        origins.add(site.root_url.lower())
    return origins


def find_page(request, url):
    """The live, public, embeddable page that `url` (or its embed view) shows, and its language."""
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}".lower() not in our_origins(request):
        return None, None
    components = [unquote(part) for part in parts.path.split("/") if part]
    if any("\x00" in part for part in components):
        return None, None  # no slug holds NUL, and PostgreSQL refuses it in a query
    if not components or components[0] not in dict(settings.LANGUAGES):
        return None, None
    language, components = components[0], components[1:]
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None, None
    with translation.override(language):
        try:
            page, _args, _kwargs = site.root_page.specific.route(request, components)
        except Http404:
            return None, None
    page = page.specific
    if not page.live or not getattr(page, "embeddable", False):
        return None, None
    if PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True)).exists():
        return None, None
    return page, language


def oembed(request):
    """/oembed/?url=&format=json&maxwidth=&maxheight=: one embeddable page as a rich oEmbed."""
    url = request.GET.get("url", "")
    if request.GET.get("format", "json") != "json":
        return error(501, "Only format=json is supported. / 仅支持 format=json。")
    if not url or len(url) > 2000:
        return error(400, "The url parameter is required. / 缺少 url 参数。")
    try:
        urlsplit(url)
    except ValueError:  # "http://[::1/": an unclosed IPv6 address
        return error(400, "The url parameter is not a valid URL. / url 参数不是有效的网址。")
    page, language = find_page(request, url)
    if page is None:
        return error(404, "No embeddable page at this URL. / 此网址没有可嵌入的页面。")
    width = dimension(request, "maxwidth", DEFAULT_WIDTH)
    height = dimension(request, "maxheight", page.embed_height)
    with translation.override(language):
        title = page.title
        provider_name = SiteSettings.load(request_or_site=request).name
        src = page.embed_url(language, request)
    html = (
        f'<iframe src="{escape(src)}" title="{escape(title)}" width="{width}" '
        f'height="{height}" style="border:0;max-width:100%" loading="lazy"></iframe>'
    )
    data = {
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": provider_name,
        "provider_url": public_urls.absolute("/"),
        "cache_age": CACHE_AGE,
        "width": width,
        "height": height,
        "html": html,
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=300)
    return response
