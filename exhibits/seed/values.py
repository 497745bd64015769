"""How the seed content becomes field values: titles of seeded files, localized field
names, body and source blocks, coordinates, and whether a seeded page is still as the
seed left it."""

import json
from decimal import Decimal

from django.utils.html import escape
from wagtail.fields import StreamField
from wagtail.rich_text import RichText

LANGUAGES = {"zh": "zh_hans", "en": "en"}


def image_title(title):
    """The seeded placeholder image's title, in both languages."""
    return f"{title['zh']}（占位图）· {title['en']} (placeholder)"


def narration_title(title, language):
    """The seeded synthetic narration's title, in both languages."""
    if language == "zh-hans":
        return f"{title['zh']} · 语音导览（合成占位录音，中文）· {title['en']} (Chinese narration)"
    return f"{title['zh']} · 语音导览（合成占位录音，英文）· {title['en']} (English narration)"


def _without_block_ids(value):
    if isinstance(value, dict):
        return {k: _without_block_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_block_ids(v) for v in value]
    return value


def seeded_state(page, names):
    """The values of the fields the seed writes, comparable across saves and revisions.

    Stream blocks get a fresh id each time they are built, so ids are left out.
    """
    state = {}
    for name in names:
        model_field = page._meta.get_field(name)
        value = model_field.value_from_object(page)
        if isinstance(model_field, StreamField):
            prepared = model_field.get_prep_value(value)
            value = _without_block_ids(
                json.loads(prepared) if isinstance(prepared, str) else prepared
            )
        elif isinstance(value, Decimal):  # the database pads 29.5589 to 29.558900
            value = f"{value.normalize():f}"
        state[name] = value
    return json.loads(json.dumps(state, default=str, sort_keys=True))


def untouched_since_seeding(page, names):
    """True when the live page is exactly what the seed loader last published.

    The loader publishes without a user; anything a curator does in the admin (save a draft,
    publish, submit, revert) makes a revision with their name. The field comparison also
    catches edits that bypassed revisions.
    """
    revision = page.latest_revision
    if revision is None or revision.user_id is not None:
        return False
    if page.has_unpublished_changes or page.live_revision_id != revision.pk:
        return False
    return seeded_state(page, names) == seeded_state(revision.as_object(), names)


def localized(name, values):
    """{"zh": a, "en": b} for field `name` -> {"name_zh_hans": a, "name_en": b}."""
    return {f"{name}_{suffix}": values.get(short, "") for short, suffix in LANGUAGES.items()}


def paragraph(text):
    return RichText(f"<p>{escape(text)}</p>")


def body_blocks(items):
    blocks = []
    for item in items:
        if isinstance(item, str):
            blocks.append(("paragraph", paragraph(item)))
        elif isinstance(item, tuple):  # a ready (block type, value) pair, e.g. a narration
            blocks.append(item)
        elif item["type"] == "timeline_event":
            blocks.append(
                (
                    "timeline_event",
                    {
                        "date_label": item["date_label"],
                        "year": item.get("year"),
                        "title": item["title"],
                        "description": paragraph(item["description"])
                        if item.get("description")
                        else RichText(""),
                    },
                )
            )
        elif item["type"] == "quote":
            blocks.append(
                ("quote", {k: item.get(k, "") for k in ("text", "attribution", "source")})
            )
        else:
            raise ValueError(f"Unknown seed body item type: {item['type']!r}")
    return blocks


def source_blocks(sources):
    """Seed sources as SourceBlock values. A seed "note" is research shorthand for
    curators, so it becomes the private curator note; an optional "public_note"
    ({"zh": ..., "en": ...}) is what visitors read."""
    return [
        (
            "source",
            {
                **{k: source.get(k, "") for k in ("title", "publisher", "url")},
                **localized("public_note", source.get("public_note", {})),
                "curator_note": source.get("curator_note", source.get("note", "")),
            },
        )
        for source in sources
    ]


def coordinate(value):
    return None if value is None else Decimal(str(value))
