"""The check-in passport: the page inside the language prefix (``language_urlpatterns``),
the completion and the card outside it (``urlpatterns``): a shared card's address is
the same in both languages, and the card itself speaks both."""

from django.urls import path, re_path

from exhibits.passport import views

urlpatterns = [
    path("passport/complete/", views.complete, name="passport_complete"),
    re_path(
        r"^passport/card/(?P<token>[A-Za-z0-9_.:-]{1,400})\.png$", views.card, name="passport_card"
    ),
]

language_urlpatterns = [
    path("passport/", views.passport, name="passport"),
]
