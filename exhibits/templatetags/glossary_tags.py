"""{% glossed glosses %}…{% endglossed %}: the first use of each glossary term in the
enclosed HTML becomes a tappable term with its note inline (components/gloss.html)."""

import hashlib

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe

from exhibits.glosses import mark_first_uses
from museum.content_version import memo

register = template.Library()


class GlossedNode(template.Node):
    def __init__(self, nodelist, glosses):
        self.nodelist = nodelist
        self.glosses = glosses

    def render(self, context):
        html = self.nodelist.render(context)
        glosses = self.glosses.resolve(context)
        if not glosses:
            return html
        language = translation.get_language()
        glossary_url = reverse("glossary")

        def render_gloss(gloss, text):
            return render_to_string(
                "components/gloss.html",
                {
                    "gloss": gloss,
                    "text": mark_safe(text),  # noqa: S308 -- escaped by mark_first_uses
                    "glossary_url": glossary_url,
                    "other_form": gloss.english if language == "zh-hans" else gloss.chinese,
                    "other_language": "en" if language == "zh-hans" else "zh-hans",
                },
            ).strip()

        # The same body with the same glossary is marked the same: kept per content version.
        key = ("glossed", language, hashlib.blake2b(html.encode(), digest_size=16).digest())
        marked = memo.get(key, lambda: mark_first_uses(html, glosses, render_gloss))
        return mark_safe(marked)  # noqa: S308 -- text re-escaped, marks from a template


@register.tag
def glossed(parser, token):
    """Marks the first use of each of ``glosses`` (exhibits.glosses.Gloss) in the block."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("glossed takes one argument: the glosses")
    nodelist = parser.parse(("endglossed",))
    parser.delete_first_token()
    return GlossedNode(nodelist, parser.compile_filter(bits[1]))
