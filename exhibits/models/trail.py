"""The heritage trail and its stops, walked in order on the street."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField

from exhibits.map_links import map_links_for
from exhibits.models.base import BasePage, LocatedPageMixin, api_fields_in_every_language, page_tabs
from exhibits.models.qr import QRCode
from exhibits.models.querysets import Sequence, specific_or_none
from exhibits.trail_plan import trail_plan
from museum.content_version import memo


class TrailPage(BasePage):
    """A walking route with numbered stops, e.g. Datong St to Baixiang St.

    Curators edit it; visitors follow it on their phones, partners embed it.
    """

    start_point = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("start"),
        help_text=_("Where the walk begins, with the nearest metro station and exit."),
    )
    end_point = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("finish"),
        help_text=_("Where the walk ends, with the nearest metro station."),
    )
    accessibility = models.TextField(
        blank=True,
        verbose_name=_("accessibility"),
        help_text=_("Steps, slopes and surfaces, and where to avoid them."),
    )

    search_extra_fields = ("start_point", "end_point")

    parent_page_types = ["exhibits.HomePage"]
    subpage_types = ["exhibits.TrailStopPage"]
    is_place = True
    embeddable = True
    embed_height = 900
    in_open_data = True
    api_fields = api_fields_in_every_language("start_point", "end_point", "accessibility")
    search_rank = 2

    edit_handler = page_tabs(
        content=[FieldPanel("title"), FieldPanel("intro"), FieldPanel("body")],
        visit=[FieldPanel("start_point"), FieldPanel("end_point"), FieldPanel("accessibility")],
    )

    class Meta:
        verbose_name = _("trail")
        verbose_name_plural = _("trails")

    def stops(self):
        """The live stops in walking order, with the site or museum each presents; kept
        for the content version (museum.content_version.memo), handed out as copies."""
        return memo.copies(("trail-stops", self.pk), self.find_stops)

    def find_stops(self):
        return list(
            TrailStopPage.objects.child_of(self)
            .visible()
            .select_related("linked_page")
            .with_images()
            .in_order()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stops = self.stops()
        context["stops"] = stops
        context["plan"] = trail_plan(stops)
        return context


class TrailStopPage(LocatedPageMixin, BasePage):
    """One numbered stop on a trail, with its own position and directions onward."""

    position = models.PositiveSmallIntegerField(
        default=1,
        verbose_name=_("stop number"),
        help_text=_("Its place in walking order, starting at 1."),
    )
    linked_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("heritage site or museum"),
        help_text=_("The building or museum this stop presents, if any."),
    )
    walk_to_next_m = models.PositiveIntegerField(
        null=True,
        blank=True,
        verbose_name=_("walk to the next stop (metres)"),
        help_text=_(
            "Measured walking distance to the next stop. Leave empty to estimate it from "
            "the two positions."
        ),
    )
    walk_to_next_minutes = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("walk to the next stop (minutes)"),
        help_text=_("Walking time at an easy pace, stairs included. Leave empty to estimate it."),
    )
    directions_to_next = models.TextField(
        blank=True,
        verbose_name=_("directions to the next stop"),
        help_text=_("How to walk on: direction, landmarks, steps. Leave empty at the last stop."),
    )

    search_extra_fields = ("directions_to_next",)

    parent_page_types = ["exhibits.TrailPage"]
    subpage_types = []
    has_qr_code = True
    collects_passport_stamp = True
    embeddable = True
    in_open_data = True
    api_fields = [
        APIField("position"),
        *api_fields_in_every_language("directions_to_next"),
        APIField("walk_to_next_m"),
        APIField("walk_to_next_minutes"),
        *LocatedPageMixin.location_api_fields,
    ]
    search_rank = 4

    edit_handler = page_tabs(
        content=[
            FieldPanel("title"),
            FieldPanel("position"),
            FieldPanel("intro"),
            FieldPanel("body"),
            PageChooserPanel(
                "linked_page", page_type=["exhibits.HeritageSitePage", "exhibits.MuseumPage"]
            ),
        ],
        visit=[
            *LocatedPageMixin.location_panels,
            MultiFieldPanel(
                [
                    FieldPanel("directions_to_next"),
                    FieldRowPanel(
                        [FieldPanel("walk_to_next_m"), FieldPanel("walk_to_next_minutes")]
                    ),
                ],
                heading=_("To the next stop"),
            ),
        ],
    )

    class Meta:
        verbose_name = _("trail stop")
        verbose_name_plural = _("trail stops")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        trail = self.get_parent().specific
        stops = trail.stops()
        context["trail"] = trail
        context["sequence"] = Sequence.of(self, stops)
        context["plan"] = trail_plan(stops, current=self)
        context["linked"] = specific_or_none(self.linked_page_id)
        context["map_links"] = map_links_for(self)
        context["qr_code"] = QRCode.objects.filter(page_id=self.pk).first()
        return context
