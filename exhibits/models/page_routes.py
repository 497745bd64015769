"""Finding a page's child by its slug in the active language with one query, and
keeping what the route already loaded for the page it serves."""

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.url_routing import RouteResult

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


class ChildSlugRouteMixin:
    """Routes to a child page in SQL, whatever the number of children.

    The page a visitor's request routes to keeps its parent (already loaded, as its
    specific type, by the route: ``get_parent()`` needs no query) and reads its view
    restrictions once for the request (Wagtail's and the page cache's
    ``before_serve_page`` hooks both ask)."""

    def route(self, request, path_components):
        """Routable subpages first (the embed view, a museum's listings), then the child
        with this slug in the active language, found in SQL. wagtail-modeltranslation's
        own route compares the slug of every child in Python, which loads all 10,000
        exhibits of a large museum on each of their requests."""
        if not path_components:
            self.routed = True
            return super().route(request, path_components)
        if self.live:
            try:
                view, args, kwargs = self.resolve_subpage("/" + "/".join(path_components) + "/")
                self.routed = True
                return RouteResult(self, args=(view, args, kwargs))
            except Http404:
                pass
        child = self.child_with_slug(path_components[0])
        if child is None:
            raise Http404
        child = child.specific
        child._cached_parent_obj = self  # treebeard's get_parent() cache
        return child.route(request, path_components[1:])

    def get_view_restrictions(self):
        """Wagtail's query, run once per routed request; afresh on any other instance."""
        if not getattr(self, "routed", False):
            return super().get_view_restrictions()
        if "routed_view_restrictions" not in self.__dict__:
            restrictions = super().get_view_restrictions()
            len(restrictions)  # evaluated here, so every caller reads the same rows
            self.__dict__["routed_view_restrictions"] = restrictions
        return self.__dict__["routed_view_restrictions"]

    def child_with_slug(self, slug):
        """The first child whose slug in the active language is ``slug``; a child without
        a slug in that language answers to its Chinese one (modeltranslation's fallback).
        None for a slug no page can have: NUL, which PostgreSQL refuses in text, or one
        longer than the column."""
        if "\x00" in slug or len(slug) > 255:
            return None
        language = translation.get_language() or DEFAULT_LANGUAGE
        if language not in dict(settings.LANGUAGES):
            language = DEFAULT_LANGUAGE
        column = build_localized_fieldname("slug", language)
        default = build_localized_fieldname("slug", DEFAULT_LANGUAGE)
        untranslated = Q(**{f"{column}__isnull": True}) | Q(**{column: ""})
        match = Q(**{column: slug}) | (untranslated & Q(**{default: slug}))
        return self.get_children().filter(match).order_by("path").first()


def restore_routes(models):
    """Give the page types this mixin's ``route`` back (exhibits.apps, once ready).

    wagtail-modeltranslation, when it becomes ready, sets its own ``route`` on every
    translated page class, which shadows the mixin's: the child-by-slug query and the
    loaded parent would never run."""
    for model in models:
        if issubclass(model, ChildSlugRouteMixin):
            model.route = ChildSlugRouteMixin.route
