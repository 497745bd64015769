"""``{% card page label %}`` and ``{% programme_card programme %}``: a page's card in a
listing (components/card.html, components/programme_card.html), drawn once per content
version, language and host in each process.

A card is the same on the home page, a museum's listing and a film's related pages,
and drawing one (its picture's six renditions, its URL) was most of a listing's
render. It is kept in ``museum.content_version.memo``, so any publish draws it
afresh everywhere; with the memo off (the test settings) it is drawn every time.
A programme's card also names its next date, which the clock moves on: it is kept
for the current minute, as the listings that show it are (exhibits.models.programme_listings).
"""

from django import template
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from museum.content_version import memo

register = template.Library()

CARD_TEMPLATE = "components/card.html"
PROGRAMME_CARD_TEMPLATE = "components/programme_card.html"


def remembered(context, key, template_name, **values):
    """``template_name`` drawn with ``values`` on top of ``context``, kept under ``key``
    with the language and host added."""
    request = context.get("request")
    host = request.get_host() if request is not None else ""

    def draw():
        with context.push(**values):
            return context.template.engine.get_template(template_name).render(context)

    found = memo.get((*key, translation.get_language(), host), draw)
    return mark_safe(found)  # noqa: S308 -- the card template's own output


@register.simple_tag(takes_context=True)
def card(context, page, label=""):
    """The card of ``page`` with an optional ``label`` above its title."""
    key = ("card", page.pk, str(label or ""))
    return remembered(context, key, CARD_TEMPLATE, card=page, card_label=label)


@register.simple_tag(takes_context=True)
def programme_card(context, programme):
    """The card of a programme (loaded for listings: exhibits.models.programme_listings)."""
    minute = timezone.now().replace(second=0, microsecond=0)
    key = ("programme-card", programme.pk, minute)
    return remembered(context, key, PROGRAMME_CARD_TEMPLATE, programme=programme)
