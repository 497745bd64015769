"""Gallery screens at /screen/<slug>/, outside the language prefix: one address per
screen, whose languages are set by curators on the screen itself."""

from django.urls import path

from exhibits.kiosk import views

urlpatterns = [
    path("screen/sw.js", views.service_worker, name="kiosk_service_worker"),
    path("screen/<slug:slug>/", views.screen, name="kiosk_screen"),
    path("screen/<slug:slug>/feed.json", views.feed, name="kiosk_feed"),
    path("screen/<slug:slug>/heartbeat", views.heartbeat, name="kiosk_heartbeat"),
]
