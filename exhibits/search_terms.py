"""Chinese-aware bilingual search.

Neither SQLite's FTS5 nor PostgreSQL's text search splits a run of Chinese
characters into words, so 美丰 would not find 美丰银行柜台. Each page therefore
indexes its Chinese text as overlapping character pairs (bigrams) plus single
characters, and a query is cut the same way and matched with AND: any fragment
of two or more characters finds its page, on either database.

English text is lower-cased and stemmed here (Snowball: PyStemmer's C stemmer where it is
installed, through snowballstemmer, with each word's stem remembered), so "banks" finds
"banking" on both databases alike. A page without English text indexes no
English words at all, so it cannot match an English query by accident.

For the admin's page search, which matches prefixes, the Chinese title and
introduction are also indexed as all their suffixes: any fragment is then the
prefix of one of them.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
SUGGEST_TOKEN = re.compile(rf"{CJK_RUN.pattern}|[a-z0-9]+")
MAX_QUERY_LENGTH = 100  # characters considered; longer input is cut, never rejected
# Control characters (NUL and the like) are never typed into a search box, and
# PostgreSQL refuses text that holds NUL: a query with any is refused.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MAX_TERMS = 12
SUFFIX_LENGTH = 8


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem(word):
    """The Snowball stem of one lower-case word; a text's words repeat, so each is stemmed once."""
    return _stemmer().stemWord(word)


def english_terms(text):
    """Lower-cased, stemmed words (and numbers) of a text, in order."""
    return [term for word in WORD.findall((text or "").lower()) if (term := stem(word))]


def cjk_grams(text):
    """Single characters and overlapping pairs of every run of Chinese characters."""
    grams = []
    for run in CJK_RUN.findall(text or ""):
        grams.extend(run)
        grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def cjk_suffixes(text):
    suffixes = []
    for run in CJK_RUN.findall(text or ""):
        suffixes.extend(run[i : i + SUFFIX_LENGTH] for i in range(len(run)))
    return suffixes


def unique(items):
    return list(dict.fromkeys(items))


@dataclass
class SearchQuery:
    """What a visitor typed, cut into the tokens the index holds."""

    text: str
    cjk_terms: list = field(default_factory=list)
    english_terms: list = field(default_factory=list)
    fragments: list = field(default_factory=list)  # for highlighting: runs and words as typed

    @property
    def terms(self):
        return unique(self.cjk_terms + self.english_terms)[:MAX_TERMS]

    @property
    def is_empty(self):
        return not self.terms


def has_control_characters(text):
    """Whether the text holds a control character other than tab and line breaks."""
    return bool(CONTROL_CHARACTERS.search(text or ""))


def parse_query(raw):
    """Tokens for a query: Chinese runs become pairs (a lone character stays as it is),
    words are stemmed; symbols and anything past MAX_QUERY_LENGTH are dropped."""
    text = " ".join((raw or "")[:MAX_QUERY_LENGTH].split())
    query = SearchQuery(text=text)
    for run in CJK_RUN.findall(text):
        query.fragments.append(run)
        if len(run) == 1:
            query.cjk_terms.append(run)
        else:
            query.cjk_terms.extend(run[i : i + 2] for i in range(len(run) - 1))
    words = [word for word in WORD.findall(text.lower()) if len(word) > 1 or word.isdigit()]
    query.fragments.extend(words)
    query.english_terms = [term for word in words if (term := stem(word))]
    return query


def suggest_text(raw):
    """What the search box holds, as the autocomplete index's words in the order typed
    (the last one is taken as a prefix): Chinese runs and lower-case words; symbols,
    quotes and anything past MAX_QUERY_LENGTH dropped."""
    text = (raw or "")[:MAX_QUERY_LENGTH].lower()
    return " ".join(match.group(0) for match in SUGGEST_TOKEN.finditer(text))


SNIPPET_RADIUS = 45


def _highlight(text, fragments):
    """Escape a text and wrap each fragment (and stemmed English forms) in <mark>."""
    patterns = []
    for fragment in sorted(set(fragments), key=len, reverse=True):
        if CJK_RUN.fullmatch(fragment):
            patterns.append(re.escape(fragment))
        else:
            patterns.append(rf"\b{re.escape(stem(fragment.lower()))}\w*")
    if not patterns:
        return escape(text)
    pattern = re.compile("|".join(patterns), re.IGNORECASE)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(format_html("<mark>{}</mark>", match.group(0)))
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(str(piece) for piece in pieces))  # noqa: S308 -- every piece escaped above


def snippet(document, fragments, language, title=""):
    """A short passage of a page, from its search document (see
    exhibits/models/page_search.py), around the first match, with matches marked;
    ``title`` stands in for a page without text."""
    english = document["en"]
    suffix = (
        "en"
        if language == "en" and any(english[n] for n in ("title", "intro", "body"))
        else "zh_hans"
    )
    part = document[suffix]
    text = " ".join(text for text in (part["intro"], part["body"]) if text) or title
    lowered = text.lower()
    positions = [lowered.find(fragment.lower()) for fragment in fragments]
    positions = [position for position in positions if position >= 0]
    start = max(0, (min(positions) if positions else 0) - SNIPPET_RADIUS)
    end = start + 2 * SNIPPET_RADIUS + 40
    passage = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    return _highlight(passage, fragments)
