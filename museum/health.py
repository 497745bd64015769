"""``/healthz`` for load balancers and monitors: is the database there, is the cache.

Reads only: one trivial query, one cache ping. 200 while the database answers
(a cache outage only costs speed, so it reports "degraded" with 200); 503 when
the database does not. Never cached, never rate limited, never redirected to
HTTPS or a language prefix (see SECURE_REDIRECT_EXEMPT and museum/urls.py).
"""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe

logger = logging.getLogger("museum.health")


def database_state():
    """Whether the default database answers ``SELECT 1``: "ok" or "down"."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.error("health check: database unavailable: %s", error, extra={"event": "db_down"})
        return "down"
    return "ok"


def cache_state():
    """Whether the default cache answers: "ok", or "degraded" while it is bypassed."""
    ping = getattr(cache, "ping", None)
    if ping is not None:
        return "ok" if ping() else "degraded"
    try:
        cache.get("healthz:probe")
    except Exception:  # noqa: BLE001 -- any backend's failure means the same here
        return "degraded"
    return "ok"


@require_safe
def healthz(request):
    """The state of the database and the cache, as JSON."""
    database = database_state()
    cache_ = cache_state()
    if database != "ok":
        status = "down"
    elif cache_ != "ok":
        status = "degraded"
    else:
        status = "ok"
    response = JsonResponse(
        {"status": status, "database": database, "cache": cache_},
        status=503 if database != "ok" else 200,
    )
    add_never_cache_headers(response)
    return response
