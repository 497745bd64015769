"""The image model: Wagtail's image with alt text in both languages and a credit line."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition


class MuseumImage(AbstractImage):
    """An uploaded image. Its description is the alt text, kept in both languages.

    Curators upload and edit these in the admin's image library.
    """

    credit = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("credit"),
        help_text=_("Photographer, archive or lender, shown under the image."),
    )
    is_placeholder = models.BooleanField(
        default=False,
        verbose_name=_("placeholder"),
        help_text=_("Tick for a stand-in image; visitors see it labelled as a placeholder."),
    )

    # The language columns are listed one by one: modeltranslation does not
    # patch Wagtail's image forms the way it patches page forms.
    admin_form_fields = (
        "title",
        "file",
        "description_zh_hans",
        "description_en",
        "credit_zh_hans",
        "credit_en",
        "is_placeholder",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class MuseumRendition(AbstractRendition):
    """A resized copy of a MuseumImage (WebP, AVIF, thumbnails)."""

    image = models.ForeignKey(MuseumImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
