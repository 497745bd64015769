"""The home page: the entry to the museums, the heritage sites and the trail."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from exhibits import queries
from exhibits.models.base import BasePage, page_tabs


class HomePage(BasePage):
    """The site's root page in both languages; lists the museums, sites and trails."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["exhibits.MuseumPage", "exhibits.HeritageSiteIndexPage", "exhibits.TrailPage"]
    max_count = 1

    edit_handler = page_tabs(content=[FieldPanel("title"), FieldPanel("intro"), FieldPanel("body")])

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["museums"] = queries.museums_under(self)
        context["site_indexes"] = queries.live_children(self, "HeritageSiteIndexPage")
        context["trails"] = queries.live_children(self, "TrailPage")
        return context
