from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from exhibits.models import (
    ExhibitPage,
    FilmIndexPage,
    FilmPage,
    HeritageSiteIndexPage,
    HeritageSitePage,
    HomePage,
    MuseumPage,
    ProgrammePage,
    TrailPage,
    TrailStopPage,
)


class PageTreeTests(WagtailPageTestCase):
    """Each page type lives only where curators and visitors expect it."""

    def test_home_holds_museums_sites_trails_films_and_district_programmes(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {MuseumPage, HeritageSiteIndexPage, TrailPage, FilmIndexPage, ProgrammePage},
        )

    def test_films_live_only_in_the_film_index(self):
        self.assertAllowedParentPageTypes(FilmIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(FilmIndexPage, {FilmPage})
        self.assertAllowedParentPageTypes(FilmPage, {FilmIndexPage})
        self.assertAllowedSubpageTypes(FilmPage, set())

    def test_exhibits_live_only_in_museums(self):
        self.assertAllowedParentPageTypes(MuseumPage, {HomePage})
        self.assertAllowedSubpageTypes(MuseumPage, {ExhibitPage, ProgrammePage})
        self.assertAllowedParentPageTypes(ExhibitPage, {MuseumPage})
        self.assertAllowedSubpageTypes(ExhibitPage, set())

    def test_sites_live_only_in_the_site_index(self):
        self.assertAllowedParentPageTypes(HeritageSiteIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(HeritageSiteIndexPage, {HeritageSitePage})
        self.assertAllowedSubpageTypes(HeritageSitePage, set())

    def test_stops_live_only_in_trails(self):
        self.assertAllowedParentPageTypes(TrailPage, {HomePage})
        self.assertAllowedSubpageTypes(TrailPage, {TrailStopPage})
        self.assertAllowedParentPageTypes(TrailStopPage, {TrailPage})
        self.assertAllowedSubpageTypes(TrailStopPage, set())

    def test_only_one_home_page(self):
        self.assertEqual(HomePage.max_count, 1)
