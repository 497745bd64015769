"""The glossary's page, inside the language prefix."""

from django.urls import path

from exhibits.glossary import views

urlpatterns = [
    path("glossary/", views.glossary, name="glossary"),
]
