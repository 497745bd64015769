"""Saving a checked plan: each changed row as a new draft revision, each new row as an
unpublished page with its first revision, all in one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.log_actions import log

from exhibits.bulk.plan import CREATE, LANGUAGES, error_messages, fill_slugs
from exhibits.models.page_slugs import slug_field


class ImportFailed(Exception):
    """Saving a row failed after its dry run passed; nothing was saved."""

    def __init__(self, line, messages):
        super().__init__(line, messages)
        self.line = line
        self.messages = messages


@transaction.atomic
def apply_plan(plan, user):
    """Save every changed row as a draft revision; all or nothing."""
    if not plan.can_import:
        raise ValueError("Only a plan without errors can be imported.")
    for row in plan.changes:
        page = row.page
        try:
            if row.action == CREATE:
                page.live = False
                page.has_unpublished_changes = True
                page.owner = user
                for code in LANGUAGES:  # filled again: earlier rows may have taken a slug
                    setattr(page, slug_field(code), "")
                fill_slugs(page, row.parent)
                row.parent.add_child(instance=page)
                page.save_revision(user=user, log_action=False)
                log(instance=page, action="wagtail.create", user=user)
            else:
                page.save_revision(user=user, log_action=True)
        except ValidationError as error:
            raise ImportFailed(row.line, error_messages(type(page), error)) from error
    return plan.counts
