"""/sitemap.xml: Wagtail's sitemap of the live pages, on the public origin."""

from wagtail.contrib.sitemaps import Sitemap

from exhibits.public_urls import absolute


class PublicSitemap(Sitemap):
    """Wagtail's sitemap with every location on the public origin."""

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for entry in urls:
            entry["location"] = absolute(entry["location"])
        return urls
