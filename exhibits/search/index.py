"""The full-text index, asked directly: the best live, public pages for a query, in one
query whose cost follows the pages that match, not the pages that exist.

The index is modelsearch's own (Wagtail keeps it on every publish, unpublish, move and
deletion; `manage.py update_index` rebuilds it): per page a title and a body vector of
its search text (Chinese bigrams, stemmed English words: exhibits/search_terms.py,
worked out when the page is saved) and an autocomplete vector of title prefixes. On
SQLite it is an FTS5 table, ranked by bm25; on PostgreSQL tsvector columns with GIN
indexes, ranked by ts_rank. modelsearch's own search joins every page to the index
by casting its id to text, and on SQLite scores each hit in a subquery that runs the
match again: seconds at 2,000 pages. Here the match runs once, on the index alone,
each vector on its own index, with visibility a semi-join on the page table.
"""

from functools import reduce
from operator import add, or_

from django.db.models import CharField, F, IntegerField, Q
from django.db.models.functions import Cast
from wagtail.models import Page

from exhibits.models.querysets import visible_pages


def findable_pages():
    """The live, public pages a visitor may find: below the home page, unrestricted."""
    return visible_pages().filter(depth__gt=2)


def _keys(pages):
    """The index's keys (page ids as text) of these pages, as a subquery."""
    return pages.annotate(key=Cast("pk", CharField())).values("key")


def _page_types():
    from modelsearch.utils import get_descendants_content_types_pks

    return get_descendants_content_types_pks(Page)


def best_pages(search_query, limit, autocomplete=False, findable=None):
    """[(page id, content type id)] of the best ``limit`` live, public pages for a
    modelsearch query (every term required; with ``autocomplete``, the last one a
    prefix of a title word), best first. ``findable``: findable_pages(), if the caller
    has it already."""
    findable = findable_pages() if findable is None else findable
    from modelsearch.backends import get_search_backend

    backend = get_search_backend()
    compiler_class = (
        backend.autocomplete_query_compiler_class if autocomplete else backend.query_compiler_class
    )
    compiler = compiler_class(Page.objects.all(), search_query)
    vendor_query = {
        "sqlite": _sqlite_best,
        "postgres": _postgres_best,
    }.get(compiler_class.__module__.rsplit(".", 1)[-1])
    if vendor_query is None:
        # Another backend: its own query and ranking (correct, not tuned).
        search = findable.autocomplete if autocomplete else findable.search
        found = search(search_query)
        return [(page.pk, page.content_type_id) for page in found[:limit]]
    rows = vendor_query(backend, compiler, autocomplete, _keys(findable))[:limit]
    return [(int(object_id), content_type) for object_id, content_type in rows]


def _sqlite_best(backend, compiler, autocomplete, keys):
    from modelsearch.backends.database.sqlite.query import (
        MatchExpression,
        SQLiteFTSIndexEntry,
        normalize,
    )

    match = MatchExpression(
        compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(compiler.query))
    )
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), None)  # noqa: SLF001 -- the backend's own bm25 ranking, reused
    return (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(
            index_entry__content_type__in=_page_types(),
            index_entry__object_id__in=keys,
        )
        .annotate(score=rank)
        .order_by("score", Cast("index_entry__object_id", IntegerField()).desc())
        .values_list("index_entry__object_id", "index_entry__content_type")
    )


def _postgres_best(backend, compiler, autocomplete, keys):
    from modelsearch.backends.database.postgres.postgres import IndexEntry

    config = compiler.get_config(backend)
    if autocomplete:
        vectors = [("autocomplete", 1.0)]
    else:
        vectors = [("title", F("title_norm")), ("body", 1.0)]
    tsquery = compiler.build_tsquery(compiler.query, config=config)
    rank = reduce(
        add,
        (
            compiler.build_tsrank(F(name), compiler.query, config=config) * boost
            for name, boost in vectors
        ),
    )
    return (
        IndexEntry.objects.filter(content_type__in=_page_types(), object_id__in=keys)
        .filter(reduce(or_, (Q(**{name: tsquery}) for name, _boost in vectors)))
        .annotate(score=rank)
        .order_by("-score", Cast("object_id", IntegerField()).desc())
        .values_list("object_id", "content_type")
    )
