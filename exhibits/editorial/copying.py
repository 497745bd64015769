"""Copy a page's Chinese body into its empty English body, as a new draft.

Every image, audio file and document block comes across already chosen; the
translator replaces the Chinese text. exhibits.bilingual tells visitors' pages
when copied Chinese text is still there.
"""

import uuid

from modeltranslation.utils import build_localized_fieldname

from exhibits.models.base import is_blank

SOURCE = build_localized_fieldname("body", "zh-hans")
TARGET = build_localized_fieldname("body", "en")


def latest_draft(page):
    return page.get_latest_revision_as_object() if page.latest_revision_id else page


def can_copy_body(page):
    """True when the page's latest draft has a Chinese body and an empty English one."""
    if not hasattr(page, TARGET):
        return False
    draft = latest_draft(page)
    return is_blank(getattr(draft, TARGET)) and not is_blank(getattr(draft, SOURCE))


def fresh_ids(raw):
    """The stream's raw data with new block ids, so comments and diffs tell the copies apart."""
    if isinstance(raw, list):
        return [fresh_ids(item) for item in raw]
    if isinstance(raw, dict):
        copied = {key: fresh_ids(value) for key, value in raw.items()}
        if "id" in copied and "type" in copied:
            copied["id"] = str(uuid.uuid4())
        return copied
    return raw


def copy_body(page, user):
    """Save a new draft revision whose English body copies the Chinese one; False if not empty."""
    if not can_copy_body(page):
        return False
    draft = latest_draft(page)
    setattr(draft, TARGET, fresh_ids(list(getattr(draft, SOURCE).raw_data)))
    draft.save_revision(user=user, log_action=True)
    return True
