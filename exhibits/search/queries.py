"""The visitor search: candidates from the full-text index, ranked by where the words
appear in either language, with the museum or trail each result belongs to.

A query costs the same whatever the number of pages that match: one query to the index
(FTS5 on SQLite, GIN-indexed tsvectors on PostgreSQL: modelsearch's own index, kept by
Wagtail on every publish) yields the best SEARCH_CANDIDATES live, public pages; one
more reads their stored search documents (text and stemmed words, worked out when each
page was saved), which are scored here; only the pages on the result page shown are
loaded as pages.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import QuerySet
from django.db.models.functions import Greatest
from wagtail.models import Page
from wagtail.search.query import PlainText

from exhibits.models import BasePage, places_of
from exhibits.search.index import best_pages, findable_pages
from exhibits.search_terms import CJK_RUN, english_terms, suggest_text

SEARCH_CANDIDATES = 200


@dataclass
class SearchHit:
    pk: int
    page_type: type
    document: dict  # the page's stored search document (see page_search.py)
    score: int
    page: Page | None = None  # loaded when the hit is shown, as a Page (not its type)
    context: Page | None = None  # the museum or trail the page belongs to


def _contains(text, terms, fragment, fragment_terms):
    """Chinese fragments match anywhere; English words match whole words, stemmed."""
    if CJK_RUN.fullmatch(fragment):
        return fragment in text
    return bool(fragment_terms) and fragment_terms[0] in terms


def _score(document, fragments):
    """Title matches first (a title that is the query itself best), then the
    introduction, then the body; in either language. Reads the page's search document,
    stored when it was saved: nothing is stemmed here but the query."""
    score = 0
    fragment_terms = {fragment: english_terms(fragment) for fragment in fragments}
    for part in document.values():
        title = part["title"]
        for fragment in fragments:
            terms = fragment_terms[fragment]
            in_title = _contains(title, part["title_terms"], fragment, terms)
            score += 10 * in_title + 10 * (in_title and title.startswith(fragment))
            score += 3 * _contains(part["intro"], part["intro_terms"], fragment, terms)
            score += _contains(part["body"], part["body_terms"], fragment, terms)
    return score


def _documents(rows):
    """{page id: (page type, stored search document)} for (page id, content type id)
    rows, in one query whatever the number of page types among them."""
    ids_by_type = {}
    for pk, content_type in rows:
        ids_by_type.setdefault(content_type, []).append(pk)
    queries = []
    for content_type, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type).model_class()
        if model is not None and issubclass(model, BasePage):
            # A plain QuerySet: modeltranslation's would post-process every row.
            queries.append(
                QuerySet(model)
                .filter(pk__in=ids)
                .order_by()
                .values_list("pk", "content_type", "search_document")
            )
    if not queries:
        return {}
    documents = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
    found = {
        pk: (ContentType.objects.get_for_id(content_type).model_class(), document)
        for pk, content_type, document in documents
    }
    # A page saved before search documents were stored has none yet: built here, once
    # per such page, until it is saved again.
    unbuilt = [pk for pk, (_model, document) in found.items() if not document]
    if unbuilt:
        for page in Page.objects.filter(pk__in=unbuilt).specific():
            found[page.pk] = (type(page), page.build_search_document())
    return found


class SearchResults:
    """The ranked hits of a search: a sequence for the paginator. Slicing it loads the
    pages of the hits in the slice (and their museum or trail), in a few queries."""

    def __init__(self, hits):
        self.hits = hits

    def __len__(self):
        return len(self.hits)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._loaded(self.hits[index])
        return self._loaded([self.hits[index]])[0]

    def __iter__(self):
        return iter(self._loaded(self.hits))

    def __bool__(self):
        return bool(self.hits)

    @staticmethod
    def _loaded(hits):
        missing = {hit.pk: hit for hit in hits if hit.page is None}
        if missing:
            # Title, URL and type are all a result shows; its text is in the document.
            for page in Page.objects.filter(pk__in=missing):
                missing[page.pk].page = page
            contexts = places_of(hit.page for hit in missing.values())
            for hit in missing.values():
                hit.context = contexts.get(hit.pk)
        # A page deleted since the search was made is left out.
        return [hit for hit in hits if hit.page is not None]


def search_pages(query):
    """Live, public visitor pages matching every token of a parsed query, best first."""
    if query.is_empty:
        return SearchResults([])
    rows = best_pages(PlainText(" ".join(query.terms), operator="and"), SEARCH_CANDIDATES)
    documents = _documents(rows)
    hits = []
    order = {}
    for rank, (pk, _content_type) in enumerate(rows):
        if pk in documents:
            page_type, document = documents[pk]
            order[pk] = rank
            hits.append(SearchHit(pk, page_type, document, _score(document, query.fragments)))
    # Among equals: places before the exhibits and stops about them, then the
    # shorter title (the closer match), then the index's own order.
    hits.sort(
        key=lambda hit: (
            -hit.score,
            hit.page_type.search_rank,
            len(hit.document.get("zh_hans", {}).get("title", "")),
            order[hit.pk],
        )
    )
    return SearchResults(hits)


def suggest_pages(text, limit=8):
    """Titles for the search box: prefix matches, then (on PostgreSQL) near misses."""
    text = suggest_text(text)
    if not text:
        return []
    findable = findable_pages()  # its restrictions are read once, for both queries
    ids = [
        pk for pk, _content_type in best_pages(text, limit, autocomplete=True, findable=findable)
    ]
    pages = Page.objects.in_bulk(ids)
    found = [pages[pk] for pk in ids if pk in pages]
    if len(found) < limit and connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity  # needs psycopg

        near = (
            findable.exclude(pk__in=ids)
            .annotate(
                similarity=Greatest(
                    TrigramSimilarity("title_zh_hans", text), TrigramSimilarity("title_en", text)
                )
            )
            .filter(similarity__gt=0.2)
            .order_by("-similarity")
        )
        found += list(near[: limit - len(found)])
    return found
