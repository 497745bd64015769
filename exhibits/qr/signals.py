"""Signal handlers: every page a visitor can stand in front of gets a QR code once it
is published, never while it is only a draft.

A draft that autosave or "Save draft" created has no label to print, so it gets no
code and stays out of the scan report and the label sheets. Pages created already
live (seed content, copies kept live) get theirs at once.
"""

from django.db.models.signals import post_save
from wagtail.signals import page_published

from exhibits.models import QRCode, labelled_page_models


def give_new_live_page_a_code(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.live:
        QRCode.for_page(instance)


def give_published_page_a_code(sender, instance, **kwargs):
    """On every publish: make the code on the first one, and note where the page sits."""
    QRCode.for_page(instance).remember_place(instance)


def connect():
    for model in labelled_page_models():
        model_name = model._meta.model_name
        post_save.connect(
            give_new_live_page_a_code, sender=model, dispatch_uid=f"qr-code-{model_name}"
        )
        page_published.connect(
            give_published_page_a_code,
            sender=model,
            dispatch_uid=f"qr-code-publish-{model_name}",
        )
