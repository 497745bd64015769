"""oEmbed, outside the language prefix: partners' sites ask it how to embed a page."""

from django.urls import path

from exhibits.partners.oembed import oembed

urlpatterns = [
    path("oembed/", oembed, name="oembed"),
]
