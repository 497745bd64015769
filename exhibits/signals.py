"""Signal handlers: every page a visitor can stand in front of gets a QR code."""

from django.apps import apps
from django.db.models.signals import post_save

from exhibits.models.qr import QR_PAGE_MODELS, QRCode


def give_new_page_a_code(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        QRCode.for_page(instance)


def connect():
    for model_name in QR_PAGE_MODELS:
        post_save.connect(
            give_new_page_a_code,
            sender=apps.get_model("exhibits", model_name),
            dispatch_uid=f"qr-code-{model_name}",
        )
