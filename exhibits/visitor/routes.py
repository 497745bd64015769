"""Serving a page without looking up again what the last request to its URL found.

Before Wagtail serves a page it finds the Site of the host (a query), walks the tree
from the site's root, one child and its specific type per URL segment (two queries a
level: six for an exhibit), reads the page's view restrictions (once more for our
own hook) and the site's settings. None of that changes until the content does, so
each process keeps it per content version (museum.content_version.memo: a publish,
move, unpublish, slug, restriction, settings or site change drops it everywhere at
once):

- the Site for a host and port;
- for a site, language and path: the page's type and id, the sub-route's view and
  arguments, and its parent's type and id. The page itself, loaded without its search
  document, is kept for the last few hundred pages served (a tour group scans the
  same labels), so a remembered route usually costs no query at all; its parent
  (which the route used to load on the way) is kept whole, since parents are few and
  shared;
- a routed page's view restrictions;
- the site settings (exhibits.SiteSettings).

Objects are kept as loaded and handed to each request as shallow copies. Nothing is
remembered for a route that answered 404, and with ``MUSEUM_CONTENT_MEMO`` off (the
test settings) the middleware does nothing at all.
"""

import copy

from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from exhibits.models import SiteSettings
from museum.content_version import MISSING, ContentMemo, memo

# The pages served most recently, kept whole: their bodies make them ten times the
# size of what the shared memo holds, so they are kept apart and fewer of them
# (a page is some 7-14 KB pickled: a few MB per process at most).
PAGES_KEPT = 300
pages = ContentMemo(limit=PAGES_KEPT)


class RememberedRoutesMiddleware:
    """Gives Wagtail's page view the site, route and settings this process found before."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or request.method not in ("GET", "HEAD"):
            return None
        site = remembered_site(request)
        if site is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        remember_route(request, site, path)
        remember_settings(request)
        return None


def remembered_site(request):
    key = ("site", request._get_raw_host(), request.get_port())
    version = memo.current()
    site = memo.peek(key, version)
    if site is MISSING:
        site = Site.find_for_request(request)
        memo.put(key, site, version)
        return site
    request._wagtail_site = copy.copy(site)
    return request._wagtail_site


def remember_route(request, site, path):
    key = ("route", site.pk, translation.get_language(), path)
    version = memo.current()
    found = memo.peek(key, version)
    if found is MISSING:
        result = Page.route_for_request(request, path)
        if result is not None:
            memo.put(key, describe(result), version)
        return
    page_model, page_id, args, kwargs, parent_model, parent_id = found
    page = pages.get(
        ("page", page_id), lambda: without_search_text(page_model).filter(pk=page_id).first()
    )
    if page is None:  # deleted in this instant: let Wagtail answer
        return
    page = copy.copy(page)
    if parent_model is not None:
        # Parents are few (museums, trails, indexes) and shared by many pages: kept whole.
        parent = memo.get(
            ("parent", parent_model._meta.label_lower, parent_id),
            lambda: without_search_text(parent_model).filter(pk=parent_id).first(),
        )
        page._cached_parent_obj = copy.copy(parent)
    page.routed = True
    restrictions = memo.get(("restrictions", page_id), lambda: list(page.get_view_restrictions()))
    page.__dict__["routed_view_restrictions"] = restrictions
    request._wagtail_route_for_request = RouteResult(page, args=args, kwargs=dict(kwargs))


def without_search_text(model):
    """The page type's rows without the search document (all its text in both languages,
    read only when the page is indexed): a third of what loading a page cost."""
    fields = {field.name for field in model._meta.concrete_fields}
    return model.objects.defer(*fields & {"search_document"})


def describe(result):
    """What a route result is made of, without the objects a request may change."""
    page, args, kwargs = result
    parent = getattr(page, "_cached_parent_obj", None)
    parent_model = type(parent) if parent is not None else None
    parent_id = parent.pk if parent is not None else None
    return type(page), page.pk, tuple(args), dict(kwargs), parent_model, parent_id


def remember_settings(request):
    """The one SiteSettings row, where Wagtail's ``load(request)`` looks first."""
    settings = memo.get(("settings",), SiteSettings.load)
    setattr(request, SiteSettings.get_cache_attr_name(), copy.copy(settings))


def remember_site_root_paths():
    """wagtail-modeltranslation reads a language's site root paths from the shared cache
    each time a page's URL is built in another language than the last one (three round
    trips to Redis for a page with its language links); keep them per content version,
    which a site or a root page's slug changing bumps (exhibits.apps, once ready)."""
    from wagtail_modeltranslation import patch_wagtailadmin

    read = patch_wagtailadmin._localized_site_get_site_root_paths
    if getattr(read, "remembered", False):
        return

    def remembered():
        return memo.get(("site-root-paths", translation.get_language()), read)

    remembered.remembered = True
    patch_wagtailadmin._localized_site_get_site_root_paths = remembered
