"""Exhibit pages: the scenes, stories, timeline sections and topics inside a museum."""

import copy
from dataclasses import dataclass, field, replace

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField

from exhibits.models.base import BasePage, api_fields_in_every_language, page_tabs
from exhibits.models.querysets import Sequence
from museum.content_version import memo


class ExhibitKind(models.TextChoices):
    """How an exhibit is presented; each kind is numbered on its own."""

    SCENE = "scene", _("Scene")
    STORY = "story", _("Story")
    TIMELINE_SECTION = "timeline_section", _("Timeline section")
    TOPIC = "topic", _("Topic")


# The museum page lists this many exhibits of each kind; the rest are a link away,
# on the kind's own paginated listing (MuseumPage.kind_listing).
EXHIBITS_PER_GROUP = 24
EXHIBITS_PER_LISTING_PAGE = 48


@dataclass
class ExhibitGroup:
    """The exhibits of one kind in a museum, in their numbered order: the first few
    (``exhibits``) and how many there are in all (``total``)."""

    kind: str
    label: str
    exhibits: list = field(default_factory=list)
    total: int = 0

    @property
    def has_more(self):
        return self.total > len(self.exhibits)

    def copy(self):
        """This group with its own copies of the exhibits (for one request)."""
        return replace(self, exhibits=[copy.copy(exhibit) for exhibit in self.exhibits])


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
    on_gallery_screens = True
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
    def groups_in(cls, museum, per_group=EXHIBITS_PER_GROUP):
        """A museum's live exhibits grouped by kind (scenes, stories, timeline, topics):
        the first ``per_group`` of each kind and each kind's total, in three queries
        whatever the number of exhibits; kept for the content version, as copies."""
        groups = memo.get(
            ("exhibit-groups", museum.pk, per_group), lambda: cls.find_groups(museum, per_group)
        )
        return [group.copy() for group in groups]

    @classmethod
    def find_groups(cls, museum, per_group):
        exhibits = cls.objects.child_of(museum).visible()
        totals = dict(
            exhibits.order_by()
            .values_list("kind")
            .annotate(total=Count("pk"))
            .values_list("kind", "total")
        )
        first = (
            exhibits.annotate(
                rank=Window(
                    RowNumber(), partition_by=F("kind"), order_by=[F("position"), F("path")]
                )
            )
            .filter(rank__lte=per_group)
            .for_cards()
            .in_order()
        )
        groups = {kind.value: ExhibitGroup(kind.value, kind.label) for kind in ExhibitKind}
        for exhibit in first if totals else ():
            groups[exhibit.kind].exhibits.append(exhibit)
        for kind, total in totals.items():
            groups[kind].total = total
        return [group for group in groups.values() if group.exhibits]

    @classmethod
    def listing_page(cls, museum, kind, number, per_page=EXHIBITS_PER_LISTING_PAGE):
        """One page of a museum's live exhibits of one kind, for the kind's own listing."""
        exhibits = cls.objects.child_of(museum).visible().filter(kind=kind)
        paginator = Paginator(exhibits.for_cards().in_order(), per_page)
        return paginator.get_page(number)

    def sequence(self):
        """The exhibit's place among the live exhibits of the same kind in its museum:
        a count and the two neighbours, never the whole list; kept for the content
        version (any publish, move or unpublish changes it)."""
        return memo.get(("exhibit-sequence", self.pk), self.find_sequence).copy()

    def find_sequence(self):
        # The neighbours are links (title and URL): kept without their bodies.
        siblings = ExhibitPage.objects.sibling_of(self, inclusive=True).visible().without_bodies()
        return Sequence.around(self, siblings.filter(kind=self.kind))

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
