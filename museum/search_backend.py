"""Wagtail's database search backend, with what people type made safe for the database.

Wagtail (modelsearch) wraps each search term in double quotes for SQLite's FTS5 but
leaves a double quote inside a term as it is, so one `"` in the admin's image or
document search is an FTS5 syntax error (a 500); PostgreSQL refuses any text with a
NUL character. Neither a quote nor a control character is ever part of an indexed
word, so both become spaces before any query is built, on every search: the admin's
listings, the visitor search and its suggestions. Settings name this module as the
backend; it hands out the backend Wagtail would choose, with that cleaning added.

On SQLite, modelsearch ranks by relevance with a correlated subquery: for every
matching page it runs the full-text match again to read that page's score, so a
search matching most of 10,000 exhibits took minutes in the admin's page search.
``RankedOnceResults`` reads every match's score in one pass of the index instead,
keeps those the searched queryset allows (a second, uncorrelated pass), sorts them
in Python and loads only the pages of the requested slice. The order is the same:
bm25 score (lower is better), then the newest page first.
"""

import copy
import re

from modelsearch.backends import database
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.query import And, Boost, MatchAll, Not, Or
from modelsearch.utils import get_descendants_content_types_pks

# C0 and C1 control characters, and the double quote FTS5 uses for its strings.
UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f"]')


def clean_text(text):
    return UNSAFE.sub(" ", text)


def clean_query(query):
    """The query with its text cleaned, or "" when nothing searchable is left.

    A string or any of modelsearch's query objects (PlainText, Phrase, Fuzzy and their
    combinations) comes back as the same kind of thing.
    """
    if isinstance(query, str):
        return clean_text(query) if clean_text(query).strip() else ""
    if hasattr(query, "query_string"):
        cleaned = copy.copy(query)
        cleaned.query_string = clean_text(query.query_string)
        return cleaned if cleaned.query_string.strip() else ""
    if isinstance(query, And | Or):
        subqueries = [sub for sub in map(clean_query, query.subqueries) if sub != ""]
        return type(query)(subqueries) if subqueries else ""
    if isinstance(query, Not | Boost):
        subquery = clean_query(query.subquery)
        if subquery == "":
            return ""
        cleaned = copy.copy(query)
        cleaned.subquery = subquery
        return cleaned
    return query  # MatchAll and anything without text


class CleanQueries:
    """Mixin for a search backend: every query is cleaned before it is compiled."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(
            query_compiler_class, clean_query(query), model_or_queryset, **kwargs
        )


class RankedOnceResults(sqlite.SQLiteSearchResults):
    """SQLite search results ranked with one pass of the full-text index (see above)."""

    def ranked(self):
        """[(primary key, score)] of every allowed match, best first, or None where
        modelsearch's own way is kept (no ranking by relevance, match-all, negation)."""
        if hasattr(self, "_ranked"):
            return self._ranked
        compiler = self.query_compiler
        query = normalize(compiler.query)
        self._ranked = None
        if not compiler.order_by_relevance or isinstance(query, MatchAll | Not):
            return None
        config = compiler.get_config(self.backend)
        match = MatchExpression(
            compiler.fields or compiler.FTS_TABLE_FIELDS,
            compiler.build_search_query(query, config=config),
        )
        model = compiler.queryset.model
        entries = (
            sqlite.SQLiteFTSIndexEntry.objects.filter(match)
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(model))
            .annotate(score=compiler._build_rank_expression(compiler.get_search_vectors(), config))
        )
        to_pk = model._meta.pk.to_python
        scores = {}
        for object_id, score in entries.values_list("index_entry__object_id", "score"):
            pk = to_pk(object_id)
            scores[pk] = min(score, scores.get(pk, score))
        allowed = compiler.queryset.filter(
            pk__in=entries.values_list("index_entry__object_id", flat=True)
        ).values_list("pk", flat=True)
        self._ranked = sorted(
            ((pk, scores[pk]) for pk in allowed if pk in scores),
            key=lambda item: (item[1], -item[0]),
        )
        return self._ranked

    def _clone(self):
        clone = super()._clone()
        if hasattr(self, "_ranked"):
            clone._ranked = self._ranked
        return clone

    def _do_search(self):
        ranked = self.ranked()
        if ranked is None:
            return super()._do_search()
        page = ranked[self.start : self.stop]
        objects = self.query_compiler.queryset.in_bulk([pk for pk, _score in page])
        results = []
        for pk, score in page:
            if pk in objects:
                if self._score_field:
                    setattr(objects[pk], self._score_field, score)
                results.append(objects[pk])
        return results

    def _do_count(self):
        ranked = self.ranked()
        if ranked is None:
            return super()._do_count()
        return len(ranked[self.start : self.stop])


_classes = {}


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks up in a backend module
    """The backend modelsearch picks for the default database, cleaning its queries."""
    backend_class = type(database.SearchBackend(params))
    if backend_class not in _classes:
        attributes = {}
        if issubclass(backend_class, sqlite.SQLiteSearchBackend):
            attributes["results_class"] = RankedOnceResults
        _classes[backend_class] = type(
            f"Clean{backend_class.__name__}", (CleanQueries, backend_class), attributes
        )
    return _classes[backend_class](params)
