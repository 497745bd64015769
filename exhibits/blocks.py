"""StreamField blocks for exhibit, museum, site and trail bodies.

Blocks never import models; documents and images are chosen through Wagtail's
chooser blocks, and page types are named by string where needed.
"""

import re

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class CaptionedImageBlock(blocks.StructBlock):
    """An image with caption and credit; alt text comes from the image itself."""

    image = ImageChooserBlock(
        label=_("Image"),
        help_text=_("Choose an image whose alt text is filled in for both languages."),
    )
    caption = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Caption"),
        help_text=_("Shown under the image."),
    )
    credit = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Credit"),
        help_text=_("Photographer, archive or lender. Leave empty to use the image's own credit."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "exhibits/blocks/captioned_image_block.html"


class AudioBlock(blocks.StructBlock):
    """Audio narration with its transcript; plays only after the visitor taps."""

    title = blocks.CharBlock(
        max_length=120,
        label=_("Title"),
        help_text=_("For example: 'Audio guide: the banking hall'."),
    )
    audio = DocumentChooserBlock(
        label=_("Audio file"),
        help_text=_("An MP3 or M4A file; these play in WeChat on Android and iOS."),
    )
    transcript = blocks.RichTextBlock(
        features=["bold", "italic", "ol", "ul"],
        label=_("Transcript"),
        help_text=_("The full text of the narration, for visitors who cannot listen."),
    )
    is_placeholder = blocks.BooleanBlock(
        required=False,
        label=_("Placeholder recording"),
        help_text=_(
            "Tick while the file is a synthetic or temporary recording; visitors see a note."
        ),
    )

    class Meta:
        icon = "media"
        label = _("Audio narration")
        template = "exhibits/blocks/audio_block.html"


class VideoBlock(blocks.StructBlock):
    """A self-hosted video with captions; never an embed from another host."""

    title = blocks.CharBlock(
        max_length=120, label=_("Title"), help_text=_("Shown above the video.")
    )
    video = DocumentChooserBlock(
        label=_("Video file"),
        help_text=_("An MP4 (H.264/AAC) file uploaded to this site."),
    )
    captions = DocumentChooserBlock(
        required=False,
        label=_("Captions"),
        help_text=_("A WebVTT (.vtt) captions file in this page's language."),
    )
    poster = ImageChooserBlock(
        required=False,
        label=_("Poster image"),
        help_text=_("Shown before the video plays."),
    )
    transcript = blocks.RichTextBlock(
        required=False,
        features=["bold", "italic", "ol", "ul"],
        label=_("Transcript"),
        help_text=_("What is said and shown, for visitors who cannot watch."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "exhibits/blocks/video_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with its speaker and source."""

    text = blocks.TextBlock(
        label=_("Quotation"), help_text=_("The words quoted, without quotation marks.")
    )
    attribution = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Attribution"),
        help_text=_("Who said or wrote it."),
    )
    source = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Source"),
        help_text=_("Where it was published, with a date if known."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "exhibits/blocks/quote_block.html"


class ArtefactLabelBlock(blocks.StructBlock):
    """The label of one object on display, as on the gallery wall."""

    name = blocks.CharBlock(
        max_length=255, label=_("Object name"), help_text=_("What the object is.")
    )
    date = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Date"),
        help_text=_("As precise as known, e.g. '1935' or 'Republican era'."),
    )
    material = blocks.CharBlock(
        required=False, max_length=255, label=_("Material"), help_text=_("Paper, bronze, wood…")
    )
    dimensions = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Dimensions"),
        help_text=_("Height × width × depth in centimetres."),
    )
    object_number = blocks.CharBlock(
        required=False,
        max_length=60,
        label=_("Object number"),
        help_text=_("The museum's accession or inventory number."),
    )
    image = ImageChooserBlock(
        required=False, label=_("Image"), help_text=_("A photo of the object.")
    )
    description = blocks.RichTextBlock(
        required=False,
        features=["bold", "italic", "link"],
        label=_("Description"),
        help_text=_("A few sentences about the object."),
    )

    class Meta:
        icon = "tag"
        label = _("Artefact label")
        template = "exhibits/blocks/artefact_label_block.html"


class TimelineEventBlock(blocks.StructBlock):
    """One dated event on a timeline."""

    date_label = blocks.CharBlock(
        max_length=60,
        label=_("Date"),
        help_text=_("As visitors should read it, e.g. '1949年9月2日' or '2 September 1949'."),
    )
    year = blocks.IntegerBlock(
        required=False,
        min_value=1,
        max_value=2100,
        label=_("Year"),
        help_text=_("Used to sort and place the event; leave empty if unknown."),
    )
    title = blocks.CharBlock(
        max_length=255, label=_("Event"), help_text=_("What happened, in a line.")
    )
    description = blocks.RichTextBlock(
        required=False,
        features=["bold", "italic", "link"],
        label=_("Description"),
        help_text=_("Optional detail."),
    )

    class Meta:
        icon = "date"
        label = _("Timeline event")
        template = "exhibits/blocks/timeline_event_block.html"


class GalleryBlock(blocks.StructBlock):
    """A set of images shown together."""

    title = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Title"),
        help_text=_("Optional heading above the images."),
    )
    images = blocks.ListBlock(CaptionedImageBlock(), min_num=2, label=_("Images"))

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "exhibits/blocks/gallery_block.html"


CJK_CHARACTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_LETTER = re.compile(r"[A-Za-z]")


def text_language(text):
    """The language a short text is written in: "zh-hans" if it has Chinese characters,
    "en" if it has Latin letters only, None if it has neither (numbers, punctuation)."""
    if not text:
        return None
    if CJK_CHARACTER.search(text):
        return "zh-hans"
    if LATIN_LETTER.search(text):
        return "en"
    return None


def other_language(text):
    """The language of `text` when it differs from the page's (the active) language,
    for a `lang` attribute (WCAG 3.1.2); "" when they are the same or it cannot tell."""
    language = text_language(text)
    if language is None or language == translation.get_language():
        return ""
    return language


class PrivateTextBlock(blocks.TextBlock):
    """Text for curators only: left out of the search index and the API."""

    def get_searchable_content(self, value):
        return []


class SourceValue(blocks.StructValue):
    """A source as visitors see it: the note in their language, and the `lang` of
    each part written in another language."""

    @property
    def public_note(self):
        language = translation.get_language() or settings.LANGUAGE_CODE
        suffix = language.replace("-", "_")
        return self.get(f"public_note_{suffix}") or self.get("public_note_zh_hans") or ""

    @property
    def title_lang(self):
        return other_language(self.get("title"))

    @property
    def publisher_lang(self):
        return other_language(self.get("publisher"))

    @property
    def public_note_lang(self):
        return other_language(self.public_note)


class SourceBlock(blocks.StructBlock):
    """One citation: where a fact on the page comes from.

    The note for visitors is written in both languages; the curator note stays in
    the admin and is never shown, exported or searchable.
    """

    title = blocks.CharBlock(
        max_length=500,
        label=_("Title"),
        help_text=_("The title of the work or page, as it is written there."),
    )
    publisher = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Publisher or author"),
        help_text=_("Newspaper, archive, author or site."),
    )
    url = blocks.URLBlock(
        required=False, label=_("Web address"), help_text=_("Link to the source, if it is online.")
    )
    public_note_zh_hans = blocks.CharBlock(
        required=False,
        max_length=300,
        label=_("Note for visitors (Chinese)"),
        help_text=_(
            "Optional. Shown to visitors under the reference on Chinese pages, e.g. "
            "'Photograph of the original letter'."
        ),
    )
    public_note_en = blocks.CharBlock(
        required=False,
        max_length=300,
        label=_("Note for visitors (English)"),
        help_text=_(
            "Optional. Shown on English pages; if empty, English pages show the Chinese note."
        ),
    )
    curator_note = PrivateTextBlock(
        required=False,
        max_length=1000,
        label=_("Curator note (private)"),
        help_text=_(
            "For curators only, never shown to visitors: what the source supports, "
            "how reliable it is, what still needs checking."
        ),
    )

    class Meta:
        icon = "doc-full"
        label = _("Source")
        value_class = SourceValue

    def get_api_representation(self, value, context=None):
        representation = super().get_api_representation(value, context=context)
        representation.pop("curator_note", None)
        return representation


class SourcesBlock(blocks.StructBlock):
    """A list of references shown to visitors at this point of the body."""

    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Heading"),
        help_text=_("Leave empty for 'References'."),
    )
    items = blocks.ListBlock(SourceBlock(), label=_("Sources"))

    class Meta:
        icon = "list-ul"
        label = _("Sources")
        template = "exhibits/blocks/sources_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    """The blocks a curator can use in the body of any visitor page."""

    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template="exhibits/blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    audio = AudioBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    artefact = ArtefactLabelBlock()
    timeline_event = TimelineEventBlock()
    gallery = GalleryBlock()
    sources = SourcesBlock()


class SourceListStreamBlock(blocks.StreamBlock):
    """Page-level citations behind the facts on a page."""

    source = SourceBlock()
