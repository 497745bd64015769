"""The heritage trail and its stops, walked in order on the street."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel

from exhibits import queries
from exhibits.models.base import BasePage, LocatedPageMixin, page_tabs


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
        context["stops"] = queries.trail_stops(self)
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
    directions_to_next = models.TextField(
        blank=True,
        verbose_name=_("directions to the next stop"),
        help_text=_("How to walk on: direction, landmarks, steps. Leave empty at the last stop."),
    )

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
        visit=[*LocatedPageMixin.location_panels, FieldPanel("directions_to_next")],
        qr_code=True,
    )

    class Meta:
        verbose_name = _("trail stop")
        verbose_name_plural = _("trail stops")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["trail"] = self.get_parent().specific
        context["sequence"] = queries.stop_sequence(self)
        context["linked"] = queries.specific_or_none(self.linked_page_id)
        return context
