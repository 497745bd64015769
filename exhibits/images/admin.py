"""The media library in the admin: bulk actions leave media that live pages show alone
unless the user may publish those pages (see ``live_media``)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from exhibits.images import live_media


@hooks.register("before_bulk_action")
def refuse_bulk_changes_to_live_media(request, action_type, objects, action):
    """Every bulk action on images or documents (delete, add to collection, add tags)
    changes them: refuse the whole action, naming what live pages show, if any is out
    of the user's reach. Deletion is also refused by the permission policy."""
    if action.model not in (get_image_model(), get_document_model()):
        return None
    refusals = [live_media.refusal_for(request.user, obj) for obj in objects]
    refusals = [text for text in refusals if text]
    if not refusals:
        return None
    messages.error(request, " ".join([_("Nothing was changed."), *refusals]))
    return redirect(action.next_url)
