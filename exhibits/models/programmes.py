"""Programme pages: the exhibitions, lectures (大讲堂), salons (沙龙), roadshows (路演),
training sessions (培训) and guided walks a museum or the district holds, each with
one or more occurrences in Chongqing's time zone."""

from django.conf import settings
from django.db import models
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page

from exhibits import programme_dates
from exhibits.models.base import BasePage, api_fields_in_every_language, page_tabs
from exhibits.models.calendars import calendar_response
from exhibits.models.occurrences import ProgrammeOccurrence  # noqa: F401 -- its ParentalKey names the page
from exhibits.models.structured_data import programme_events

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


class ProgrammeKind(models.TextChoices):
    """What sort of programme it is; the plan (ch. 6 §5) names each of these."""

    EXHIBITION = "exhibition", _("Exhibition")
    LECTURE = "lecture", _("Lecture")
    SALON = "salon", _("Salon")
    ROADSHOW = "roadshow", _("Roadshow")
    TRAINING = "training", _("Training")
    GUIDED_WALK = "guided_walk", _("Guided walk")


class ProgrammeStatus(models.TextChoices):
    """Whether it goes ahead. Cancelled and postponed programmes stay listed, marked."""

    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")


class EventLanguage(models.TextChoices):
    """The language the programme is held in (not the page's)."""

    CHINESE = "zh", pgettext_lazy("language of a programme", "Chinese")
    ENGLISH = "en", pgettext_lazy("language of a programme", "English")
    BOTH = "zh_en", pgettext_lazy("language of a programme", "Chinese and English")


class AttendanceMode(models.TextChoices):
    IN_PERSON = "offline", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


class Admission(models.TextChoices):
    FREE = "free", _("Free")
    TICKETED = "ticketed", _("Ticketed")


class ProgrammePage(BasePage):
    """One programme: an exhibition, lecture, salon, roadshow, training or guided walk.

    Curators add it under a museum, or under the home page for district-wide ones;
    visitors find it on the museum and home pages, in the listings and calendars.
    """

    kind = models.CharField(
        max_length=20,
        choices=ProgrammeKind.choices,
        default=ProgrammeKind.LECTURE,
        verbose_name=_("kind"),
        help_text=_("Visitors can filter the programme listings by kind."),
    )
    status = models.CharField(
        max_length=20,
        choices=ProgrammeStatus.choices,
        default=ProgrammeStatus.SCHEDULED,
        verbose_name=_("status"),
        help_text=_(
            "A cancelled or postponed programme stays visible, marked in both languages, "
            "in the listings, calendars and screens."
        ),
    )
    status_note = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("status note"),
        help_text=_("Why it was cancelled or postponed, or when the new date will be announced."),
    )
    is_example = models.BooleanField(
        default=False,
        verbose_name=_("example"),
        help_text=_("Marks an example programme awaiting curator review; visitors see the label."),
    )
    venue_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("venue"),
        help_text=_(
            "The museum or heritage site where it takes place. Leave empty for the museum "
            "the programme belongs to, or give the venue in words below."
        ),
    )
    venue_text = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("venue in words"),
        help_text=_("Room or meeting point, or the full address of a venue elsewhere."),
    )
    audience = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("audience"),
        help_text=_("Who it is for, e.g. 'families with children over 8', 'open to all'."),
    )
    event_language = models.CharField(
        max_length=10,
        choices=EventLanguage.choices,
        default=EventLanguage.CHINESE,
        verbose_name=_("held in"),
        help_text=_("The language the programme itself is held in."),
    )
    attendance_mode = models.CharField(
        max_length=10,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
        verbose_name=_("attendance"),
        help_text=_("Whether visitors come in person, join online, or either."),
    )
    admission = models.CharField(
        max_length=10,
        choices=Admission.choices,
        default=Admission.FREE,
        verbose_name=_("admission"),
        help_text=_("Free, or a ticket is needed."),
    )
    ticket_price = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        verbose_name=_("ticket price (yuan)"),
        help_text=_("For ticketed programmes. Leave empty if not yet known."),
    )
    admission_note = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("admission details"),
        help_text=_("Concessions, how to get tickets, whether booking is needed."),
    )
    capacity = models.PositiveIntegerField(
        null=True,
        blank=True,
        verbose_name=_("places"),
        help_text=_("How many people it can take. Leave empty if there is no limit or not known."),
    )
    registration_url = models.URLField(
        blank=True,
        verbose_name=_("registration link"),
        help_text=_("Where to sign up or buy tickets."),
    )
    registration_phone = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("registration phone"),
        help_text=_("Number to call to sign up, with area code."),
    )
    accessibility = models.TextField(
        blank=True,
        verbose_name=_("accessibility"),
        help_text=_(
            "Steps, seating, hearing loops, sign language, help for visitors with low vision."
        ),
    )

    search_extra_fields = ("venue_text", "audience")

    parent_page_types = ["exhibits.MuseumPage", "exhibits.HomePage"]
    subpage_types = []
    has_qr_code = True
    embeddable = True
    embed_height = 720
    in_open_data = True
    api_fields = [
        APIField("kind"),
        APIField("status"),
        APIField("is_example"),
        APIField("event_language"),
        APIField("attendance_mode"),
        APIField("admission"),
        APIField("ticket_price"),
        APIField("capacity"),
        APIField("registration_url"),
        APIField("registration_phone"),
        APIField("venue_page"),
        APIField("occurrences"),
        *api_fields_in_every_language(
            "status_note", "venue_text", "audience", "admission_note", "accessibility"
        ),
    ]
    search_rank = 6
    listing_prefetches = ("occurrences",)

    edit_handler = page_tabs(
        content=[
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
            FieldPanel("status_note"),
            FieldPanel("is_example"),
            FieldPanel("intro"),
            FieldPanel("body"),
        ],
        visit=[
            InlinePanel("occurrences", label=_("date"), min_num=1),
            MultiFieldPanel(
                [
                    PageChooserPanel(
                        "venue_page", page_type=["exhibits.MuseumPage", "exhibits.HeritageSitePage"]
                    ),
                    FieldPanel("venue_text"),
                ],
                heading=_("Venue"),
            ),
            FieldRowPanel([FieldPanel("event_language"), FieldPanel("attendance_mode")]),
            FieldPanel("audience"),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("admission"),
                            FieldPanel("ticket_price"),
                            FieldPanel("capacity"),
                        ]
                    ),
                    FieldPanel("admission_note"),
                    FieldRowPanel(
                        [FieldPanel("registration_url"), FieldPanel("registration_phone")]
                    ),
                ],
                heading=_("Admission and registration"),
            ),
            FieldPanel("accessibility"),
        ],
    )

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    # --- Dates -----------------------------------------------------------------

    @cached_property
    def occurrence_list(self):
        """The occurrences in order; prefetched by the listings."""
        return sorted(self.occurrences.all(), key=lambda occurrence: occurrence.starts_at)

    def instances(self):
        """Every date of every occurrence, in order."""
        found = [
            instance for occurrence in self.occurrence_list for instance in occurrence.instances()
        ]
        return sorted(found, key=lambda instance: instance.start)

    def next_instance(self, now=None):
        """The next date not yet over (the current one while it runs); None when all are past."""
        return programme_dates.next_instance(self.instances(), now or timezone.now())

    def shown_instance(self, now=None):
        """The date a listing shows: the next one, or the last one when all are past."""
        found = self.instances()
        return programme_dates.next_instance(found, now or timezone.now()) or (
            found[-1] if found else None
        )

    def when_text(self, language=None, now=None):
        instance = self.shown_instance(now)
        if instance is None:
            return ""
        return programme_dates.when_text(instance, language or translation.get_language())

    def is_over(self, now=None):
        return self.next_instance(now) is None

    # --- What visitors read -------------------------------------------------------

    @property
    def is_going_ahead(self):
        return self.status == ProgrammeStatus.SCHEDULED

    def status_labels(self):
        """The status in every language, [(language, label)], the page's language first:
        a cancellation is read by everyone, whichever language they chose."""
        active = translation.get_language()
        labels = []
        for code in sorted(LANGUAGES, key=lambda code: code != active):
            with translation.override(code):
                labels.append((code, str(ProgrammeStatus(self.status).label)))
        return labels

    def kind_labels(self):
        labels = {}
        for code in LANGUAGES:
            with translation.override(code):
                labels[code] = str(ProgrammeKind(self.kind).label)
        return labels

    def venue(self, parent=None):
        """The venue page (the one chosen, else the museum it belongs to), or None; the
        venue's words are ``venue_text``."""
        if self.venue_page_id is not None:
            return self.venue_page if self.venue_page.live else None
        parent = parent if parent is not None else self.get_parent()
        return parent if getattr(parent.specific_class, "is_place", False) else None

    @property
    def listed_venue(self):
        """The chosen venue page while it is live (listings name it), else None."""
        venue = self.venue_page
        return venue if venue is not None and venue.live else None

    @staticmethod
    def parents_of(programmes):
        """{programme id: its parent page (not specific)}, in one query."""
        paths = {programme.pk: programme.path[: -Page.steplen] for programme in programmes}
        parents = {page.path: page for page in Page.objects.filter(path__in=set(paths.values()))}
        return {pk: parents.get(parent_path) for pk, parent_path in paths.items()}

    def calendar_filename(self):
        return f"programme-{self.pk}.ics"

    # --- Routes -----------------------------------------------------------------

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """`<programme url>calendar/`: this programme as an iCalendar file to import."""
        parent = self.get_parent().specific
        return calendar_response(
            request,
            [(self, parent)],
            name=self.title,
            filename=self.calendar_filename(),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent().specific
        now = timezone.now()
        language = translation.get_language()
        context["parent_page"] = parent
        context["venue"] = self.venue(parent)
        context["occurrence_rows"] = [
            {
                "when": occurrence.when_text(language),
                "repeat": occurrence.repeat_text(language),
                "next": (
                    programme_dates.when_text(next_instance, language)
                    if occurrence.repeat and (next_instance := occurrence.next_instance(now))
                    else ""
                ),
                "over": occurrence.series_ends_at <= now,
            }
            for occurrence in self.occurrence_list
        ]
        context["is_over"] = self.is_over(now)
        context["structured_data"] = programme_events(self, parent, request)
        return context
