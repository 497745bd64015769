"""Site-wide policy: the admin's language, the language prefix, cache headers for
visitor pages and the security headers of every response (content security, frames,
permissions, cross-origin loading). (CORS and the rate limit of the open data live
with it, in exhibits.opendata.middleware.)"""

import hashlib

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import reverse
from django.utils import translation
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import quote_etag


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


class ResponsePolicyMiddleware(CSPMiddleware):
    """Send every response the security headers fitted to what it is.

    django-csp's middleware with one policy per kind of response (settings
    ``MUSEUM_CONTENT_SECURITY_POLICIES``), rather than one for the whole site:

    - ``admin``: anything under the admin's prefix (Wagtail needs inline code);
    - ``kiosk``: the gallery screen's shell, which registers a service worker;
    - ``worker``: that service worker's script;
    - ``visitor``: every other HTML response (pages, embeds, search, QR pages, errors);
    - ``data``: everything else (JSON, GeoJSON, images, files).

    A view may change directives of its policy as django-csp's decorators do (embeds
    name the active partners in ``frame-ancestors``), or set a whole policy itself
    (documents, QR symbols), which is kept with ``frame-ancestors 'none'`` added. Views
    marked SAMEORIGIN and Wagtail's preview renderings may be framed by the admin.
    Every response also gets ``Permissions-Policy``, ``Cross-Origin-Resource-Policy``
    (``same-origin`` unless the view or the open-data middleware said otherwise, or
    the path is in ``MUSEUM_CROSS_ORIGIN_PREFIXES``) and, in the admin,
    ``Referrer-Policy: same-origin``. SecurityMiddleware adds nosniff, the site-wide
    Referrer-Policy, COOP and HSTS; XFrameOptionsMiddleware adds ``DENY`` except on
    embeds. Sits just inside RevalidateVisitorPagesMiddleware so that the ETag covers
    the final policy.
    """

    def __init__(self, get_response):
        super().__init__(get_response)
        self.admin_prefix = None

    def kind(self, request, response):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if request.path_info.startswith(self.admin_prefix):
            return "admin"
        content_type = response.get("Content-Type", "").partition(";")[0].strip()
        view_name = getattr(getattr(request, "resolver_match", None), "view_name", None)
        if view_name == "kiosk_service_worker":
            return "worker"
        if content_type == "text/html":
            return "kiosk" if view_name == "kiosk_screen" else "visitor"
        return "data"

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None:
            kind = self.kind(request, response)
            parts.config = settings.MUSEUM_CONTENT_SECURITY_POLICIES[kind]
        framed_by_admin = response.get("X-Frame-Options", "").upper() == "SAMEORIGIN" or getattr(
            request, "is_preview", False
        )
        if framed_by_admin and "frame-ancestors" not in (parts.replace or {}):
            # Wagtail's live preview frames its own pages in the editor (SAMEORIGIN).
            # Wagtail renders a preview through this middleware a second time, on an
            # inner request marked is_preview, before its preview view marks the
            # outer response SAMEORIGIN; both must let the admin frame it.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        directives = [
            part.strip()
            for part in response.get("Content-Security-Policy", "").split(";")
            if part.strip()
        ]
        if not any(directive.startswith("frame-ancestors ") for directive in directives):
            # A policy the view wrote itself (a document, a QR symbol) still forbids framing.
            directives.append("frame-ancestors 'none'")
        # django-csp joins the directives in set order, which differs between processes;
        # one order keeps the ETag (and the page cache) the same on every worker.
        directives.sort(key=lambda directive: (not directive.startswith("default-src "), directive))
        response["Content-Security-Policy"] = "; ".join(directives)
        response.headers.setdefault("Permissions-Policy", settings.MUSEUM_PERMISSIONS_POLICY)
        cross_origin = request.path_info.startswith(tuple(settings.MUSEUM_CROSS_ORIGIN_PREFIXES))
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", "cross-origin" if cross_origin else "same-origin"
        )
        if self.admin_prefix and request.path_info.startswith(self.admin_prefix):
            response.headers.setdefault("Referrer-Policy", "same-origin")
        return response
