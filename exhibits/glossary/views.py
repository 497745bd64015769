"""The glossary's public page, /<language>/glossary/: every term in both forms with its
note, an anchor per term (where a marked term on a visitor page links without scripts).

A view over the snippet rather than a page type: the terms are the snippet's rows, so
there is nothing for a curator to place in the tree or keep in step, and the page exists
in both languages as soon as the glossary does."""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

from exhibits.models import GlossaryTerm
from exhibits.slugs import romanise


def glossary(request):
    """Every term, in pinyin order on the Chinese page and alphabetical on the English."""
    language = translation.get_language()
    terms = list(GlossaryTerm.objects.glosses(language))
    if language == "zh-hans":
        terms.sort(key=lambda gloss: romanise(gloss.chinese).lower())
    else:
        terms.sort(key=lambda gloss: gloss.english.lower())
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            links.append((code, name, reverse("glossary")))
    return render(
        request,
        "exhibits/glossary.html",
        {"layout": "layouts/phone.html", "terms": terms, "language_links": links},
    )
