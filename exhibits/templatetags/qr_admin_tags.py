"""``{% qr_retirement_warning %}``: the printed-label warning on the admin's unpublish
and bulk delete/unpublish confirmations (see exhibits/qr/retirement.py)."""

from django import template

from exhibits.qr.retirement import retirement_warning

register = template.Library()


@register.simple_tag
def qr_retirement_warning(pages, action):
    """The warning for one page or a bulk action's items; "" if none has a code."""
    if hasattr(pages, "path"):
        pages = [pages]
    else:
        pages = [item["item"] if isinstance(item, dict) else item for item in pages]
    return retirement_warning(pages, action, inline=True)
