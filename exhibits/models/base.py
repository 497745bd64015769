"""The lowest layer of the content model: the abstract page every visitor page
extends, the location fields shared by museums, sites and trail stops, and the
helpers that know how a page stands in each language.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from exhibits.bilingual import is_untranslated_copy
from exhibits.blocks import BodyStreamBlock, SourceListStreamBlock
from exhibits.models.channels import EmbedChannelMixin
from exhibits.models.glossary import cached_glosses
from exhibits.models.page_form import BasePageForm
from exhibits.models.page_routes import ChildSlugRouteMixin
from exhibits.models.page_search import SearchDocumentMixin
from exhibits.models.page_slugs import fill_default_slug
from exhibits.models.panels import FactCheckRecordPanel, PrepublishCheckPanel, QRCodePanel
from exhibits.models.previews import ChannelPreviewMixin
from exhibits.models.querysets import ContentManager
from exhibits.search_terms import WORD, cjk_suffixes, unique
from museum.content_version import memo

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
# Fields whose emptiness in a language means the page reads as untranslated.
TRANSLATION_CHECKED_FIELDS = ("title", "intro", "body")


class FactCheckStatus(models.TextChoices):
    """Whether a curator has checked the facts on a page against its sources."""

    NEEDS_CHECKING = "needs_checking", _("Needs checking")
    VERIFIED = "verified", _("Verified")


class LocationCertainty(models.TextChoices):
    """How far a stored position can be trusted; low ones are shown as approximate."""

    SURVEYED = "surveyed", _("Surveyed (within 10 m)")
    GOOD = "good", _("Good (within 50 m)")
    APPROXIMATE = "approximate", _("Approximate (within 150 m)")
    ROUGH = "rough", _("Rough estimate (within 250 m or worse)")

    @classmethod
    def shown_as_approximate(cls):
        return {cls.APPROXIMATE, cls.ROUGH}


def language_field_values(instance, field_name):
    """Return {language code: stored value} for one translated field, without fallback."""
    return {
        code: getattr(instance, build_localized_fieldname(field_name, code), None)
        for code, _name in settings.LANGUAGES
    }


def is_blank(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


def api_fields_in_every_language(*names):
    """Open-data API fields for each language's column of translated fields."""
    suffixes = [code.replace("-", "_") for code, _name in settings.LANGUAGES]
    return [APIField(f"{name}_{suffix}") for name in names for suffix in suffixes]


def page_tabs(content, visit=(), media=None):
    """Edit tabs in the order curators work: Content, Visit, Media, Fact check, Promote,
    Settings. Media holds the page's main image unless told otherwise."""
    if media is None:
        media = [FieldPanel("listing_image")]
    tabs = [ObjectList([PrepublishCheckPanel(), *content], heading=_("Content"))]
    if visit:
        tabs.append(ObjectList(list(visit), heading=_("Visit")))
    tabs += [
        ObjectList(list(media), heading=_("Media")),
        ObjectList(
            [
                FieldPanel("fact_check_status"),
                FactCheckRecordPanel(),
                FieldPanel("fact_check_notes"),
                FieldPanel("sources"),
            ],
            heading=_("Fact check"),
        ),
        # The QR code panel shows only on page types with has_qr_code.
        ObjectList([*Page.promote_panels, QRCodePanel()], heading=_("Promote")),
        ObjectList(list(Page.settings_panels), heading=_("Settings")),
    ]
    return TabbedInterface(tabs)


class BasePage(
    SearchDocumentMixin, ChildSlugRouteMixin, ChannelPreviewMixin, EmbedChannelMixin, Page
):
    """Every visitor page: intro, body, sources, fact-check status and language helpers.

    Curators edit it in the admin; visitors read it in either language.
    """

    intro = models.TextField(
        blank=True,
        verbose_name=_("introduction"),
        help_text=_("One to three sentences shown at the top of the page and in listings."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The main text, images, audio and references of the page."),
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("main image"),
        help_text=_("Shown at the top of the page, in listings and in link previews."),
    )
    sources = StreamField(
        SourceListStreamBlock(),
        blank=True,
        verbose_name=_("sources"),
        help_text=_(
            "Where the facts on this page come from. Shown to visitors as references, "
            "written as in the original source."
        ),
    )
    fact_check_status = models.CharField(
        max_length=20,
        choices=FactCheckStatus.choices,
        default=FactCheckStatus.NEEDS_CHECKING,
        db_index=True,
        verbose_name=_("fact-check status"),
        help_text=_(
            "Set to 'verified' only when every fact on the page has been checked against "
            "its sources. Until then visitors see that the page awaits curator review."
        ),
    )
    fact_check_notes = models.TextField(
        blank=True,
        verbose_name=_("fact-check notes"),
        help_text=_("For curators only: what still needs checking, conflicts between sources."),
    )
    fact_checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("verified by"),
        help_text=_("The senior curator who marked the page verified; filled in on saving."),
    )
    fact_checked_at = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("verified on"),
        help_text=_("When the page was marked verified; filled in on saving."),
    )

    search_document = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        verbose_name=_("search document"),
        help_text=_("Filled in on saving: the page's text and stemmed words, for search."),
    )

    # What the page type takes part in. Features read these attributes (through
    # wagtail.models.get_page_models()), never a list of page types of their own; a new
    # page type sets them here and in nothing else but translation.py.
    has_qr_code = False  # gets a QR code and a wall label when first published
    is_place = False  # a museum or trail: where a retired label sends visitors on to
    # Scanning its label collects a stamp in the check-in passport (exhibits.passport).
    collects_passport_stamp = False
    # embeddable and embed_height: see EmbedChannelMixin; on_gallery_screens: see
    # ChannelPreviewMixin
    in_open_data = False  # listed and described by the open-data API and its schema
    # The type's own fields in the open-data API, besides those every type shares
    # (title, intro, body, image, links: see exhibits.opendata.api).
    api_fields = []
    search_rank = 9  # among results that score alike, lower ranks come first
    # Related rows (child relations) that listings and the API load with pages of the type.
    listing_prefetches = ()

    objects = ContentManager()

    search_fields = [
        *Page.search_fields,
        index.SearchField("search_text_zh"),
        index.SearchField("search_text_en"),
        index.AutocompleteField("search_prefixes"),
    ]
    # Further translated text fields whose words should find the page.
    search_extra_fields = ()
    # Checks "verified" (sources, senior curator) and records who set it.
    base_form_class = BasePageForm

    class Meta:
        abstract = True

    def live_children(self, model):
        """Live, public children of one type, in their order, with their images; kept
        for the content version (museum.content_version.memo), handed out as copies."""
        return memo.copies(
            ("children", self.pk, model._meta.label_lower),
            lambda: list(model.objects.child_of(self).visible().for_cards().in_order()),
        )

    # --- Search (see exhibits.search_terms) -------------------------------------

    def texts_in(self, suffix):
        """The page's own text in one language (suffix "zh_hans" or "en"), without fallback."""
        texts = [getattr(self, f"title_{suffix}") or "", getattr(self, f"intro_{suffix}") or ""]
        body_field = type(self)._meta.get_field(f"body_{suffix}")
        body = getattr(self, f"body_{suffix}")
        if body:
            texts.extend(str(text) for text in body_field.get_searchable_content(body))
        texts.extend(getattr(self, f"{name}_{suffix}") or "" for name in self.search_extra_fields)
        return [text for text in texts if text]

    def save(self, *args, **kwargs):
        # Only a full save writes the page's text; a partial one (a draft revision's
        # bookkeeping) must not store text that is not the page's own row.
        if kwargs.get("update_fields") is None:
            self.search_document = self.build_search_document()
        return super().save(*args, **kwargs)

    def search_prefixes(self):
        chinese = f"{self.title_zh_hans or ''} {self.intro_zh_hans or ''}"
        words = WORD.findall(f"{self.title_en or ''} {self.title_zh_hans or ''}".lower())
        return " ".join(unique(cjk_suffixes(chinese) + words))

    # --- Languages ---------------------------------------------------------

    @cached_property
    def translated_field_names(self):
        try:
            options = translator.get_options_for_model(type(self))
        except NotRegistered:
            return ()
        return tuple(name for name in TRANSLATION_CHECKED_FIELDS if name in options.all_fields)

    def missing_translations(self, language_code):
        """Names of the visitor fields that show the default language's text in this language."""
        if language_code == DEFAULT_LANGUAGE:
            return []
        missing = []
        for name in self.translated_field_names:
            values = language_field_values(self, name)
            if is_blank(values.get(language_code)) and not is_blank(values.get(DEFAULT_LANGUAGE)):
                missing.append(name)
            elif name == "body" and is_untranslated_copy(
                values.get(language_code), values.get(DEFAULT_LANGUAGE)
            ):
                # A copy of the Chinese body (exhibits.editorial) still awaiting its translation.
                missing.append(name)
        return missing

    def get_language_urls(self, request=None):
        """The URL of this page in every language, as (code, name, url) triples."""
        links = []
        for code, name in settings.LANGUAGES:
            with translation.override(code):
                links.append((code, name, self.get_url(request=request)))
        return links

    @property
    def needs_fact_check(self):
        return self.fact_check_status != FactCheckStatus.VERIFIED

    # --- Slugs and URLs --------------------------------------------------------

    def full_clean(self, *args, **kwargs):
        # Before Wagtail's own default, which would copy Chinese characters into the slug.
        fill_default_slug(self)
        super().full_clean(*args, **kwargs)

    def get_context(self, request, *args, embed=False, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = translation.get_language()
        context["layout"] = "layouts/phone.html"
        context["language_links"] = self.get_language_urls(request)
        context["missing_translations"] = self.missing_translations(language)
        if "body" in context["missing_translations"]:
            # The body shown is (or still holds) Chinese text: say so to screen readers.
            context["body_language"] = DEFAULT_LANGUAGE
        context.update(self.embed_context(request, embed=embed))
        if not embed:
            # Terms of the glossary marked in the body (components/body.html); partners'
            # frames get the text alone.
            context["glosses"] = cached_glosses(language)
        return context


class LocatedPageMixin(models.Model):
    """A place on the map: WGS-84 position with an honest statement of its certainty."""

    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        verbose_name=_("latitude (WGS-84)"),
        help_text=_(
            "Decimal degrees in WGS-84 (GPS). Never paste AMap, Tencent or Baidu numbers: "
            "those are shifted by several hundred metres."
        ),
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        verbose_name=_("longitude (WGS-84)"),
        help_text=_("Decimal degrees in WGS-84 (GPS), east positive."),
    )
    location_certainty = models.CharField(
        max_length=20,
        choices=LocationCertainty.choices,
        default=LocationCertainty.ROUGH,
        verbose_name=_("location certainty"),
        help_text=_("How the position was found. Approximate positions are labelled for visitors."),
    )
    location_note = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("location note"),
        help_text=_("How the position was estimated and how far it may be off."),
    )

    location_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("location_certainty"),
                FieldPanel("location_note"),
            ],
            heading=_("Location"),
        )
    ]

    location_api_fields = [
        APIField("latitude"),
        APIField("longitude"),
        APIField("location_certainty"),
    ]

    class Meta:
        abstract = True

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def location_is_approximate(self):
        return self.location_certainty in LocationCertainty.shown_as_approximate()
