"""Finding a page's child by its slug in the active language with one query."""

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.url_routing import RouteResult

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


class ChildSlugRouteMixin:
    """Routes to a child page in SQL, whatever the number of children."""

    def route(self, request, path_components):
        """Routable subpages first (the embed view, a museum's listings), then the child
        with this slug in the active language, found in SQL. wagtail-modeltranslation's
        own route compares the slug of every child in Python, which loads all 10,000
        exhibits of a large museum on each of their requests."""
        if not path_components:
            return super().route(request, path_components)
        if self.live:
            try:
                view, args, kwargs = self.resolve_subpage("/" + "/".join(path_components) + "/")
                return RouteResult(self, args=(view, args, kwargs))
            except Http404:
                pass
        child = self.child_with_slug(path_components[0])
        if child is None:
            raise Http404
        return child.specific.route(request, path_components[1:])

    def child_with_slug(self, slug):
        """The first child whose slug in the active language is ``slug``; a child without
        a slug in that language answers to its Chinese one (modeltranslation's fallback)."""
        language = translation.get_language() or DEFAULT_LANGUAGE
        if language not in dict(settings.LANGUAGES):
            language = DEFAULT_LANGUAGE
        column = build_localized_fieldname("slug", language)
        default = build_localized_fieldname("slug", DEFAULT_LANGUAGE)
        untranslated = Q(**{f"{column}__isnull": True}) | Q(**{column: ""})
        match = Q(**{column: slug}) | (untranslated & Q(**{default: slug}))
        return self.get_children().filter(match).order_by("path").first()
