"""The visitor search page and the search box's suggestions, in either language."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext

from exhibits import search_terms
from exhibits.search.queries import search_pages, suggest_pages

RESULTS_PER_PAGE = 10


def unsearchable_message():
    return gettext(
        "The search holds characters that cannot be searched (control characters). "
        "Please type it again."
    )


def search(request):
    """/<language>/search/?q=: museums, exhibits, sites and trail stops in either language.

    A query with control characters (NUL and the like) answers 400 with the form and a
    message: nobody types them, and PostgreSQL refuses text that holds NUL.
    """
    raw = request.GET.get("q", "")
    refused = search_terms.has_control_characters(raw)
    if refused:
        raw = search_terms.CONTROL_CHARACTERS.sub("", raw)
    query = search_terms.parse_query("" if refused else raw)
    hits = search_pages(query)
    paginator = Paginator(hits, RESULTS_PER_PAGE)
    results = paginator.get_page(request.GET.get("page"))
    for hit in results:
        hit.snippet = search_terms.snippet(
            hit.document, query.fragments, translation.get_language(), hit.page.title
        )
    response = render(
        request,
        "exhibits/search.html",
        {
            "layout": "layouts/phone.html",
            "query": query,
            "raw_query": raw[: search_terms.MAX_QUERY_LENGTH],
            "results": results,
            "result_count": paginator.count,
            "language_links": search_language_links(request),
            "error": unsearchable_message() if refused else "",
        },
        status=400 if refused else 200,
    )
    patch_cache_control(response, no_cache=True)
    return response


def search_language_links(request):
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse("search")
        if request.GET:
            url = f"{url}?{request.GET.urlencode()}"
        links.append((code, name, url))
    return links


def suggest(request):
    """/<language>/search/suggest/?q=: up to eight titles for the search box, as JSON.

    Quotes and other symbols are only separators; control characters answer 400.
    """
    raw = request.GET.get("q", "")
    if len(raw) > 1000:
        return JsonResponse(
            {"error": "query too long / 查询内容过长", "suggestions": []}, status=400
        )
    if search_terms.has_control_characters(raw):
        return JsonResponse(
            {
                "error": "query holds control characters / 查询内容含有无法搜索的控制字符",
                "suggestions": [],
            },
            status=400,
            json_dumps_params={"ensure_ascii": False},
        )
    pages = suggest_pages(raw)
    data = {
        "query": raw[: search_terms.MAX_QUERY_LENGTH],
        "suggestions": [
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": str(page.specific_class._meta.verbose_name),
            }
            for page in pages
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=60)
    return response
