"""Page slugs made from titles, as a curator would write them by hand.

Chinese characters become toneless pinyin, one syllable a word (美丰银行 → mei-feng-yin-hang),
with pypinyin's phrase dictionary choosing the reading of characters with several (重庆 →
chong-qing, 银行 → yin-hang). Everything else goes through Django's ASCII slugify, so a slug
never holds characters that a visitor would have to percent-encode. Pure: no model imports.
"""

from django.utils.text import slugify
from pypinyin import Style, lazy_pinyin

MAX_SLUG_LENGTH = 60
# What a page falls back to when its title has nothing a slug can be made of ("！！").
FALLBACK_SLUG = "page"


def romanise(text):
    """The text with every Chinese character replaced by its pinyin, each a separate word."""
    return " ".join(lazy_pinyin(text or "", style=Style.NORMAL, errors="default"))


def shorten(slug, max_length=MAX_SLUG_LENGTH):
    """Cut a slug to at most max_length characters, at a hyphen when one is near enough."""
    if len(slug) <= max_length:
        return slug
    head = slug[: max_length + 1]
    if "-" in head:
        head = head[: head.rindex("-")]
    return head[:max_length].strip("-")


def slug_from_title(title, max_length=MAX_SLUG_LENGTH):
    """The slug for a title in any language: pinyin for Chinese, ASCII, short. May be ''."""
    return shorten(slugify(romanise(title)), max_length)


def unique_slug(base, taken, max_length=MAX_SLUG_LENGTH):
    """base, or base-2, base-3 ... : the first one not in taken, never over max_length."""
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = shorten(base, max_length - len(suffix)) + suffix
        if candidate not in taken:
            return candidate
        number += 1


def taken_slugs(sibling_slugs, languages, default):
    """{language: slugs the siblings answer to in it}, from rows of {language: stored slug}.

    A sibling with no slug in a language answers to its default-language slug there, as
    wagtail-modeltranslation routes it.
    """
    taken = {language: set() for language in languages}
    for row in sibling_slugs:
        for language in languages:
            slug = row.get(language) or row.get(default)
            if slug:
                taken[language].add(slug)
    return taken


def fill_slugs(slugs, titles, taken, default):
    """The page's slugs with the empty ones made from the titles in the same language.

    slugs and titles map each language to the page's stored value; taken maps each language
    to the slugs its siblings answer to (see taken_slugs). A language other than the default
    keeps an empty slug when its title is empty too, so it falls back to the default one; the
    default-language slug is always filled, from its title or else from any other title.
    """
    result = dict(slugs)
    others = [language for language in slugs if language != default]
    for language in others:
        if not result.get(language) and (titles.get(language) or "").strip():
            base = slug_from_title(titles[language])
            if base:
                result[language] = unique_slug(base, taken.get(language, set()))
    if not result.get(default):
        candidates = (slug_from_title(titles.get(language)) for language in [default, *others])
        base = next((slug for slug in candidates if slug), FALLBACK_SLUG)
        avoid = set(taken.get(default, set()))
        for language in others:
            if not result.get(language):  # the default slug stands in for this language too
                avoid |= taken.get(language, set())
        result[default] = unique_slug(base, avoid)
    return result
