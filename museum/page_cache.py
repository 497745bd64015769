"""The page cache: anonymous GETs answered from the shared cache, never stale.

What is stored: the finished 200 answer (body, status, every header the stack
inside set: ETag, Vary, Content-Language, the content security policy and frame
policy, Permissions-Policy, Cross-Origin-Resource-Policy) to an anonymous GET of
any public URL: visitor pages in both languages, embeds, the kiosk shell and feed,
GeoJSON, oEmbed, the sitemap, the API, QR symbols. The body is kept twice,
as rendered and gzipped once when stored, so a hit costs no compression, and the
miss that stored it is sent with that same gzip; gzip (museum.compression) sits
outside and leaves an answer already encoded alone. The
open-data CORS and rate limit sit outside too, so they still apply to every hit,
and SecurityMiddleware adds its headers (HSTS, nosniff, Referrer-Policy, COOP) to
hits as to misses. A hit loads no session, user, locale or policy machinery. With
Redis, each process keeps the content version and its recently used entries in
memory for as long as Redis reports no change (museum.near_cache), so a hit usually
costs no round trip at all; other backends read the version and the entry in one
``get_many``. Compressing once means every hit of an entry carries the
same gzip bytes, where Django pads each response at random against BREACH; an
entry holds no secret to guess (answers that set a cookie, a CSRF token among
them, are never stored, and no request carrying a session is answered).

Never stored or served from it: requests carrying a session, CSRF or messages
cookie (a logged-in curator, anyone who opened the admin's sign-in form, a
visitor who unlocked a password-protected page; decided from the cookie's
presence, without loading the session), an Authorization header, methods other
than GET and HEAD, the admin, documents and
``/healthz``; answers other than 200 (redirects and 404s are cheap and depend on
more than the URL), streaming answers, answers that set a cookie (a CSRF token
on a form, the language a QR scan remembers), that say ``private`` or
``no-store`` (the QR resolver, whose every scan must reach the server to be
counted, says so), that vary on a request header the key does not cover, pages
with view restrictions, previews, and search (its index is updated after the
publish commits).

The key: the release (a digest of the code, templates, translations and static
manifest, so a deploy never serves pages of the old one), the scheme, host, path
with query string, and the language the request resolves to (URL prefix, then
language cookie, then Accept-Language: what LocaleMiddleware would activate).
Nothing else a request carries changes an anonymous answer: text size is chosen
in the browser.

Invalidation by construction (museum.content_version): every entry names the content
version it was rendered at and answers only while that version is current; any change
that can reach a public answer writes a new version.

When the cache is unreachable (museum.cache degrades it to empty), no version can
be read and every request renders as if there were no page cache. A bump that
could not be written is retried by the same process on its next request; the
entry lifetime bounds anything older.
"""

import hashlib
import logging
import threading
import time
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import cc_delim_re, get_conditional_response, patch_vary_headers

from museum.compression import accepts_gzip, compressible, encode, gzipped_if_shorter
from museum.content_version import VERSION_KEY, current_version, local
from museum.near_cache import near_side

logger = logging.getLogger("museum.cache")

# Headers the key covers: Accept-Encoding by keeping both encodings, Accept-Language
# and the language cookie through the resolved language, other cookies by never
# serving requests that carry a session, CSRF or messages cookie (a response that
# uses the CSRF cookie sets it, so it is never stored).
COVERED_VARY = {"accept-encoding", "accept-language", "cookie"}
CONDITIONAL_HEADERS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")
UNCACHED_URL_NAMES = {"search", "search_suggest", "qr_resolve"}
release_lock = threading.Lock()
release_digest = None


def lifetime():
    return getattr(settings, "MUSEUM_PAGE_CACHE_SECONDS", 0)


# --- The key ---------------------------------------------------------------------


def release():
    """A digest of everything a deploy changes that shapes an answer."""
    global release_digest
    if release_digest is None:
        with release_lock:
            if release_digest is None:
                release_digest = compute_release()
    return release_digest


def compute_release():
    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"{django.__version__}|{wagtail.__version__}".encode())
    digest.update(f"{settings.STATIC_URL}|{settings.MEDIA_URL}".encode())
    digest.update(settings.MUSEUM_PUBLIC_URL.encode())
    for folder in ("museum", "exhibits", "templates", "locale"):
        for path in sorted((settings.BASE_DIR / folder).rglob("*")):
            if path.suffix in (".py", ".html", ".mo", ".txt", ".xml") and path.is_file():
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()


def cache_key(request):
    language = translation.get_language_from_request(request, check_path=True)
    where = "\n".join((request.scheme, request.get_host(), request.get_full_path(), language))
    path_digest = hashlib.blake2b(where.encode(), digest_size=16).hexdigest()
    return f"page-cache:{release()}:{path_digest}"


def look_up(key):
    """(content version, the entry stored under ``key`` at that version or None); the
    version is None when the cache cannot be reached. With Redis, both usually come from
    this process's memory (museum.near_cache); otherwise from one ``get_many``."""
    watch, near = near_side(VERSION_KEY)
    if watch is None:
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY)
        if version is None or getattr(local, "bump_pending", False):
            version = current_version()
        stored = found.get(key)
    else:
        version = current_version()
        if version is None:
            return None, None
        stored = near.get(key, version)
        if stored is not None:
            return version, stored
        stored = cache.get(key)
        if stored is not None and stored.get("version") == version:
            near.put(key, stored)
    if stored is not None and stored.get("version") != version:
        stored = None
    return version, stored


# --- The middleware --------------------------------------------------------------


class PageCacheMiddleware:
    """Answer anonymous GETs from the page cache; store the answers that may be shared.

    Sits just inside WhiteNoise, gzip and the open data's CORS and rate limit, and
    outside everything that loads a session, a user, a language or a policy: a hit
    costs one round trip to the cache. A stored answer carries its ETag, and a hit
    answers If-None-Match with 304 here, as RevalidateVisitorPagesMiddleware would.
    Adds ``X-Cache: hit`` or ``miss`` to the answers it looked up.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.exempt_prefixes = None
        self.bypass_cookies = None

    def __call__(self, request):
        if not self.may_look_up(request):
            return self.get_response(request)
        key = cache_key(request)
        version, stored = look_up(key)
        if version is None:  # no cache: render as if there were none
            return self.get_response(request)
        if stored is not None:
            return self.answer(request, rebuild(stored, accepts_gzip(request)), "hit")
        conditions = {
            name: request.META.pop(name) for name in CONDITIONAL_HEADERS if name in request.META
        }
        response = self.get_response(request)
        request.META.update(conditions)
        if request.method == "GET" and self.may_store(request, response):
            stored = freeze(response, version)
            cache.set(key, stored, lifetime())
            near = near_side(VERSION_KEY)[1]
            if near is not None:
                near.put(key, stored)
            # Sent as a hit will be: compressed here, once.
            response = encoded(response, stored, accepts_gzip(request))
        return self.answer(request, response, "miss")

    def answer(self, request, response, outcome):
        response["X-Cache"] = outcome
        if response.status_code == 200 and response.has_header("ETag"):
            response = get_conditional_response(request, etag=response["ETag"], response=response)
            response["X-Cache"] = outcome
        return response

    def may_look_up(self, request):
        if lifetime() <= 0 or request.method not in ("GET", "HEAD"):
            return False
        if self.exempt_prefixes is None:
            self.exempt_prefixes = (
                reverse("wagtailadmin_home"),
                reverse("wagtaildocs_serve", args=(0, "")).removesuffix("0/"),
                reverse("healthz"),
            )
            self.bypass_cookies = (
                settings.SESSION_COOKIE_NAME,
                settings.CSRF_COOKIE_NAME,
                getattr(settings, "MESSAGE_COOKIE_NAME", "messages"),
            )
        if request.path.startswith(self.exempt_prefixes):
            return False
        cookies = request.COOKIES
        return not (
            any(name in cookies for name in self.bypass_cookies)
            or "HTTP_AUTHORIZATION" in request.META
        )

    def may_store(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if getattr(request, "page_cache_exempt", False) or getattr(request, "is_preview", False):
            return False
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name in UNCACHED_URL_NAMES:
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        directives = {
            part.split("=", 1)[0].strip().lower()
            for part in cc_delim_re.split(response.get("Cache-Control", ""))
        }
        if directives & {"private", "no-store"}:
            return False
        varies = {name.strip().lower() for name in cc_delim_re.split(response.get("Vary", ""))}
        return varies - {""} <= COVERED_VARY


def freeze(response, version):
    """What the cache keeps of an answer: the body as rendered and, when gzip would
    apply to it (museum.compression), gzipped once, here rather than on every hit."""
    content = response.content
    gzipped = gzipped_if_shorter(content) if compressible(response) else None
    return {
        "version": version,
        "expires": time.time() + lifetime(),
        "status": response.status_code,
        "content": content,
        "gzip": gzipped,
        "headers": list(response.headers.items()),
    }


def rebuild(stored, gzip_accepted):
    """The stored answer, gzipped as museum.compression would when the client accepts it."""
    response = HttpResponse(stored["content"], status=stored["status"])
    for name, value in stored["headers"]:
        response.headers[name] = value
    return encoded(response, stored, gzip_accepted)


def encoded(response, stored, gzip_accepted):
    """``response`` sent as the stored gzip, when there is one and the client accepts it."""
    gzipped = stored.get("gzip")
    if gzipped is None or not gzip_accepted:
        return response
    patch_vary_headers(response, ("Accept-Encoding",))
    return encode(response, gzipped)
