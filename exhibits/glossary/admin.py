"""The glossary in the admin: Snippets → Glossary, for curators to keep each term's
approved English, the variants not to use and the note visitors read."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from exhibits.models import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    """Snippets → Glossary: financial-history terms and their approved English."""

    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("Glossary")
    list_display = ["chinese", "english", "slug"]
    search_fields = ["chinese", "english"]
    # Curators, who may not edit terms, read a term's variants and reasons here.
    inspect_view_enabled = True
    inspect_view_fields = ["chinese", "english", "note_zh_hans", "note_en", "variants", "slug"]


register_snippet(GlossaryTermViewSet)
