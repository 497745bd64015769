"""The dates of a programme: each occurrence is a start, an end, all day or not, and
perhaps a daily or weekly repetition, in Chongqing's time zone (the arithmetic is in
exhibits.programme_dates)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from exhibits import programme_dates


class Repeat(models.TextChoices):
    NONE = "", _("Does not repeat")
    DAILY = "daily", _("Every day")
    WEEKLY = "weekly", _("Every week")


class ProgrammeOccurrence(Orderable):
    """One date (or a daily or weekly series of dates) of a programme, in Chongqing time."""

    page = ParentalKey(
        "exhibits.ProgrammePage", on_delete=models.CASCADE, related_name="occurrences"
    )
    starts_at = models.DateTimeField(
        verbose_name=_("starts"),
        help_text=_(
            "Date and time in Chongqing (Beijing time). For all-day dates the time is ignored."
        ),
    )
    ends_at = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("ends"),
        help_text=_("Leave empty if the end is not known. For all-day dates: the last day."),
    )
    all_day = models.BooleanField(
        default=False,
        verbose_name=_("all day"),
        help_text=_("For exhibitions and other programmes open all day, without set times."),
    )
    repeat = models.CharField(
        max_length=10,
        blank=True,
        choices=Repeat.choices,
        default=Repeat.NONE,
        verbose_name=_("repeats"),
        help_text=_("A series at the same time every day or every week."),
    )
    repeat_until = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("repeats until"),
        help_text=_("The last date of the series (inclusive)."),
    )
    # When the last date of the series is over; kept on saving so that listings can ask
    # "upcoming" and "in this month" in SQL.
    series_ends_at = models.DateTimeField(editable=False, db_index=True)

    api_fields = [
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("all_day"),
        APIField("repeat"),
        APIField("repeat_until"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("all_day")]),
        FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_until")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("date")
        verbose_name_plural = _("dates")

    def __str__(self):
        return self.when_text(translation.get_language())

    def instances(self):
        return programme_dates.instances(
            self.starts_at, self.ends_at, self.all_day, self.repeat, self.repeat_until
        )

    @property
    def first(self):
        return self.instances()[0]

    def next_instance(self, now=None):
        return programme_dates.next_instance(self.instances(), now or timezone.now())

    def when_text(self, language):
        return programme_dates.when_text(self.first, language)

    def repeat_text(self, language):
        return programme_dates.repeat_text(self.repeat, self.repeat_until, language)

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The end cannot come before the start.")
        if self.repeat and self.repeat_until is None:
            errors["repeat_until"] = _("Give the last date of the series.")
        if self.repeat and self.repeat_until and self.starts_at:
            if self.repeat_until < programme_dates.local(self.starts_at).date():
                errors["repeat_until"] = _("The series cannot end before its first date.")
            elif (
                programme_dates.repetitions_until(self.starts_at, self.repeat, self.repeat_until)
                > programme_dates.MAX_INSTANCES
            ):
                errors["repeat_until"] = _("A series may have at most 366 dates.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.series_ends_at = self.instances()[-1].over_at
        return super().save(*args, **kwargs)
