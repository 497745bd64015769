"""CORS and the rate limit of the open data (API, OpenAPI, GeoJSON, oEmbed): any web
page may read it, each client within a fixed budget per window."""

import logging
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers

from exhibits.clients import client_address

logger = logging.getLogger("museum.middleware")


ALLOWED_METHODS = "GET, HEAD, OPTIONS"


def options_response():
    """The answer to OPTIONS on the open data, a CORS preflight or not: 204, no body."""
    response = HttpResponse(status=204)
    response["Allow"] = ALLOWED_METHODS
    return response


class PublicDataCorsMiddleware:
    """Let any web page read the open data (API, GeoJSON, oEmbed, OpenAPI) with GET.

    ``Access-Control-Allow-Origin: *`` and never credentials, so a browser sends no
    cookies with these requests. A preflight goes on to the rate limit, which counts it
    and answers it without a body (see ``options_response``); this adds what it allows.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(tuple(settings.MUSEUM_OPEN_DATA_PREFIXES)):
            return self.get_response(request)
        response = self.get_response(request)
        if (
            request.method == "OPTIONS"
            and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META
            and response.status_code == 204
        ):
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
            response["Access-Control-Max-Age"] = "86400"
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

    Every method counts, OPTIONS included, and OPTIONS is answered here, after the
    count: a view would answer it with its whole body (a function view treats it like
    GET, the API with its description).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(tuple(settings.MUSEUM_OPEN_DATA_PREFIXES)):
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
        if request.method == "OPTIONS":
            response = options_response()
        else:
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
