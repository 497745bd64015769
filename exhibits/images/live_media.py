"""Images and documents that live pages show change only through review.

Curators upload media, choose it in drafts, and change or delete what no live page
shows. An image or document that a live page shows (as its main image, in a body block
or linked from rich text, in either language) may be changed or deleted
only by someone who may publish every such page: senior curators and superusers. That
holds whoever uploaded it, although Wagtail lets uploaders edit their own media.
Anyone else is told which pages show it and what to do instead: upload a new file,
choose it in a draft of the page and submit the draft, which then goes through review.

Wagtail's reference index says which pages refer to a file; a page's row holds its
published content (drafts live in revisions), so a reference from a live page is one
its visitors see.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import page_permission_policy, register_permission_policy

PAGES_NAMED = 5  # a refusal names this many pages, then counts the rest

IMAGE_REFUSAL = _(
    "The image “%(title)s” is shown on live pages: %(pages)s. Only a senior curator can "
    "change or delete it, because visitors would see the change without review. To show "
    "something else there, upload a new image, choose it in a draft of the page and "
    "submit the draft for review."
)
DOCUMENT_REFUSAL = _(
    "The document “%(title)s” is used on live pages: %(pages)s. Only a senior curator "
    "can change or delete it, because visitors would get the change without review. To "
    "offer something else there, upload a new document, choose it in a draft of the page "
    "and submit the draft for review."
)


def live_pages_using(obj):
    """Live pages whose published content refers to the image or document `obj`."""
    page_ids = (
        ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .annotate(page_id=Cast("object_id", models.BigIntegerField()))
        .values("page_id")
    )
    return Page.objects.live().filter(pk__in=page_ids)


def pages_out_of_reach(user, obj):
    """The live pages showing `obj` that `user` may not publish, in tree order.

    While there are any, a change to `obj` by `user` would reach visitors unreviewed.
    """
    if user is None or not user.is_active:
        return live_pages_using(obj).order_by("path")
    if user.is_superuser:
        return Page.objects.none()
    publishable = page_permission_policy.instances_user_has_permission_for(user, "publish")
    return live_pages_using(obj).exclude(pk__in=publishable.values("pk")).order_by("path")


def refusal(obj, pages, total):
    """Why `obj` cannot be changed, in the admin's language, naming `pages` (the first
    few of the `total` pages out of reach); empty when there are none."""
    if not total:
        return ""
    named = str(_(", ")).join(f"“{page.title}”" for page in pages[:PAGES_NAMED])
    if total > PAGES_NAMED:
        named = str(_("%(pages)s and %(count)s more")) % {
            "pages": named,
            "count": total - PAGES_NAMED,
        }
    message = DOCUMENT_REFUSAL if isinstance(obj, get_document_model()) else IMAGE_REFUSAL
    return str(message) % {"title": obj.title, "pages": named}


def refusal_for(user, obj):
    """The refusal for `user` changing `obj`, or "" when the change is theirs to make."""
    if obj.pk is None:
        return ""
    pages = pages_out_of_reach(user, obj)
    named = list(pages[: PAGES_NAMED + 1])
    total = pages.count() if len(named) > PAGES_NAMED else len(named)
    return refusal(obj, named, total)


class LiveMediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents (permissions by collection; uploaders
    may change their own), except that deleting a file a live page shows needs
    permission to publish that page.

    Changing is checked by the edit forms (which can say why) and bulk actions by the
    `before_bulk_action` hook; this covers every delete: the delete view, bulk delete,
    the multiple-upload delete, and the delete buttons Wagtail shows.
    """

    def user_has_any_permission_for_instance(self, user, actions, instance):
        allowed = super().user_has_any_permission_for_instance(user, actions, instance)
        if allowed and set(actions) == {"delete"}:
            return not pages_out_of_reach(user, instance).exists()
        return allowed


def register_policies():
    """Use LiveMediaPermissionPolicy for the image and document models.

    Registered for the exact classes, so it wins over the policies Wagtail's apps
    register for them whatever order the apps become ready in.
    """
    for model, auth_model in (
        (get_image_model(), "wagtailimages.Image"),
        (get_document_model(), "wagtaildocs.Document"),
    ):
        policy = LiveMediaPermissionPolicy(
            model, auth_model=auth_model, owner_field_name="uploaded_by_user"
        )
        register_permission_policy(model, policy, exact_class=True)
