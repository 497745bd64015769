"""The open data, outside the language prefix: the API, its OpenAPI description and the
sitemap."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from exhibits.opendata.api import api_router
from exhibits.opendata.openapi import openapi_json
from exhibits.opendata.sitemap import PublicSitemap

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicSitemap}}),
    path("api/v2/", api_router.urls),
    path("api/openapi.json", openapi_json, name="openapi"),
]
