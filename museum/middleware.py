"""Project middleware."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import reverse
from django.utils import translation


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
