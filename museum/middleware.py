"""Project middleware."""

from django.conf import settings
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
