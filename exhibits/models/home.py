"""The home page: the entry to the museums, the heritage sites, the trail and the films."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from exhibits.models.base import BasePage, page_tabs
from exhibits.models.films import FilmIndexPage
from exhibits.models.museums import MuseumPage
from exhibits.models.programme_listings import ProgrammeListingMixin
from exhibits.models.sites import HeritageSiteIndexPage
from exhibits.models.trail import TrailPage


class HomePage(ProgrammeListingMixin, BasePage):
    """The site's root page in both languages; lists the museums, sites and trails, and
    the district's next programmes."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "exhibits.MuseumPage",
        "exhibits.HeritageSiteIndexPage",
        "exhibits.TrailPage",
        "exhibits.FilmIndexPage",
        "exhibits.ProgrammePage",
    ]
    max_count = 1
    upcoming_programmes = 6

    edit_handler = page_tabs(content=[FieldPanel("title"), FieldPanel("intro"), FieldPanel("body")])

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, listing=True, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if listing:
            context["museums"] = self.live_children(MuseumPage)
            context["site_indexes"] = self.live_children(HeritageSiteIndexPage)
            context["trails"] = self.live_children(TrailPage)
            context["film_indexes"] = self.live_children(FilmIndexPage)
            context.update(self.programme_context(request))
        return context
