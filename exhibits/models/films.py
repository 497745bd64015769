"""Documentary films: the district's short films on financial culture, each with its
video, captions in both languages, transcript and credits, and the list they live in."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from exhibits import public_urls, webvtt
from exhibits.models.base import BasePage, api_fields_in_every_language, page_tabs
from exhibits.models.querysets import prefetch_for_listing, visible_pages

# What a film file may be: MP4 (H.264/AAC) plays everywhere, WebM in Chromium and
# Android but not in every iPhone's WeChat, so an MP4 is asked for.
VIDEO_SIGNATURES = {
    ".mp4": lambda head: head[4:8] == b"ftyp",
    ".webm": lambda head: head[:4] == b"\x1a\x45\xdf\xa3",
}
VIDEO_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}
# The pages a film can point visitors on to.
RELATED_PAGE_TYPES = [
    "exhibits.MuseumPage",
    "exhibits.ExhibitPage",
    "exhibits.HeritageSitePage",
    "exhibits.TrailStopPage",
]
CAPTION_LANGUAGES = (("zh-hans", "captions_chinese"), ("en", "captions_english"))


def stream_path(document):
    """The range-capable address of a document for players (exhibits.visitor.streaming)."""
    return reverse("stream_document", args=[document.pk, os.path.basename(document.file.name)])


def file_head(document, size):
    with document.file.open("rb") as handle:
        return handle.read(size)


def document_problem(document, extensions, checker):
    """A bilingual message for a chosen document that visitors could not use, or None."""
    if document is None:
        return None
    extension = os.path.splitext(document.file.name)[1].lower()
    if extension not in extensions:
        return webvtt.WebVTTError(
            _("This file is not of a kind this field takes (%(kinds)s).")
            % {"kinds": ", ".join(sorted(extensions))}
        ).in_both_languages()
    try:
        return checker(document, extension)
    except OSError:
        return webvtt.WebVTTError(_("The file cannot be read.")).in_both_languages()


def video_problem(document, extension):
    if document.file.size > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE:
        return webvtt.WebVTTError(
            _("The video is larger than the upload limit.")
        ).in_both_languages()
    if not VIDEO_SIGNATURES[extension](file_head(document, 12)):
        return webvtt.WebVTTError(
            _("The file is not an MP4 or WebM video, whatever its name says.")
        ).in_both_languages()
    return None


def captions_problem(document, extension):
    try:
        webvtt.parse(file_head(document, webvtt.MAX_BYTES + 1))
    except webvtt.WebVTTError as error:
        return error.in_both_languages()
    return None


class FilmIndexPage(BasePage):
    """The district's documentary films, newest first; under the home page."""

    parent_page_types = ["exhibits.HomePage"]
    subpage_types = ["exhibits.FilmPage"]
    search_rank = 5

    edit_handler = page_tabs(content=[FieldPanel("title"), FieldPanel("intro"), FieldPanel("body")])

    class Meta:
        verbose_name = _("film index")

    def films(self):
        return list(
            FilmPage.objects.child_of(self).visible().for_cards().order_by("-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["films"] = self.films()
        return context


class FilmPage(BasePage):
    """One documentary film: the video with captions in both languages, its transcript,
    credits and the museums, exhibits and sites it shows.

    Curators upload the files as documents and write the rest; visitors watch it on
    their phones (inline, after a tap), and gallery screens can loop it muted.
    """

    video = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("video file"),
        help_text=_(
            "An MP4 file (H.264 video, AAC sound) uploaded as a document: it plays in WeChat "
            "on iPhones and Android phones. WebM plays on Android and computers only."
        ),
    )
    captions_chinese = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Chinese captions"),
        help_text=_("A WebVTT (.vtt) file of the Chinese captions, UTF-8, checked on saving."),
    )
    captions_english = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("English captions"),
        help_text=_("A WebVTT (.vtt) file of the English captions, UTF-8, checked on saving."),
    )
    duration_seconds = models.PositiveIntegerField(
        null=True,
        blank=True,
        verbose_name=_("running time in seconds"),
        help_text=_("How long the film runs, e.g. 754 for 12:34. Leave empty if unknown."),
    )
    credits = models.TextField(
        blank=True,
        verbose_name=_("credits"),
        help_text=_("One line per credit, e.g. 'Director: …'. Only names confirmed in writing."),
    )
    transcript = RichTextField(
        blank=True,
        features=["bold", "italic", "ol", "ul"],
        verbose_name=_("transcript"),
        help_text=_("Everything said and shown, for visitors who cannot watch or listen."),
    )

    is_placeholder = models.BooleanField(
        default=False,
        verbose_name=_("placeholder film"),
        help_text=_(
            "Tick while the video is a stand-in; visitors see it labelled as a placeholder."
        ),
    )

    search_extra_fields = ("credits", "transcript")

    parent_page_types = ["exhibits.FilmIndexPage"]
    subpage_types = []
    has_qr_code = True
    embeddable = True
    embed_height = 560
    in_open_data = True
    api_fields = [
        APIField("duration_seconds"),
        APIField("is_placeholder"),
        APIField("video_url", serializer=serializers.CharField(read_only=True, allow_null=True)),
        APIField(
            "captions_zh_hans_url",
            serializer=serializers.CharField(read_only=True, allow_null=True),
        ),
        APIField(
            "captions_en_url", serializer=serializers.CharField(read_only=True, allow_null=True)
        ),
        *api_fields_in_every_language("credits", "transcript"),
        APIField(
            "related_page_ids",
            serializer=serializers.ListField(child=serializers.IntegerField(), read_only=True),
        ),
    ]
    search_rank = 4

    edit_handler = page_tabs(
        content=[
            FieldPanel("title"),
            FieldPanel("intro"),
            FieldPanel("duration_seconds"),
            FieldPanel("transcript"),
            FieldPanel("credits"),
            FieldPanel("body"),
            InlinePanel("related_links", label=_("related page")),
        ],
        media=[
            FieldPanel("video"),
            FieldPanel("is_placeholder"),
            MultiFieldPanel(
                [FieldPanel("captions_chinese"), FieldPanel("captions_english")],
                heading=_("Captions"),
            ),
            FieldPanel(
                "listing_image",
                heading=_("Poster image"),
                help_text=_("Shown before the film plays, in listings and in link previews."),
            ),
        ],
    )

    class Meta:
        verbose_name = _("documentary film")
        verbose_name_plural = _("documentary films")

    # --- Files ---------------------------------------------------------------

    @property
    def video_type(self):
        if self.video is None:
            return ""
        return VIDEO_TYPES.get(os.path.splitext(self.video.file.name)[1].lower(), "")

    def caption_tracks(self):
        """(language, document) of each captions file, Chinese first."""
        tracks = []
        for language, field_name in CAPTION_LANGUAGES:
            document = getattr(self, field_name)
            if document is not None:
                tracks.append((language, document))
        return tracks

    @property
    def video_url(self):
        return public_urls.absolute(stream_path(self.video)) if self.video else None

    @property
    def captions_zh_hans_url(self):
        document = self.captions_chinese
        return public_urls.absolute(stream_path(document)) if document else None

    @property
    def captions_en_url(self):
        document = self.captions_english
        return public_urls.absolute(stream_path(document)) if document else None

    @property
    def duration_label(self):
        """12:34, or 1:02:03 past an hour; "" if unknown."""
        if not self.duration_seconds:
            return ""
        hours, rest = divmod(self.duration_seconds, 3600)
        minutes, secs = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

    @property
    def duration_iso(self):
        """ISO 8601, as <time datetime> and schema.org read it: PT12M34S."""
        if not self.duration_seconds:
            return ""
        minutes, secs = divmod(self.duration_seconds, 60)
        return f"PT{minutes}M{secs}S" if minutes else f"PT{secs}S"

    @property
    def credit_lines(self):
        return [line.strip() for line in (self.credits or "").splitlines() if line.strip()]

    # --- Related pages ---------------------------------------------------------

    @property
    def related_page_ids(self):
        return [link.page_id for link in self.related_links.all()]

    def related_pages(self):
        """The live, public pages the film points to, in the curator's order, with their
        images: the same few queries however many there are."""
        ids = self.related_page_ids
        pages = visible_pages().filter(pk__in=ids).specific()
        by_id = {page.pk: page for page in pages}
        return prefetch_for_listing([by_id[pk] for pk in ids if pk in by_id])

    # --- Saving and showing ---------------------------------------------------------

    def texts_in(self, suffix):
        # The transcript is HTML: its words, not its tags, find the film.
        return [strip_tags(text) for text in super().texts_in(suffix)]

    def clean(self):
        super().clean()
        errors = {}
        problem = document_problem(self.video, VIDEO_SIGNATURES, video_problem)
        if problem:
            errors["video"] = problem
        for _language, field_name in CAPTION_LANGUAGES:
            problem = document_problem(getattr(self, field_name), {".vtt"}, captions_problem)
            if problem:
                errors[field_name] = problem
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["film_index"] = self.get_parent().specific
        context["related_pages"] = self.related_pages()
        return context


class FilmRelatedPage(Orderable):
    """A museum, exhibit, heritage site or trail stop a film shows; listed under the film,
    and the museums' screens loop the films that name them."""

    film = ParentalKey(FilmPage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("Shown to visitors only while it is published."),
    )

    panels = [PageChooserPanel("page", page_type=RELATED_PAGE_TYPES)]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")
