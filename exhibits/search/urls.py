"""The search page and its suggestions, inside the language prefix."""

from django.urls import path

from exhibits.search import views

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/suggest/", views.suggest, name="search_suggest"),
]
