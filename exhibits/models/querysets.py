"""The queries every visitor page is built from, as QuerySet methods of the page types.

Each runs a fixed number of queries whatever the number of exhibits or stops, so page
query counts stay flat as the collection grows.
"""

from dataclasses import dataclass

from wagtail.models import Page, PageManager, PageQuerySet

# The listing image and its renditions, loaded with the pages that show them.
IMAGE_RELATIONS = ("listing_image",)
IMAGE_RENDITIONS = ("listing_image__renditions",)


class ContentQuerySet(PageQuerySet):
    """Visitor pages: what the public may see, with their images, in their order."""

    def visible(self):
        """Live and public: no drafts, no password- or login-restricted pages."""
        return self.live().public()

    def with_images(self):
        return self.select_related(*IMAGE_RELATIONS).prefetch_related(*IMAGE_RENDITIONS)

    def in_order(self):
        """Curators' numbering where the type has one, then tree order."""
        fields = {field.name for field in self.model._meta.get_fields()}
        return self.order_by("position", "path") if "position" in fields else self.order_by("path")


ContentManager = PageManager.from_queryset(ContentQuerySet)


def visible_pages():
    """Every live, public page of any type (Wagtail's Page), for cross-type lookups."""
    return Page.objects.live().public()


def specific_or_none(page_id):
    """The live page with this id as its own type, or None if unset, draft or gone."""
    if page_id is None:
        return None
    return visible_pages().filter(pk=page_id).specific().first()


@dataclass
class Sequence:
    """Where a page stands among its siblings: "scene 3 of 7", previous and next."""

    number: int | None
    total: int
    previous: Page | None
    next: Page | None

    @classmethod
    def of(cls, page, siblings):
        """Where ``page`` stands in an already loaded, ordered list of its siblings."""
        siblings = list(siblings)
        ids = [sibling.pk for sibling in siblings]
        if page.pk not in ids:
            return cls(number=None, total=len(siblings), previous=None, next=None)
        index = ids.index(page.pk)
        return cls(
            number=index + 1,
            total=len(siblings),
            previous=siblings[index - 1] if index > 0 else None,
            next=siblings[index + 1] if index + 1 < len(siblings) else None,
        )
