"""The heritage trail and its stops, walked in order on the street."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel

from exhibits import queries
from exhibits.models.base import BasePage, LocatedPageMixin, page_tabs
from exhibits.navigation import map_links_for


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

    edit_handler = page_tabs(
        content=[FieldPanel("title"), FieldPanel("intro"), FieldPanel("body")],
        visit=[FieldPanel("start_point"), FieldPanel("end_point"), FieldPanel("accessibility")],
    )

    class Meta:
        verbose_name = _("trail")
        verbose_name_plural = _("trails")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stops = queries.trail_stops(self)
        context["stops"] = stops
        context["plan"] = queries.trail_plan(stops)
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
        qr_code=True,
    )

    class Meta:
        verbose_name = _("trail stop")
        verbose_name_plural = _("trail stops")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        trail = self.get_parent().specific
        stops = queries.trail_stops(trail)
        context["trail"] = trail
        context["sequence"] = queries.sequence_in(self, stops)
        context["plan"] = queries.trail_plan(stops, current=self)
        context["linked"] = queries.specific_or_none(self.linked_page_id)
        context["map_links"] = map_links_for(self)
        context["qr_code"] = queries.qr_code_of(self)
        return context
