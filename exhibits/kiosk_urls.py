"""Gallery screens at /screen/<slug>/, outside the language prefix: one address per
screen, whose languages are set by curators on the screen itself."""

from django.urls import path

from exhibits import kiosk_views

urlpatterns = [
    path("screen/sw.js", kiosk_views.service_worker, name="kiosk_service_worker"),
    path("screen/<slug:slug>/", kiosk_views.screen, name="kiosk_screen"),
    path("screen/<slug:slug>/feed.json", kiosk_views.feed, name="kiosk_feed"),
    path("screen/<slug:slug>/heartbeat", kiosk_views.heartbeat, name="kiosk_heartbeat"),
]
