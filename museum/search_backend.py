"""Wagtail's database search backend, with what people type made safe for the database.

Wagtail (modelsearch) wraps each search term in double quotes for SQLite's FTS5 but
leaves a double quote inside a term as it is, so one `"` in the admin's image or
document search is an FTS5 syntax error (a 500); PostgreSQL refuses any text with a
NUL character. Neither a quote nor a control character is ever part of an indexed
word, so both become spaces before any query is built, on every search: the admin's
listings, the visitor search and its suggestions. Settings name this module as the
backend; it hands out the backend Wagtail would choose, with that cleaning added.

On SQLite, the results rank in one pass of the full-text index
(``museum/search_sqlite.py``), imported only there: modelsearch's SQLite module
needs the FTS model, which other databases do not have.
"""

import copy
import re

from modelsearch.backends import database
from modelsearch.query import And, Boost, Not, Or

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


_classes = {}


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks up in a backend module
    """The backend modelsearch picks for the default database, cleaning its queries."""
    backend_class = type(database.SearchBackend(params))
    if backend_class not in _classes:
        attributes = {}
        if backend_class.__module__.endswith(".sqlite.sqlite"):
            from museum.search_sqlite import RankedOnceResults

            attributes["results_class"] = RankedOnceResults
        _classes[backend_class] = type(
            f"Clean{backend_class.__name__}", (CleanQueries, backend_class), attributes
        )
    return _classes[backend_class](params)
