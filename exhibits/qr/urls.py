"""The QR resolver, outside the language prefix: a printed code never changes."""

from django.urls import path, re_path

from exhibits.qr import views

urlpatterns = [
    path("q/", views.keypad, name="qr_keypad"),
    re_path(r"^q/(?P<code>[A-Za-z0-9]{1,12})\.svg$", views.qr_svg, name="qr_svg"),
    re_path(r"^q/(?P<code>[A-Za-z0-9]{1,12})\.png$", views.qr_png, name="qr_png"),
    re_path(r"^q/(?P<raw>[^/]+)/?$", views.resolve, name="qr_resolve"),
]
