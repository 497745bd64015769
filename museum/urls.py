"""URL map: admin, documents, sitemap, open data (API, oEmbed) and QR codes outside the
language prefix; every visitor page inside it, with Wagtail's catch-all last."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from exhibits import oembed, openapi
from exhibits import views as exhibits_views
from exhibits.api import api_router
from exhibits.public_urls import PublicSitemap
from museum import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicSitemap}}),
    path("api/v2/", api_router.urls),
    path("api/openapi.json", openapi.openapi_json, name="openapi"),
    path("oembed/", oembed.oembed, name="oembed"),
    path("", include("exhibits.urls")),
    path("", include("exhibits.kiosk_urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", exhibits_views.search, name="search"),
    path("search/suggest/", exhibits_views.suggest, name="search_suggest"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
