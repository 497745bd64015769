"""A page's search document: its text in each language, split into title, introduction
and the rest, with the stemmed English words of each, stored on saving (BasePage.save)
so that ranking and snippets never stem page text on a request."""

from exhibits.search_terms import cjk_grams, english_terms, unique

SEARCH_SUFFIXES = ("zh_hans", "en")


class SearchDocumentMixin:
    """Builds and reads ``search_document``; the index's search text comes from it too."""

    def build_search_document(self):
        """The page's text in each language as title, intro and the rest, each with its
        stemmed English words: what ranking and snippets read, worked out once on saving
        rather than on every search."""
        document = {}
        for suffix in SEARCH_SUFFIXES:
            texts = self.texts_in(suffix)
            title = getattr(self, f"title_{suffix}") or ""
            intro = getattr(self, f"intro_{suffix}") or ""
            rest = texts[(1 if title else 0) + (1 if intro else 0) :]
            parts = {"title": title, "intro": intro, "body": " ".join(rest)}
            document[suffix] = {
                **parts,
                **{f"{name}_terms": unique(english_terms(text)) for name, text in parts.items()},
            }
        return document

    def searchable(self):
        """The stored search document, or a fresh one for a page saved before it existed."""
        return self.search_document or self.build_search_document()

    def search_text_zh(self):
        part = self.searchable()["zh_hans"]
        text = " ".join(part[name] for name in ("title", "intro", "body") if part[name])
        terms = [term for name in ("title", "intro", "body") for term in part[f"{name}_terms"]]
        return " ".join(unique(cjk_grams(text) + terms))

    def search_text_en(self):
        part = self.searchable()["en"]
        return " ".join(
            unique(term for name in ("title", "intro", "body") for term in part[f"{name}_terms"])
        )
