"""The visitor search: candidates from Wagtail's search backend, ranked by where the
words appear in either language, with the museum or trail each result belongs to."""

from dataclasses import dataclass

from django.db import connection
from django.db.models.functions import Greatest
from wagtail.models import Page
from wagtail.search.query import PlainText

from exhibits.models import BasePage, places_of
from exhibits.models.querysets import visible_pages
from exhibits.search_terms import CJK_RUN, MAX_QUERY_LENGTH, english_terms

SEARCH_CANDIDATES = 200


@dataclass
class SearchHit:
    page: Page
    score: int
    context: Page | None  # the museum or trail the page belongs to


def _contains(text, terms, fragment, fragment_terms):
    """Chinese fragments match anywhere; English words match whole words, stemmed."""
    if CJK_RUN.fullmatch(fragment):
        return fragment in text
    return bool(fragment_terms) and fragment_terms[0] in terms


def _score(page, fragments):
    """Title matches first (a title that is the query itself best), then the
    introduction, then the body; in either language. Reads the page's search document,
    stored when it was saved: nothing is stemmed here but the query."""
    score = 0
    fragment_terms = {fragment: english_terms(fragment) for fragment in fragments}
    for part in page.searchable().values():
        title = part["title"]
        for fragment in fragments:
            terms = fragment_terms[fragment]
            in_title = _contains(title, part["title_terms"], fragment, terms)
            score += 10 * in_title + 10 * (in_title and title.startswith(fragment))
            score += 3 * _contains(part["intro"], part["intro_terms"], fragment, terms)
            score += _contains(part["body"], part["body_terms"], fragment, terms)
    return score


def candidate_ids(search_query):
    """The ids of the best SEARCH_CANDIDATES live, public pages for the query, in the
    backend's relevance order."""
    if connection.vendor == "sqlite":
        ids = sqlite_candidate_ids(search_query)
        if ids is not None:
            return ids
    matches = visible_pages().search(search_query, order_by_relevance=True)
    return [page.pk for page in matches[:SEARCH_CANDIDATES]]


def sqlite_candidate_ids(search_query):
    """On SQLite, the same ranking (FTS5's bm25 over title and body) in one pass over the
    full-text index, then the live, public pages among the best. modelsearch's own query
    scores each matching page in a subquery that runs the match again for every page,
    which takes seconds once thousands of pages match. None if the backend is not
    modelsearch's SQLite FTS5 one (then the backend's own query is used)."""
    try:
        from modelsearch.backends import get_search_backend
        from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchQueryCompiler
        from modelsearch.utils import get_descendants_content_types_pks
    except ImportError:
        return None
    backend = get_search_backend()
    if backend.query_compiler_class is not SQLiteSearchQueryCompiler:
        return None
    compiler = backend.query_compiler_class(Page.objects.all(), search_query)
    from modelsearch.backends.database.sqlite.query import SQLiteFTSIndexEntry

    ranked = (
        SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(
                compiler.FTS_TABLE_FIELDS,
                compiler.build_search_query(normalize(compiler.query), config=None),
            )
        )
        .filter(index_entry__content_type__in=get_descendants_content_types_pks(Page))
        .annotate(score=compiler._build_rank_expression(compiler.get_search_vectors(), None))  # noqa: SLF001 -- the backend's own ranking, reused
        .order_by("score", "-index_entry__object_id")
        .values_list("index_entry__object_id", flat=True)
    )
    # Drafts and restricted pages are in the index too: take more, keep the visible.
    best = [int(pk) for pk in ranked[: 2 * SEARCH_CANDIDATES]]
    visible = set(visible_pages().filter(pk__in=best).values_list("pk", flat=True))
    return [pk for pk in best if pk in visible][:SEARCH_CANDIDATES]


def search_pages(query):
    """Live, public visitor pages matching every token of a parsed query, best first."""
    if query.is_empty:
        return []
    ids = candidate_ids(PlainText(" ".join(query.terms), operator="and"))
    pages = {
        page.pk: page
        for page in Page.objects.filter(pk__in=ids).defer_streamfields().specific()
        if isinstance(page, BasePage) and page.depth > 2
    }
    contexts = places_of(pages.values())
    hits = [
        SearchHit(page, _score(page, query.fragments), contexts[page.pk])
        for pk in ids
        if (page := pages.get(pk)) is not None
    ]
    order = {pk: rank for rank, pk in enumerate(ids)}
    # Among equals: places before the exhibits and stops about them, then the
    # shorter title (the closer match), then the search backend's own order.
    hits.sort(
        key=lambda hit: (
            -hit.score,
            hit.page.search_rank,
            len(hit.page.title_zh_hans or ""),
            order[hit.page.pk],
        )
    )
    return hits


def suggest_pages(text, limit=8):
    """Titles for the search box: prefix matches, then (on PostgreSQL) near misses."""
    text = " ".join((text or "")[:MAX_QUERY_LENGTH].split())
    if not text:
        return []
    found = list(visible_pages().autocomplete(text)[:limit])
    if len(found) < limit and connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity  # needs psycopg

        near = (
            visible_pages()
            .exclude(pk__in=[page.pk for page in found])
            .annotate(
                similarity=Greatest(
                    TrigramSimilarity("title_zh_hans", text), TrigramSimilarity("title_en", text)
                )
            )
            .filter(similarity__gt=0.2, depth__gt=2)
            .order_by("-similarity")
        )
        found += list(near[: limit - len(found)])
    return found
