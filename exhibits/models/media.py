"""The image model: Wagtail's image with alt text in both languages and a credit line.

Renditions (every image a visitor downloads) carry no metadata from the camera:
Willow copies the original's EXIF block, GPS position and camera serial
included, into JPEG and PNG renditions, and Pillow copies a JPEG's comment.
"""

import os

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.image_operations import FilterOperation
from wagtail.images.models import AbstractImage, AbstractRendition, Filter

# Image info that changes how the pixels look or play; every other key (EXIF, XMP,
# IPTC, comments, PNG text chunks) stays out of renditions.
RENDITION_IMAGE_INFO = frozenset(
    {"icc_profile", "transparency", "background", "duration", "loop", "disposal", "blend"}
)


def visible_name(name, stem):
    """A file name that does not start with a dot, or it would be a hidden file.

    Wagtail names a rendition "<original name cut to fit>.<focal key>.<spec>.<ext>"
    within 60 characters, and a spec as long as the kiosk's
    "fill-1920x1080-c50|format-webp|webpquality-80" leaves no room for the name: the
    file became ".2e16d0ba.fill-1920x1080-c50.format-webp.webpquality-80.webp", which
    a proxy that denies dotfiles refuses. Such a name gets the first characters of
    `stem` (the original's name) in front.
    """
    if not name.startswith("."):
        return name
    return (stem.lstrip(".")[:12] or "image") + name


class StripMetadataOperation(FilterOperation):
    """The last step of every rendition: forget the original's metadata before saving.

    Runs after Wagtail has applied the EXIF orientation, so a photo taken on its
    side still comes out upright. Works on Pillow images; an SVG has no such data.
    """

    def construct(self):
        pass

    def run(self, willow, image, env):
        info = getattr(getattr(willow, "image", None), "info", None)
        if isinstance(info, dict):
            for key in info.keys() - RENDITION_IMAGE_INFO:
                del info[key]
        return willow


class CleanFilter(Filter):
    """Wagtail's filter for a spec, ending with StripMetadataOperation."""

    @property
    def filter_operations(self):
        return [*super().filter_operations, StripMetadataOperation("strip-metadata")]


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

    def get_upload_to(self, filename):
        """Wagtail's original_images/<name>, never a hidden file (".jpg" becomes "image.jpg")."""
        return super().get_upload_to(visible_name(filename, "image"))

    def generate_rendition_file(self, filter, *, source=None):
        """Every rendition, however it is asked for, is made without the camera's metadata,
        under a name that is not a hidden file (see ``visible_name``)."""
        rendition_file = super().generate_rendition_file(
            CleanFilter(spec=filter.spec), source=source
        )
        stem = os.path.splitext(os.path.basename(self.file.name))[0]
        rendition_file.name = visible_name(rendition_file.name, stem)
        return rendition_file

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class MuseumRendition(AbstractRendition):
    """A resized copy of a MuseumImage (WebP, AVIF, thumbnails)."""

    image = models.ForeignKey(MuseumImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
