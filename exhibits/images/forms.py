"""The image and document forms of the admin's media library.

Images: a pixel limit stated in the help text, and alt text in both languages, which
visitors who cannot see the image rely on. Both: a file that live pages show is changed
only by someone who may publish those pages (see ``live_media``).
"""

import logging

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from exhibits.images import live_media

logger = logging.getLogger("museum.media")


def megapixels(pixels):
    """Pixels as megapixels, one decimal: 39_690_000 -> "39.7"."""
    return f"{pixels / 1_000_000:.1f}".removesuffix(".0")


class MuseumImageFileField(WagtailImageField):
    """Wagtail's image file field, refusing images over WAGTAILIMAGES_MAX_IMAGE_PIXELS
    with a message a curator can act on, in the curator's language.

    The size comes from the file's header (Pillow opens lazily): a refused file is
    never decoded. Every frame of an animation (GIF, WebP, APNG) counts. A file too
    large even for Pillow's decompression-bomb check gets the same message. A file
    within the limit is decoded once, so that a damaged or truncated one is refused
    with a message rather than failing when it is saved.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.help_text = _(
            "%(formats)s At most %(megapixels)s megapixels (for example 6000 × 4000 pixels): "
            "larger photos are refused, so reduce them before uploading."
        ) % {"formats": self.help_text, "megapixels": megapixels(self.max_image_pixels)}

    def too_many_pixels(self, width=None, height=None, frames=1):
        if width is None:
            message = _(
                "This image has too many pixels to open safely. Images may have at most "
                "%(limit)s megapixels (for example 6000 × 4000 pixels): reduce it and "
                "upload it again."
            )
        elif frames > 1:
            message = _(
                "This animation has %(frames)s frames of %(width)s × %(height)s pixels, "
                "%(megapixels)s megapixels in all: every frame counts. Images may have at "
                "most %(limit)s megapixels: use fewer or smaller frames, or a still image."
            )
        else:
            message = _(
                "This image is %(width)s × %(height)s pixels (%(megapixels)s megapixels). "
                "Images may have at most %(limit)s megapixels (for example 6000 × 4000 "
                "pixels): reduce it and upload it again."
            )
        logger.warning(
            "Upload refused: image of %sx%s pixels in %s frames over the limit of %s",
            width,
            height,
            frames,
            self.max_image_pixels,
        )
        return ValidationError(
            message,
            code="file_too_many_pixels",
            params={
                "width": width,
                "height": height,
                "frames": frames,
                "megapixels": megapixels((width or 0) * (height or 0) * frames),
                "limit": megapixels(self.max_image_pixels),
            },
        )

    def damaged(self):
        logger.warning("Upload refused: the image file is damaged or incomplete")
        return ValidationError(
            _(
                "This image file is damaged or incomplete (perhaps the upload or the copy "
                "was cut off), so it cannot be opened. Save it again from the original "
                "and upload the new file."
            ),
            code="file_damaged",
        )

    def check_image_pixel_size(self, f):
        # Willow's get_size() loads every pixel before Wagtail compares; Pillow's
        # open() reads only the header.
        source = f.image.f
        try:
            source.seek(0)
            with PILImage.open(source) as header:
                width, height = header.size
                frames = getattr(header, "n_frames", 1)
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
            raise self.too_many_pixels() from None
        except OSError:
            return super().check_image_pixel_size(f)  # a format Pillow cannot read
        finally:
            source.seek(0)
        if width * height * frames > self.max_image_pixels:
            raise self.too_many_pixels(width, height, frames)

    def check_image_decodes(self, f):
        """Decode the first frame once: a truncated file would otherwise pass the header
        checks and fail when Django reads its size to save it (a 500)."""
        source = f.image.f
        try:
            source.seek(0)
            with PILImage.open(source) as image:
                image.draft(image.mode, (1, 1))  # JPEG: decode every byte at 1/8 scale
                image.load()
        except (PILImage.UnidentifiedImageError, NotImplementedError):
            return  # a format Pillow cannot read: Wagtail's own checks apply
        except (OSError, SyntaxError, ValueError, EOFError):
            raise self.damaged() from None
        finally:
            source.seek(0)

    def to_python(self, data):
        try:
            f = super().to_python(data)
        except ValidationError as error:
            # Pillow refuses to open a file far past its own limit; say why.
            if isinstance(error.__cause__, PILImage.DecompressionBombError):
                raise self.too_many_pixels() from None
            raise
        if f is not None:
            self.check_image_decodes(f)
        return f


class LiveMediaFormMixin:
    """Refuses to save an image or document that live pages show when the user may not
    publish those pages, naming them; ``live_media_refusal`` is also shown above the
    edit form before any change is tried.

    Every admin path that changes a file's fields goes through these forms: the edit
    view (title, alt text, credit, collection, tags, focal point, a replacement file),
    the multiple-upload edit step and the (unmounted) v3 API. Wagtail passes the user.
    """

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, user=user, **kwargs)

    @cached_property
    def live_media_refusal(self):
        return live_media.refusal_for(self.user, self.instance)

    def clean(self):
        cleaned_data = super().clean()
        if self.live_media_refusal:
            self.add_error(None, ValidationError(self.live_media_refusal, code="live_media"))
        return cleaned_data


class MuseumDocumentForm(LiveMediaFormMixin, BaseDocumentForm):
    """The document edit form (audio, video, captions, PDFs): Wagtail's, with the
    live-media rule."""


class MuseumImageForm(LiveMediaFormMixin, BaseImageForm):
    """The image edit form: alt text is required in every language.

    The first step of a multiple upload carries no alt-text fields and is not
    held to this; the edit step that follows is.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        file_field = self.fields.get("file")
        if file_field is not None and not isinstance(file_field, MuseumImageFileField):
            self.fields["file"] = MuseumImageFileField(
                label=file_field.label, required=file_field.required, widget=file_field.widget
            )
        for code, name in settings.LANGUAGES:
            field = self.fields.get(build_localized_fieldname("description", code))
            if field is not None:
                field.label = _("Alt text (%(language)s)") % {"language": name}
                field.help_text = _(
                    "What the image shows, for visitors who use a screen reader. "
                    "Required in every language."
                )
            field = self.fields.get(build_localized_fieldname("credit", code))
            if field is not None:
                field.label = _("Credit (%(language)s)") % {"language": name}

    def clean(self):
        cleaned_data = super().clean()
        for code, name in settings.LANGUAGES:
            field_name = build_localized_fieldname("description", code)
            if field_name in self.fields and not (cleaned_data.get(field_name) or "").strip():
                self.add_error(
                    field_name,
                    forms.ValidationError(
                        _("Describe the image for visitors who cannot see it (%(language)s)."),
                        code="alt_text_required",
                        params={"language": name},
                    ),
                )
        return cleaned_data
