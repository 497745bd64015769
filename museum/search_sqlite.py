"""Search results on SQLite ranked with one pass of the full-text index.

modelsearch ranks by relevance with a correlated subquery: for every matching page it
runs the full-text match again to read that page's score, so a search matching most of
10,000 exhibits took minutes in the admin's page search. ``RankedOnceResults`` reads
every match's score in one pass of the index instead, keeps those the searched
queryset allows (a second, uncorrelated pass), sorts them in Python and loads only the
pages of the requested slice. The order is the same: bm25 score (lower is better), then
the newest page first.

Imported only when the database is SQLite (museum/search_backend.py): modelsearch's
SQLite module looks up its FTS model on import, which other databases do not have.
"""

from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


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
