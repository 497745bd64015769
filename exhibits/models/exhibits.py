"""Exhibit pages: the scenes, stories, timeline sections and topics inside a museum."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField

from exhibits.models.base import BasePage, api_fields_in_every_language, page_tabs
from exhibits.models.querysets import Sequence


class ExhibitKind(models.TextChoices):
    """How an exhibit is presented; each kind is numbered on its own."""

    SCENE = "scene", _("Scene")
    STORY = "story", _("Story")
    TIMELINE_SECTION = "timeline_section", _("Timeline section")
    TOPIC = "topic", _("Topic")


@dataclass
class ExhibitGroup:
    """The exhibits of one kind in a museum, in their numbered order."""

    kind: str
    label: str
    exhibits: list = field(default_factory=list)


class ExhibitPage(BasePage):
    """One scene, story, timeline section or topic of a museum.

    Curators write it; visitors reach it by the QR code on its wall label.
    """

    kind = models.CharField(
        max_length=20,
        choices=ExhibitKind.choices,
        default=ExhibitKind.TOPIC,
        verbose_name=_("kind"),
        help_text=_("Scenes, stories and timeline sections are numbered separately."),
    )
    position = models.PositiveSmallIntegerField(
        default=1,
        verbose_name=_("number"),
        help_text=_("Its place among the museum's exhibits of the same kind, starting at 1."),
    )
    period_start_year = models.SmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("from year"),
        help_text=_("First year the exhibit covers. Leave empty if it has no period."),
    )
    period_end_year = models.SmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("to year"),
        help_text=_("Last year the exhibit covers; the same as 'from' for a single year."),
    )
    period_label = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("period as shown"),
        help_text=_("How visitors read the period, e.g. '1937–1945 (wartime capital years)'."),
    )
    location_in_museum = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("where to find it"),
        help_text=_("Floor and room, e.g. 'Ground floor, banking hall'. Leave empty if unknown."),
    )

    search_extra_fields = ("period_label", "location_in_museum")

    parent_page_types = ["exhibits.MuseumPage"]
    subpage_types = []
    has_qr_code = True
    embeddable = True
    in_open_data = True
    api_fields = [
        APIField("kind"),
        APIField("position"),
        *api_fields_in_every_language("period_label", "location_in_museum"),
    ]
    search_rank = 3

    edit_handler = page_tabs(
        content=[
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("position")]),
            FieldPanel("intro"),
            FieldPanel("body"),
        ],
        visit=[
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("period_start_year"), FieldPanel("period_end_year")]),
                    FieldPanel("period_label"),
                ],
                heading=_("Period"),
            ),
            FieldPanel("location_in_museum"),
        ],
    )

    class Meta:
        verbose_name = _("exhibit")
        verbose_name_plural = _("exhibits")

    @classmethod
    def groups_in(cls, museum):
        """A museum's live exhibits grouped by kind (scenes, stories, timeline, topics)."""
        exhibits = cls.objects.child_of(museum).visible().with_images().in_order()
        groups = {kind.value: ExhibitGroup(kind.value, kind.label) for kind in ExhibitKind}
        for exhibit in exhibits:
            groups[exhibit.kind].exhibits.append(exhibit)
        return [group for group in groups.values() if group.exhibits]

    def sequence(self):
        """The exhibit's place among the live exhibits of the same kind in its museum."""
        siblings = (
            ExhibitPage.objects.sibling_of(self, inclusive=True)
            .visible()
            .filter(kind=self.kind)
            .in_order()
        )
        return Sequence.of(self, siblings)

    def clean(self):
        super().clean()
        if (
            self.period_start_year is not None
            and self.period_end_year is not None
            and self.period_end_year < self.period_start_year
        ):
            raise ValidationError({"period_end_year": _("The period cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["museum"] = self.get_parent().specific
        context["sequence"] = self.sequence()
        return context
