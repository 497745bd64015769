"""The open data, outside the language prefix: the API, its OpenAPI description and the
sitemap (an index and its pages)."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from exhibits.opendata.api import api_router
from exhibits.opendata.openapi import openapi_json
from exhibits.opendata.sitemap import SITEMAPS, sitemap_index

urlpatterns = [
    path("sitemap.xml", sitemap_index, name="sitemap_index"),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("api/v2/", api_router.urls),
    path("api/openapi.json", openapi_json, name="openapi"),
]
