"""Wagtail's image tags (``image``, ``srcset_image``, ``picture``), parsing their filters
once per template instead of on every render.

Wagtail builds a new ``Filter`` for each size and format every time a tag renders, and
parsing one (``Filter.operations``, which checks each operation's arguments with
``inspect``) cost about 170 µs for a card's six renditions: a sixth of the home page.
A template is compiled once per process (the cached loader), so its nodes keep their
filters. ``srcset_image`` and ``picture`` also keep the HTML they drew for an image, per
content version (museum.content_version.memo). Templates load this library instead of
``wagtailimages_tags``; the syntax and the output are Wagtail's.
"""

from django import template
from django.utils import translation
from django.utils.functional import cached_property
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

from museum.content_version import memo

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


class DrawnOnce(FiltersParsedOnce):
    """Keeps the HTML of each image the node draws, per content version and language
    (the alt text is translated): finding six renditions and writing their srcset
    was most of a listing's render. An image change bumps the version."""

    def render(self, context):
        if self.output_var_name:
            return super().render(context)
        image = self.validate_image(context)
        if not image:
            return ""
        attrs = tuple((name, str(value.resolve(context))) for name, value in self.attrs.items())
        key = ("image-tag", type(self).__name__, tuple(self.filter_specs), image.pk, attrs)
        key += (translation.get_language(),)
        return memo.get(key, lambda: super(DrawnOnce, self).render(context))


class ImageNode(FiltersParsedOnce, wagtail_tags.ImageNode):
    pass


class SrcsetImageNode(DrawnOnce, wagtail_tags.SrcsetImageNode):
    pass


class PictureNode(DrawnOnce, wagtail_tags.PictureNode):
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
