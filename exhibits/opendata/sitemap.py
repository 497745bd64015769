"""/sitemap.xml: a sitemap index on the public origin, pointing at the pages of Wagtail's
sitemap of the live pages (/sitemap-pages.xml?p=N), a thousand locations each, so a
collection of any size stays within the protocol's limits and every response is small,
and at the pages that are views (/sitemap-views.xml: the glossary in each language)."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap

from exhibits.public_urls import absolute

LOCATIONS_PER_SITEMAP = 1000


class PublicSitemap(Sitemap):
    """Wagtail's sitemap with every location on the public origin, a page at a time."""

    limit = LOCATIONS_PER_SITEMAP

    def _urls(self, page, protocol, domain):
        urls, last_mods = [], set()
        # A list, not Wagtail's iterator(): the specific pages of one sitemap page load in
        # one query per page type, never in chunks that grow with the number of pages.
        for item in list(self.paginator.page(page).object_list):
            for entry in item.get_sitemap_urls(self.request):
                entry["location"] = absolute(entry["location"])
                urls.append(entry)
                last_mods.add(entry.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


class ViewSitemap(DjangoSitemap):
    """Pages that are views rather than Wagtail pages (the glossary), in every language,
    named by URL name so that open data imports no other feature."""

    url_names = ("glossary",)

    def items(self):
        return [(name, code) for name in self.url_names for code, _name in settings.LANGUAGES]

    def location(self, item):
        name, code = item
        with translation.override(code):
            return reverse(name)

    def _urls(self, page, protocol, domain):
        return [
            {
                "item": item,
                "location": absolute(self.location(item)),
                "lastmod": None,
                "changefreq": None,
                "priority": None,
                "alternates": [],
            }
            for item in self.paginator.page(page).object_list
        ]


SITEMAPS = {"pages": PublicSitemap, "views": ViewSitemap}


def sitemap_index(request):
    """/sitemap.xml: the address of every page of every sitemap, on the public origin."""
    items = []
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        location = absolute(reverse("sitemap_section", kwargs={"section": section}))
        for number in sitemap.paginator.page_range:
            items.append(
                SitemapIndexItem(f"{location}?p={number}" if number > 1 else location, None)
            )
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )
