"""How one language's StreamField relates to the other's. Pure: no model imports.

A curator may copy the Chinese body into an empty English body (exhibits.editorial) so
that its images, audio and documents are chosen once; the translator then replaces
the text. Until every copied passage is replaced, the English body is an
untranslated copy and visitors are told the English version is being prepared.
"""

import re

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Keys of a stream's raw data that hold structure, not text a visitor reads.
STRUCTURE_KEYS = frozenset({"type", "id"})


def text_passages(raw):
    """Every string in a stream's raw data that contains Chinese characters."""
    if isinstance(raw, str):
        return {raw.strip()} if CJK.search(raw) else set()
    if isinstance(raw, dict):
        return set().union(
            *(text_passages(value) for key, value in raw.items() if key not in STRUCTURE_KEYS)
        )
    if isinstance(raw, (list, tuple)):
        return set().union(*(text_passages(value) for value in raw))
    return set()


def raw_stream(value):
    """A StreamValue's raw data (a list of block dicts), or the value if already raw."""
    if value is None:
        return []
    raw = getattr(value, "raw_data", value)
    return list(raw)


def is_untranslated_copy(translation, original):
    """True when the translation still holds any Chinese passage of the original verbatim."""
    copied = text_passages(raw_stream(translation)) & text_passages(raw_stream(original))
    return bool(copied)
