"""URL map: admin, documents, the open data, oEmbed, QR codes, GeoJSON, media streams,
gallery screens and the passport's completion and card outside the language prefix; every
visitor page, the search, the glossary and the passport inside it, with Wagtail's catch-all
last. Each feature of exhibits/ brings its own urls.py."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from exhibits.passport import urls as passport_urls
from museum import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("exhibits.opendata.urls")),
    path("", include("exhibits.partners.urls")),
    path("", include("exhibits.qr.urls")),
    path("", include("exhibits.trail.urls")),
    path("", include("exhibits.visitor.urls")),
    path("", include("exhibits.kiosk.urls")),
    path("", include(passport_urls.urlpatterns)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("exhibits.search.urls")),
    path("", include("exhibits.glossary.urls")),
    path("", include(passport_urls.language_urlpatterns)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
