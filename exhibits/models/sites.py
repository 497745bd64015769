"""Heritage site pages: the historic bank buildings of the district plan's box 4."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField

from exhibits.map_links import map_links_for
from exhibits.models.base import BasePage, LocatedPageMixin, api_fields_in_every_language, page_tabs


class ProtectionLevel(models.TextChoices):
    """Official heritage protection of a building."""

    NATIONAL = "national", _("Major Historical and Cultural Site Protected at the National Level")
    MUNICIPAL = "municipal", _("Municipal protected site")
    DISTRICT = "district", _("District protected site")
    UNLISTED = "unlisted", _("Not listed")
    UNKNOWN = "unknown", _("Not yet confirmed")


class HeritageSiteIndexPage(BasePage):
    """The list of historic bank buildings on the heritage trail."""

    parent_page_types = ["exhibits.HomePage"]
    subpage_types = ["exhibits.HeritageSitePage"]
    search_rank = 5

    edit_handler = page_tabs(content=[FieldPanel("title"), FieldPanel("intro"), FieldPanel("body")])

    class Meta:
        verbose_name = _("heritage site index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sites"] = self.live_children(HeritageSitePage)
        return context


class HeritageSitePage(LocatedPageMixin, BasePage):
    """One historic building: its history, architecture, protection and present use.

    Curators edit it; visitors reach it from the trail and from plaques on the street.
    """

    address = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("address"),
        help_text=_("Street and number. Leave empty if not confirmed."),
    )
    year_built = models.SmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("year built"),
        help_text=_("Year of completion, for sorting. Leave empty if not confirmed."),
    )
    built_label = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("built, as shown"),
        help_text=_(
            "How visitors read the date, e.g. 'completed August 1935' or 'designed 1934–35'."
        ),
    )
    architect = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("architect"),
        help_text=_("Architect or firm, and builder if known."),
    )
    architectural_style = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("style and structure"),
        help_text=_("Style, number of storeys, structure and facade materials."),
    )
    protection_level = models.CharField(
        max_length=20,
        choices=ProtectionLevel.choices,
        default=ProtectionLevel.UNKNOWN,
        verbose_name=_("protection level"),
        help_text=_("Official heritage listing of the building."),
    )
    protection_note = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("listing details"),
        help_text=_("Batch, number and year of the listing, e.g. '7th batch (2013), no. 7-1872'."),
    )
    current_use = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("current use"),
        help_text=_("What the building is used for today, and whether visitors can go in."),
    )
    exhibition_themes = models.TextField(
        blank=True,
        verbose_name=_("exhibition themes"),
        help_text=_("The themes the district plan (box 4) assigns to this building, one per line."),
    )

    search_extra_fields = (
        "address",
        "architect",
        "architectural_style",
        "current_use",
        "exhibition_themes",
    )

    parent_page_types = ["exhibits.HeritageSiteIndexPage"]
    subpage_types = []
    has_qr_code = True
    embeddable = True
    in_open_data = True
    # The building's descriptive fields, translated, exported and seeded alike.
    description_fields = (
        "address",
        "built_label",
        "architect",
        "architectural_style",
        "protection_note",
        "current_use",
    )
    api_fields = [
        *api_fields_in_every_language(*description_fields),
        APIField("protection_level"),
        APIField("year_built"),
        *LocatedPageMixin.location_api_fields,
    ]
    search_rank = 0

    edit_handler = page_tabs(
        content=[
            FieldPanel("title"),
            FieldPanel("intro"),
            FieldPanel("body"),
            FieldPanel("exhibition_themes"),
        ],
        visit=[
            FieldPanel("address"),
            FieldPanel("current_use"),
            *LocatedPageMixin.location_panels,
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("year_built"), FieldPanel("built_label")]),
                    FieldPanel("architect"),
                    FieldPanel("architectural_style"),
                ],
                heading=_("Architecture"),
            ),
            MultiFieldPanel(
                [FieldPanel("protection_level"), FieldPanel("protection_note")],
                heading=_("Protection"),
            ),
        ],
    )

    class Meta:
        verbose_name = _("heritage site")
        verbose_name_plural = _("heritage sites")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["map_links"] = map_links_for(self)
        return context

    @property
    def theme_list(self):
        return [
            line.strip() for line in (self.exhibition_themes or "").splitlines() if line.strip()
        ]
