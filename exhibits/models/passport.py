"""The check-in passport (打卡护照): the stations a visitor collects stamps at, and the
anonymous daily count of completed passports, the only thing the server records.

Stations are the live stops of every live trail in walking order, then the live museums
no stop presents, in tree order. A stop that presents a museum is one station with two
labels: scanning either collects it. Stamps themselves live on the phone
(exhibits.passport_stamps).
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from exhibits.models.counters import count_one
from exhibits.models.museums import MuseumPage
from exhibits.models.querysets import private_paths
from exhibits.models.trail import TrailPage, TrailStopPage
from exhibits.trail_plan import trail_plan


@dataclass
class Station:
    """One stamp to collect: a trail stop or a museum, and the labels that give it."""

    page: Page
    number: int | None = None  # the stop's number on its trail; None for a museum
    stamp_ids: tuple = ()  # ids of the pages whose labels collect it

    @property
    def key(self):
        return self.page.pk


@dataclass
class PassportTrail:
    """A trail's stations in walking order, with its walking plan (for the map)."""

    trail: TrailPage
    stations: list = field(default_factory=list)
    plan: object = None


@dataclass
class Passport:
    """Every station of the passport, as the live pages stand now."""

    trails: list
    museums: list

    @classmethod
    def current(cls):
        """The passport over the live, public pages: four queries however many pages."""
        private = private_paths()
        trails = list(TrailPage.objects.visible(private).in_order())
        stops = list(TrailStopPage.objects.visible(private).in_order())
        museums = list(MuseumPage.objects.visible(private).in_order())
        museum_ids = {museum.pk for museum in museums}
        presented = set()
        by_path = {trail.path: PassportTrail(trail) for trail in trails}
        for stop in stops:
            group = by_path.get(stop.path[: -Page.steplen])
            if group is None:
                continue
            ids = (stop.pk,)
            if stop.linked_page_id in museum_ids:
                ids += (stop.linked_page_id,)
                presented.add(stop.linked_page_id)
            group.stations.append(Station(stop, len(group.stations) + 1, ids))
        groups = [group for group in by_path.values() if group.stations]
        for group in groups:
            group.plan = trail_plan([station.page for station in group.stations])
        off_trail = [
            Station(museum, None, (museum.pk,)) for museum in museums if museum.pk not in presented
        ]
        return cls(trails=groups, museums=off_trail)

    @property
    def stations(self):
        return [station for group in self.trails for station in group.stations] + self.museums

    def missing(self, stamped_ids):
        """The stations none of whose labels is among ``stamped_ids``."""
        return [
            station
            for station in self.stations
            if not any(page_id in stamped_ids for page_id in station.stamp_ids)
        ]


class PassportCompletion(models.Model):
    """How many phones completed the check-in passport on one day. Nothing about who:
    no address, no cookie, no browser, no stamps."""

    day = models.DateField(unique=True, verbose_name=_("day"))
    count = models.PositiveIntegerField(default=0, verbose_name=_("completions"))

    class Meta:
        verbose_name = _("passport completion count")
        verbose_name_plural = _("passport completion counts")
        ordering = ["-day"]

    def __str__(self):
        return f"{self.day}: {self.count}"

    @classmethod
    def record(cls, day=None):
        """Add one completion; exact under concurrent requests."""
        count_one(cls, day)
