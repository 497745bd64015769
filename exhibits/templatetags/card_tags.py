"""``{% card page label %}``: a page's card in a listing (components/card.html), drawn
once per content version, language and host in each process.

A card is the same on the home page, a museum's listing and a film's related pages,
and drawing one (its picture's six renditions, its URL) was most of a listing's
render. It is kept in ``museum.content_version.memo``, so any publish draws it
afresh everywhere; with the memo off (the test settings) it is drawn every time.
"""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from museum.content_version import memo

register = template.Library()

CARD_TEMPLATE = "components/card.html"


@register.simple_tag(takes_context=True)
def card(context, page, label=""):
    """The card of ``page`` with an optional ``label`` above its title."""
    request = context.get("request")
    host = request.get_host() if request is not None else ""
    key = ("card", page.pk, str(label or ""), translation.get_language(), host)

    def draw():
        card_template = context.template.engine.get_template(CARD_TEMPLATE)
        with context.push(card=page, card_label=label):
            return card_template.render(context)

    return mark_safe(memo.get(key, draw))  # noqa: S308 -- the card template's own output
