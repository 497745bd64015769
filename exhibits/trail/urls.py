"""GeoJSON of the trail and the heritage sites, outside the language prefix (both
languages in every feature)."""

from django.urls import path

from exhibits import converters  # noqa: F401 -- registers <id:…>
from exhibits.trail import views

urlpatterns = [
    path("geo/trails/<id:page_id>.geojson", views.trail_geojson, name="trail_geojson"),
    path("geo/sites.geojson", views.sites_geojson, name="sites_geojson"),
]
