"""Glossary terms in text, without models: the first use of each term in a page's
rendered HTML is marked (visitor pages), and English variants a curator should not use
are found in a page's English (the pre-publish check). The glossary snippet
(exhibits.models.glossary) hands its terms over as plain values.
"""

import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

# Elements whose text is never marked: links and buttons (a mark inside would nest
# interactive content), headings and summaries (a note inside would break them), code,
# form controls, media and embedded documents.
UNMARKED_ELEMENTS = {
    "a",
    "abbr",
    "audio",
    "button",
    "code",
    "dfn",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "kbd",
    "label",
    "math",
    "option",
    "pre",
    "samp",
    "script",
    "select",
    "style",
    "summary",
    "svg",
    "template",
    "textarea",
    "title",
    "video",
}
RAW_TEXT_ELEMENTS = {"script", "style"}
# A capitalised word just before a capitalised English form makes it part of a longer
# name: "Bank of China" in "the Imperial Bank of China" is another bank.
NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
SENTENCE_ENDS = ".!?:;'\"‘“(—–"
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


@dataclass(frozen=True)
class Gloss:
    """One term as a visitor page shows it: its anchor on the glossary page, both
    forms, and the note in the page's language."""

    slug: str
    chinese: str
    english: str
    note: str = ""


def english_pattern(text):
    """A regular expression for an English form: whole words, any case, any run of
    spaces between words, and a plural (money shop → money shops)."""
    words = [re.escape(word) for word in text.split()]
    return r"(?<![\w-])" + r"\s+".join(words) + r"(?:e?s)?(?![\w-])"


def contains_english(text, form):
    return bool(form.strip()) and re.search(english_pattern(form), text, re.IGNORECASE) is not None


def variants_found(chinese_text, english_text, terms):
    """(term, variant) for each term whose Chinese is in ``chinese_text`` and whose
    variant is in ``english_text``.

    ``terms`` are (term, chinese, english, variants) tuples, the variants plain strings.
    A variant that is the approved English of another term whose Chinese is also in the
    text is that term's rightful use (金融法庭 "financial tribunal" beside 金融审判庭),
    so it is not reported.
    """
    present = [entry for entry in terms if entry[1] and entry[1] in (chinese_text or "")]
    approved_here = {entry[2].strip().lower() for entry in present}
    found = []
    for term, _chinese, _english, variants in present:
        for variant in variants:
            if variant.strip().lower() in approved_here:
                continue
            if contains_english(english_text or "", variant):
                found.append((term, variant))
    return found


def term_pattern(glosses):
    """One regular expression matching any form of any gloss, longest forms first, with
    the index of the gloss as the name of the group that matched."""
    alternatives = []
    for index, gloss in enumerate(glosses):
        if gloss.chinese:
            alternatives.append((len(gloss.chinese), f"(?P<c{index}>{re.escape(gloss.chinese)})"))
        if gloss.english.strip():
            pattern = english_pattern(gloss.english)
            alternatives.append((len(gloss.english), f"(?P<e{index}>{pattern})"))
    if not alternatives:
        return None
    alternatives.sort(key=lambda item: -item[0])
    return re.compile("|".join(pattern for _length, pattern in alternatives), re.IGNORECASE)


class GlossMarker(HTMLParser):
    """Copies HTML through, marking the first use of each gloss in text outside
    UNMARKED_ELEMENTS with ``render(gloss, escaped_text)``."""

    def __init__(self, glosses, render):
        super().__init__(convert_charrefs=True)
        self.glosses = list(glosses)
        self.render = render
        self.pattern = term_pattern(self.glosses)
        self.marked = set()
        self.open_elements = []
        self.out = []

    @property
    def in_unmarked(self):
        return any(tag in UNMARKED_ELEMENTS for tag in self.open_elements)

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag not in VOID_ELEMENTS:
            self.open_elements.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag in self.open_elements:
            while self.open_elements.pop() != tag:
                pass

    def handle_data(self, data):
        if self.open_elements and self.open_elements[-1] in RAW_TEXT_ELEMENTS:
            self.out.append(data)
        elif self.pattern is None or self.in_unmarked or len(self.marked) == len(self.glosses):
            self.out.append(escape(data, quote=False))
        else:
            self.out.append(self.mark(data))

    def mark(self, data):
        pieces, position = [], 0
        for match in self.pattern.finditer(data):
            index = int(match.lastgroup[1:])
            if index in self.marked or self.inside_longer_name(match, data):
                continue
            self.marked.add(index)
            pieces.append(escape(data[position : match.start()], quote=False))
            pieces.append(self.render(self.glosses[index], escape(match.group(), quote=False)))
            position = match.end()
        pieces.append(escape(data[position:], quote=False))
        return "".join(pieces)

    def inside_longer_name(self, match, data):
        if not match.lastgroup.startswith("e") or not match.group()[:1].isupper():
            return False
        before = data[: match.start()]
        name = NAME_BEFORE.search(before)
        if name is None:
            return False
        # A capitalised word opening a sentence ("Down Datong Street") is not a name.
        opening = before[: name.start()].rstrip()
        return bool(opening) and opening[-1] not in SENTENCE_ENDS

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def mark_first_uses(html, glosses, render):
    """``html`` with the first use of each gloss (its Chinese or its English form)
    replaced by ``render(gloss, escaped_text)``; text is re-escaped on the way."""
    glosses = list(glosses)
    if not glosses or not html:
        return html
    marker = GlossMarker(glosses, render)
    marker.feed(str(html))
    marker.close()
    return "".join(marker.out)
