"""Old and cross-language page URLs that keep working, in every language.

Wagtail's redirect app records a page's old URL when it moves or its slug changes, but it
knows one url_path: the admin's language. Pages here have one per language (url_path_zh_hans,
url_path_en), so:

- record_old_paths / create_language_redirects: whenever a saved page's url_path changes in
  any language (a move, a slug edited in either language), the old URL in that language, of
  the page and of its live descendants, with `embed/` where the page has one, becomes a
  Redirect row. Rows are resolved when requested, so they always lead to the current URL in
  the language of the request.
- CrossLanguageRedirectMiddleware: a 404 under one language prefix whose path is the page's
  path in another language (`/en/<Chinese slugs>/`, `/zh-hans/<English slugs>/`) is sent to
  that page in the prefix's language. It costs 404s one query, two when the tree walk fails
  and old URLs of the other languages are looked up.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import pre_save
from django.http import HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_from_path
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.redirects.signal_handlers import BatchRedirectCreator
from wagtail.models import Page, Site

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
URL_PATH_FIELDS = {code: build_localized_fieldname("url_path", code) for code in LANGUAGES}
SLUG_FIELDS = {code: build_localized_fieldname("slug", code) for code in LANGUAGES}
WATCHED_FIELDS = {"slug", "url_path", *URL_PATH_FIELDS.values(), *SLUG_FIELDS.values()}


def stored_url_paths(page_id):
    row = Page.objects.filter(pk=page_id).values_list(*URL_PATH_FIELDS.values()).first()
    return dict(zip(LANGUAGES, row, strict=True)) if row else None


def record_old_paths(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save: note a page's stored url_paths before a save that may change them, and
    compare them with the final ones once the transaction commits (descendants included)."""
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is not None and not WATCHED_FIELDS.intersection(update_fields):
        return
    before = stored_url_paths(instance.pk)
    if before is None:
        return
    page_id = instance.pk
    transaction.on_commit(lambda: create_language_redirects(page_id, before))


def language_path(language, url_path, root_url_path):
    """The request path of a url_path in one language, as Redirect stores it."""
    with translation.override(language):
        path = reverse("wagtail_serve", args=[url_path[len(root_url_path) :]])
    return path


def create_language_redirects(page_id, before):
    """Redirect rows from a page's old URLs (and its live descendants') in each language."""
    after = stored_url_paths(page_id)
    if after is None:
        return
    changed = [code for code in LANGUAGES if before[code] and before[code] != after[code]]
    if not changed:
        return
    page = Page.objects.get(pk=page_id).specific
    sites = list(Site.objects.select_related("root_page"))
    batch = BatchRedirectCreator(max_size=2000, ignore_conflicts=True)
    pages = [page, *page.get_descendants().live().defer_streamfields().specific()]
    for language in changed:
        old_prefix, new_prefix = before[language], after[language]
        field = URL_PATH_FIELDS[language]
        for target in pages:
            if not target.live:
                continue
            current = getattr(target, field) or ""
            if not current.startswith(new_prefix):
                continue
            old = old_prefix + current[len(new_prefix) :]
            for site in sites:
                root = getattr(site.root_page, field) or site.root_page.url_path
                if not old.startswith(root) or old == root:
                    continue
                base = language_path(language, old, root)
                for route in target.get_route_paths():
                    route = Redirect.normalise_page_route_path(route)
                    batch.add(
                        old_path=Redirect.normalise_path(base.rstrip("/") + (route or "/")),
                        site=site,
                        redirect_page=target,
                        redirect_page_route_path=route,
                        automatically_created=True,
                    )
    batch.process()


def connect():
    pre_save.connect(record_old_paths, dispatch_uid="exhibits-language-redirects")


# --- Paths in the other language -------------------------------------------------------


def split_language(path):
    """(language, path components) of a path under a language prefix, else (None, [])."""
    language = get_language_from_path(path)
    if language not in LANGUAGES:
        return None, []
    rest = path[len(language) + 2 :]
    return language, [part for part in rest.split("/") if part]


def walk(root_id, components):
    """The deepest page reached from the site root by matching each component to a child's
    slug in any language, and the components left over; one query, the root included."""
    matches = Q(pk=root_id)
    for field in SLUG_FIELDS.values():
        matches |= Q(**{f"{field}__in": components})
    candidates = list(Page.objects.filter(matches).order_by("path"))
    current = next((page for page in candidates if page.pk == root_id), None)
    if current is None:
        return None, components
    root, used = current, 0
    for component in components:
        child = next(
            (
                page
                for page in candidates
                if page.depth == current.depth + 1
                and page.path.startswith(current.path)
                and component in {getattr(page, field) for field in SLUG_FIELDS.values()}
            ),
            None,
        )
        if child is None:
            break
        current, used = child, used + 1
    return (None if current is root else current), components[used:]


def cross_language_target(request, language, components):
    """Where a 404 under `language` really belongs, or None."""
    site = Site.find_for_request(request)
    if site is None or not components or "\x00" in "".join(components):
        return None  # no slug holds NUL, and PostgreSQL refuses it in a query (a 500)
    page, rest = walk(site.root_page_id, components)
    if page is not None and page.live:
        if not rest:
            return page.get_url(request=request)
        specific = page.specific_deferred  # its class's routes, without a query
        route = "/" + "".join(f"{part}/" for part in rest)
        if route in specific.get_route_paths():
            return specific.get_url(request=request) + route.lstrip("/")
    # An old URL of another language: its Redirect row names the page.
    tail = "/".join(components)
    old_paths = [f"/{code}/{tail}" for code in LANGUAGES if code != language]
    redirect = (
        Redirect.get_for_site(site)
        .filter(old_path__in=old_paths, redirect_page__live=True)
        .select_related("redirect_page")
        .first()
    )
    return redirect.link if redirect else None


class CrossLanguageRedirectMiddleware:
    """404s under /zh-hans/ or /en/ whose path names a page in the other language: 301 to
    that page in the prefix's language. Runs after Wagtail's own redirects."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        language, components = split_language(request.path_info)
        if language is None:
            return response
        with translation.override(language):
            target = cross_language_target(request, language, components)
        if not target or target == request.path:
            return response
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
