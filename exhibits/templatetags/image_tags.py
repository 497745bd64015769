"""Wagtail's image tags (``image``, ``srcset_image``, ``picture``), parsing their filters
once per template instead of on every render.

Wagtail builds a new ``Filter`` for each size and format every time a tag renders, and
parsing one (``Filter.operations``, which checks each operation's arguments with
``inspect``) cost about 170 µs for a card's six renditions: a sixth of the home page.
A template is compiled once per process (the cached loader), so its nodes keep their
filters. Templates load this library instead of ``wagtailimages_tags``; the syntax and
the output are Wagtail's.
"""

from django import template
from django.utils.functional import cached_property
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

register = template.Library()


class FiltersParsedOnce:
    """Keeps the node's filters: Wagtail's nodes build them anew on every render."""

    @cached_property
    def filter(self):
        return super().get_filter()

    def get_filter(self):
        return self.filter

    @cached_property
    def filters(self):
        return super().get_filters()

    def get_filters(self):
        return self.filters


class ImageNode(FiltersParsedOnce, wagtail_tags.ImageNode):
    pass


class SrcsetImageNode(FiltersParsedOnce, wagtail_tags.SrcsetImageNode):
    pass


class PictureNode(FiltersParsedOnce, wagtail_tags.PictureNode):
    pass


NODES = {
    wagtail_tags.ImageNode: ImageNode,
    wagtail_tags.SrcsetImageNode: SrcsetImageNode,
    wagtail_tags.PictureNode: PictureNode,
}


def image(parser, token):
    """Wagtail's parser (its syntax and errors), then the node that keeps its filters."""
    node = wagtail_tags.image(parser, token)
    node.__class__ = NODES[type(node)]
    return node


register.tag("image", image)
register.tag("srcset_image", image)
register.tag("picture", image)
