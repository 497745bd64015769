"""URLs outside the language prefix: the QR resolver (a printed code never
changes) and media for players."""

from django.urls import path, re_path

from exhibits import media_views, views

urlpatterns = [
    path("q/", views.keypad, name="qr_keypad"),
    re_path(r"^q/(?P<code>[A-Za-z0-9]{1,12})\.svg$", views.qr_svg, name="qr_svg"),
    re_path(r"^q/(?P<code>[A-Za-z0-9]{1,12})\.png$", views.qr_png, name="qr_png"),
    re_path(r"^q/(?P<raw>[^/]+)/?$", views.resolve, name="qr_resolve"),
    path("geo/trails/<int:page_id>.geojson", views.trail_geojson, name="trail_geojson"),
    path("geo/sites.geojson", views.sites_geojson, name="sites_geojson"),
    path(
        "stream/<int:document_id>/<str:filename>",
        media_views.stream_document,
        name="stream_document",
    ),
]
