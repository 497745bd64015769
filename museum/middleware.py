"""Project middleware: the admin's language, the language prefix, cache headers for
visitor pages, the frame policy, and CORS and rate limits for the open data."""

import hashlib
import logging
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import reverse
from django.utils import translation
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import quote_etag

logger = logging.getLogger("museum.middleware")


class AdminDefaultLanguageMiddleware:
    """Start every admin request in the site's default language (Simplified Chinese).

    The admin lives outside the language prefix, so LocaleMiddleware would follow
    the browser's Accept-Language. Curators get Chinese unless they choose
    another language in their account settings, which Wagtail applies after this.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if request.path.startswith(self.admin_prefix):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 answered by a view outside the
    language prefix (an unknown QR code, say) stays a 404.

    Django would redirect such a 404 to the same path under /zh-hans/, where
    Wagtail's catch-all matches anything, so the visitor would land on a second,
    unrelated 404 instead of the page meant for them.
    """

    def process_response(self, request, response):
        answered_by_view = getattr(request, "resolver_match", None) is not None
        if (
            response.status_code == 404
            and answered_by_view
            and not translation.get_language_from_path(request.path_info)
        ):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class RevalidateVisitorPagesMiddleware:
    """Let phones keep visitor pages but check them on every view (WeChat caches hard).

    WeChat's in-app browser keeps HTML long after a deploy unless told to
    revalidate. Visitor pages therefore get ``Cache-Control: no-cache`` with an
    ETag: an unchanged page costs a 304 and no body, a changed one arrives at
    once. The ETag covers the body and the page's language, so the Chinese and
    English versions never answer for each other. Pages seen by a logged-in user
    are also ``private``; the admin, documents and responses that set their own
    Cache-Control are left alone. Sits just inside WhiteNoise so that it sees
    the finished response.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.exempt_prefixes = None

    def __call__(self, request):
        response = self.get_response(request)
        if not self.applies(request, response):
            return response
        logged_in = getattr(request, "user", None) is not None and request.user.is_authenticated
        patch_cache_control(response, no_cache=True, **({"private": True} if logged_in else {}))
        digest = hashlib.blake2b(response.content, digest_size=16)
        digest.update(response.get("Content-Language", "").encode())
        # An embed's frame policy changes with the partner list, not with its body.
        digest.update(response.get("Content-Security-Policy", "").encode())
        response["ETag"] = quote_etag(digest.hexdigest())
        return get_conditional_response(request, etag=response["ETag"], response=response)

    def applies(self, request, response):
        if self.exempt_prefixes is None:
            self.exempt_prefixes = (
                reverse("wagtailadmin_home"),
                reverse("wagtaildocs_serve", args=(0, "")).removesuffix("0/"),
            )
        return (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.has_header("Cache-Control")
            and not request.path.startswith(self.exempt_prefixes)
        )


class FramePolicyMiddleware:
    """Forbid framing everywhere except on partner embed views.

    Every response gets CSP ``frame-ancestors 'none'`` (added to a policy the view
    set, if any); XFrameOptionsMiddleware adds ``X-Frame-Options: DENY``. Views
    marked SAMEORIGIN and Wagtail's preview renderings get ``'self'`` instead. Embed
    views (exhibits.embeds) set their own ``frame-ancestors`` listing the active
    partners and are exempt from X-Frame-Options. Sits just inside
    RevalidateVisitorPagesMiddleware so that the ETag covers the final policy.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = response.get("Content-Security-Policy", "")
        if "frame-ancestors" not in policy:
            # Wagtail's live preview frames its own pages in the editor (SAMEORIGIN).
            # Wagtail renders a preview through this middleware a second time, on an
            # inner request marked is_preview, before its preview view marks the
            # outer response SAMEORIGIN; both must let the admin frame it.
            same_origin = response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
            is_preview = getattr(request, "is_preview", False)
            ancestors = "'self'" if same_origin or is_preview else "'none'"
            directives = [part.strip() for part in policy.split(";") if part.strip()]
            response["Content-Security-Policy"] = "; ".join(
                [*directives, f"frame-ancestors {ancestors}"]
            )
        return response


class PublicDataCorsMiddleware:
    """Let any web page read the open data (API, GeoJSON, oEmbed, OpenAPI) with GET.

    ``Access-Control-Allow-Origin: *`` and never credentials, so a browser sends no
    cookies with these requests. Preflights are answered here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(tuple(settings.MUSEUM_OPEN_DATA_PREFIXES)):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
            response["Access-Control-Max-Age"] = "86400"
        else:
            response = self.get_response(request)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "Retry-After, RateLimit-Policy"
        response["Cross-Origin-Resource-Policy"] = "cross-origin"
        if "Access-Control-Allow-Credentials" in response:
            del response["Access-Control-Allow-Credentials"]
        return response


class OpenDataRateLimitMiddleware:
    """A fixed-window request count per client on the open-data endpoints only.

    Over the limit, the answer is 429 with ``Retry-After``. Visitor HTML pages are
    never counted: a tour group shares one museum Wi-Fi address. The counter lives
    in the default cache (Redis in production), so every worker shares it. A
    client is its address as the trusted proxy saw it. When the cache fails, the
    limit fails open: requests pass uncounted.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "OPTIONS" or not request.path.startswith(
            tuple(settings.MUSEUM_OPEN_DATA_PREFIXES)
        ):
            return self.get_response(request)
        limit, window = settings.MUSEUM_OPEN_DATA_RATE_LIMIT
        now = time.time()
        window_start = int(now // window) * window
        key = f"open-data-rate:{client_address(request)}:{window_start}"
        try:
            count = self.count(key, timeout=window + 1)
        except Exception:  # noqa: BLE001 -- whatever the cache raises, the data stays open
            logger.warning(
                "rate limit skipped, the cache failed",
                exc_info=True,
                extra={"event": "rate_limit_fail_open"},
            )
            count = 0
        policy = f'"open-data";q={limit};w={window}'
        if count > limit:
            retry_after = max(1, math.ceil(window_start + window - now))
            response = JsonResponse(
                {"message": "Too many requests / 请求过于频繁", "retry_after": retry_after},
                status=429,
            )
            response["Retry-After"] = str(retry_after)
            response["RateLimit-Policy"] = policy
            add_never_cache_headers(response)
            return response
        response = self.get_response(request)
        response["RateLimit-Policy"] = policy
        return response

    @staticmethod
    def count(key, timeout):
        """This window's request count for a client, this request included.

        Without a cache (museum.cache degrades to misses) every request counts as
        the window's first: the limit fails open rather than refusing open data.
        """
        cache.add(key, 0, timeout=timeout)
        try:
            return cache.incr(key)
        except ValueError:  # the entry expired between add and incr, or no cache
            cache.set(key, 1, timeout=timeout)
            return 1


def client_address(request):
    """The client's IP address: REMOTE_ADDR, or the entry the trusted proxies added."""
    proxies = settings.MUSEUM_TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies][:64]
    return request.META.get("REMOTE_ADDR", "")[:64]
