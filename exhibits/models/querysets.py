"""The queries every visitor page is built from, as QuerySet methods of the page types.

Each runs a fixed number of queries whatever the number of exhibits or stops, so page
query counts stay flat as the collection grows.
"""

import copy
from collections import defaultdict
from dataclasses import dataclass, replace

from django.db.models import Count, Q, prefetch_related_objects
from wagtail.models import Page, PageManager, PageQuerySet, PageViewRestriction

# The listing image and its renditions, loaded with the pages that show them.
IMAGE_RELATIONS = ("listing_image",)
IMAGE_RENDITIONS = ("listing_image__renditions",)


class ContentQuerySet(PageQuerySet):
    """Visitor pages: what the public may see, with their images, in their order."""

    def visible(self, private=None):
        """Live and public: no drafts, no password- or login-restricted pages.

        ``private``, from ``private_paths()``, saves the query for the restrictions when
        one answer filters several listings (Wagtail's ``public()`` makes it each time)."""
        if private is None:
            return self.live().public()
        hidden = Q(pk__in=[])
        for path in private:
            hidden |= Q(path__startswith=path)
        return self.live().exclude(hidden)

    def with_images(self):
        return self.select_related(*IMAGE_RELATIONS).prefetch_related(*IMAGE_RENDITIONS)

    def for_cards(self):
        """What a card in a listing reads (title, intro, image with its renditions)."""
        return self.with_images().without_bodies()

    def without_bodies(self):
        """Without the StreamFields and the search text: decoding every listed page's
        bodies in both languages cost more than the rest of a listing."""
        fields = {field.name for field in self.model._meta.concrete_fields}
        return self.defer_streamfields().defer(*fields & {"search_document"})

    def in_order(self):
        """Curators' numbering where the type has one, then tree order."""
        fields = {field.name for field in self.model._meta.get_fields()}
        return self.order_by("position", "path") if "position" in fields else self.order_by("path")


ContentManager = PageManager.from_queryset(ContentQuerySet)


def prefetch_for_listing(pages, stream_fields=()):
    """What a listing of already loaded pages of any types reads, in a fixed number of
    queries: their images with renditions, their locales, and the named StreamFields as
    blocks (each document or image chooser of each field loads its objects once for all
    the pages, not once a page)."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for model, group in by_type.items():
        names = {field.name for field in model._meta.get_fields()}
        lookups = [
            *(IMAGE_RENDITIONS if "listing_image" in names else ()),
            "locale",
            *getattr(model, "listing_prefetches", ()),
        ]
        prefetch_related_objects(group, *lookups)
    streams, blocks = defaultdict(list), {}
    for page in pages:
        for name in stream_fields:
            value = page.__dict__.get(name)
            if value is not None:
                block = type(page)._meta.get_field(name).stream_block
                blocks[id(block)] = block
                streams[id(block)].append((page, name, value))
    for key, entries in streams.items():
        values = blocks[key].bulk_to_python([list(value.raw_data) for _p, _n, value in entries])
        for (page, name, old), value in zip(entries, values, strict=True):
            value._stream_field = old._stream_field
            page.__dict__[name] = value
    return pages


def private_paths():
    """The tree paths of the pages with view restrictions; they and everything below them
    are not public. One query."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_public(page, private):
    """Whether a loaded page lies outside every restricted section (``private_paths()``)."""
    return not any(page.path.startswith(path) for path in private)


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

    def copy(self):
        """This sequence with its own copies of the neighbours (for one request)."""
        return replace(self, previous=copy.copy(self.previous), next=copy.copy(self.next))

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

    @classmethod
    def around(cls, page, siblings, order=("position", "path")):
        """Where ``page`` stands among ``siblings`` (a QuerySet ordered by ``order``): one
        count and the two neighbours, three queries however many siblings there are."""
        first, second = order
        before = Q(**{f"{first}__lt": getattr(page, first)}) | Q(
            **{first: getattr(page, first), f"{second}__lt": getattr(page, second)}
        )
        after = Q(**{f"{first}__gt": getattr(page, first)}) | Q(
            **{first: getattr(page, first), f"{second}__gt": getattr(page, second)}
        )
        counts = siblings.order_by().aggregate(
            total=Count("pk"),
            before=Count("pk", filter=before),
            itself=Count("pk", filter=Q(pk=page.pk)),
        )
        if not counts["itself"]:
            return cls(number=None, total=counts["total"], previous=None, next=None)
        return cls(
            number=counts["before"] + 1,
            total=counts["total"],
            previous=siblings.filter(before).order_by(f"-{first}", f"-{second}").first(),
            next=siblings.filter(after).order_by(first, second).first(),
        )
