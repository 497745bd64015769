"""Factories for every page type, shared by the tests and usable from a shell.

Each sets both languages explicitly; pass `title_en=""` (and so on) to make a
page whose English version is pending.
"""

from datetime import datetime, time, timedelta
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone

from exhibits.models import (
    ExhibitKind,
    ExhibitPage,
    FilmIndexPage,
    FilmPage,
    HeritageSiteIndexPage,
    HeritageSitePage,
    HomePage,
    MuseumImage,
    MuseumPage,
    ProgrammeKind,
    ProgrammeOccurrence,
    ProgrammePage,
    TrailPage,
    TrailStopPage,
)
from exhibits.programme_dates import EVENT_TIME_ZONE


class BasePageFactory(wagtail_factories.PageFactory):
    title_zh_hans = factory.Sequence(lambda n: f"页面{n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    slug_zh_hans = factory.Sequence(lambda n: f"ye-mian-{n}")
    slug_en = factory.Sequence(lambda n: f"page-{n}")
    title = factory.SelfAttribute("title_zh_hans")
    slug = factory.SelfAttribute("slug_zh_hans")
    intro_zh_hans = "中文简介。"
    intro_en = "English introduction."
    live = True

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title_zh_hans = "渝中金融历史文化"
    title_en = "Yuzhong Financial Heritage"
    slug_zh_hans = "home"
    slug_en = "home"

    class Meta:
        model = HomePage


class MuseumPageFactory(BasePageFactory):
    title_zh_hans = factory.Sequence(lambda n: f"博物馆{n}")
    title_en = factory.Sequence(lambda n: f"Museum {n}")
    slug_zh_hans = factory.Sequence(lambda n: f"bowuguan-{n}")
    slug_en = factory.Sequence(lambda n: f"museum-{n}")
    address_zh_hans = "渝中区新华路"
    address_en = "Xinhua Road, Yuzhong"
    latitude = Decimal("29.5606")
    longitude = Decimal("106.5832")

    class Meta:
        model = MuseumPage


class ExhibitPageFactory(BasePageFactory):
    title_zh_hans = factory.Sequence(lambda n: f"展项{n}")
    title_en = factory.Sequence(lambda n: f"Exhibit {n}")
    slug_zh_hans = factory.Sequence(lambda n: f"zhanxiang-{n}")
    slug_en = factory.Sequence(lambda n: f"exhibit-{n}")
    kind = ExhibitKind.SCENE
    position = factory.Sequence(lambda n: n + 1)

    class Meta:
        model = ExhibitPage


class HeritageSiteIndexPageFactory(BasePageFactory):
    title_zh_hans = "历史建筑"
    title_en = "Heritage sites"
    slug_zh_hans = "lishi-jianzhu"
    slug_en = "heritage-sites"

    class Meta:
        model = HeritageSiteIndexPage


class HeritageSitePageFactory(BasePageFactory):
    title_zh_hans = factory.Sequence(lambda n: f"旧址{n}")
    title_en = factory.Sequence(lambda n: f"Former site {n}")
    slug_zh_hans = factory.Sequence(lambda n: f"jiuzhi-{n}")
    slug_en = factory.Sequence(lambda n: f"former-site-{n}")
    latitude = Decimal("29.5601")
    longitude = Decimal("106.5843")

    class Meta:
        model = HeritageSitePage


class TrailPageFactory(BasePageFactory):
    title_zh_hans = factory.Sequence(lambda n: f"步道{n}")
    title_en = factory.Sequence(lambda n: f"Trail {n}")
    slug_zh_hans = factory.Sequence(lambda n: f"budao-{n}")
    slug_en = factory.Sequence(lambda n: f"trail-{n}")

    class Meta:
        model = TrailPage


class TrailStopPageFactory(BasePageFactory):
    title_zh_hans = factory.Sequence(lambda n: f"站点{n}")
    title_en = factory.Sequence(lambda n: f"Stop {n}")
    slug_zh_hans = factory.Sequence(lambda n: f"zhandian-{n}")
    slug_en = factory.Sequence(lambda n: f"stop-{n}")
    position = factory.Sequence(lambda n: n + 1)
    latitude = Decimal("29.5598")
    longitude = Decimal("106.5850")

    class Meta:
        model = TrailStopPage


class FilmIndexPageFactory(BasePageFactory):
    title_zh_hans = "纪录短片"
    title_en = "Documentary films"
    slug_zh_hans = "jilu-duanpian"
    slug_en = "films"

    class Meta:
        model = FilmIndexPage


class VideoDocumentFactory(wagtail_factories.DocumentFactory):
    """A document that passes for an MP4 (its first box is `ftyp`); it plays nowhere."""

    title = "Video"
    file = factory.django.FileField(filename="film.mp4", data=b"\0\0\0\x18ftypisom" + bytes(16))


class FilmPageFactory(BasePageFactory):
    """A film page with a stand-in video; pass `video` and captions documents for real ones."""

    title_zh_hans = factory.Sequence(lambda n: f"影片{n}")
    title_en = factory.Sequence(lambda n: f"Film {n}")
    slug_zh_hans = factory.Sequence(lambda n: f"yingpian-{n}")
    slug_en = factory.Sequence(lambda n: f"film-{n}")
    duration_seconds = 12
    video = factory.SubFactory(VideoDocumentFactory)

    class Meta:
        model = FilmPage


class MuseumImageFactory(wagtail_factories.ImageFactory):
    description_zh_hans = "测试图片"
    description_en = "Test image"

    class Meta:
        model = MuseumImage


class ProgrammePageFactory(BasePageFactory):
    """A programme with one date a week from now, 14:00–16:00 in Chongqing; pass
    ``occurrences=[...]`` (dicts of ProgrammeOccurrence fields) for others."""

    title_zh_hans = factory.Sequence(lambda n: f"活动{n}")
    title_en = factory.Sequence(lambda n: f"Programme {n}")
    slug_zh_hans = factory.Sequence(lambda n: f"huodong-{n}")
    slug_en = factory.Sequence(lambda n: f"programme-{n}")
    kind = ProgrammeKind.LECTURE

    class Meta:
        model = ProgrammePage

    @classmethod
    def _create(cls, model_class, *args, occurrences=None, **kwargs):
        if occurrences is None:
            start = datetime.combine(
                timezone.localdate() + timedelta(days=7), time(14, 0), tzinfo=EVENT_TIME_ZONE
            )
            occurrences = [{"starts_at": start, "ends_at": start + timedelta(hours=2)}]
        page = super()._create(model_class, *args, **kwargs)
        for number, values in enumerate(occurrences):
            ProgrammeOccurrence.objects.create(page=page, sort_order=number, **values)
        return page
