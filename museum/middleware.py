"""Site-wide policy: the admin's language, the language prefix, cache headers for
visitor pages and the frame policy. (CORS and the rate limit of the open data live
with it, in exhibits.opendata.middleware.)"""

import hashlib

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


class FramePolicyMiddleware:
    """Forbid framing everywhere except on partner embed views.

    Every response gets CSP ``frame-ancestors 'none'`` (added to a policy the view
    set, if any); XFrameOptionsMiddleware adds ``X-Frame-Options: DENY``. Views
    marked SAMEORIGIN and Wagtail's preview renderings get ``'self'`` instead. Embed
    views (exhibits.models.channels) set their own ``frame-ancestors`` listing the active
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
