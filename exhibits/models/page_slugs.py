"""A page's empty slugs, filled from its titles and unique among its siblings.

Used by the page edit form (a curator who never opens the Promote tab can still submit a
page), by BasePage.full_clean (pages made in code get pinyin, not Wagtail's Chinese-character
slug) and by the editor's slug suggestions. Models import this module, so it imports none.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext
from modeltranslation.utils import build_localized_fieldname

from exhibits.slugs import fill_slugs, slug_from_title, taken_slugs, unique_slug

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != DEFAULT_LANGUAGE]


def slug_field(language):
    return build_localized_fieldname("slug", language)


def title_field(language):
    return build_localized_fieldname("title", language)


def needs_filling(slugs, titles):
    """Whether a slug is empty that fill_slugs would fill: the default one, or one with a title."""
    if not slugs.get(DEFAULT_LANGUAGE):
        return True
    return any(not slugs.get(code) and (titles.get(code) or "").strip() for code in OTHER_LANGUAGES)


def sibling_slugs(parent, page_pk=None):
    """{language: slugs the parent's other children answer to}, in one query."""
    siblings = parent.get_children()
    if page_pk:
        siblings = siblings.exclude(pk=page_pk)
    rows = siblings.values_list(*[slug_field(code) for code in LANGUAGES])
    return taken_slugs(
        [dict(zip(LANGUAGES, row, strict=True)) for row in rows], LANGUAGES, DEFAULT_LANGUAGE
    )


def completed_slugs(slugs, titles, parent, page_pk=None):
    """slugs with the empty ones filled; asks the database only when one needs filling."""
    if parent is None or not needs_filling(slugs, titles):
        return slugs
    filled = fill_slugs(slugs, titles, sibling_slugs(parent, page_pk), DEFAULT_LANGUAGE)
    return {code: filled[code] for code in slugs}


def fill_default_slug(page):
    """Give a page without a default-language slug one made from its title (pinyin).

    Only the default language: an empty slug in another language is a deliberate fallback
    for pages made in code; the edit form fills those from their titles.
    """
    if getattr(page, slug_field(DEFAULT_LANGUAGE)):
        return
    parent = getattr(page, "_cached_parent_obj", None) or (page.get_parent() if page.path else None)
    slugs = {code: getattr(page, slug_field(code)) or "" for code in LANGUAGES}
    # Other titles are left out so that their empty slugs stay empty.
    titles = {DEFAULT_LANGUAGE: getattr(page, title_field(DEFAULT_LANGUAGE)) or ""}
    filled = completed_slugs(slugs, titles, parent, page.pk)
    setattr(page, slug_field(DEFAULT_LANGUAGE), filled[DEFAULT_LANGUAGE])


def sibling_slug_errors(page):
    """{slug field: error} for each language in which a sibling answers to the page's slug.

    What wagtail-modeltranslation checks when a page is cleaned, asked of the database: it
    loaded every sibling page whole, so saving a page beside a museum's 2,000 exhibits
    read all 2,000 (half a second; seconds at 10,000). A sibling without a slug in a
    language answers to its default-language slug there, as it is routed.
    """
    siblings = page.get_siblings(inclusive=False)
    default_field = slug_field(DEFAULT_LANGUAGE)
    errors = {}
    for code in LANGUAGES:
        with translation.override(code):
            slug = page.slug  # the page's own, or its default-language one
        if not slug:
            continue
        field = slug_field(code)
        answers = Q(**{field: slug})
        if code != DEFAULT_LANGUAGE:
            unset = Q(**{field: ""}) | Q(**{f"{field}__isnull": True})
            answers |= unset & Q(**{default_field: slug})
        if siblings.filter(answers).exists():
            errors[field] = gettext("Another page under the same parent already uses this slug.")
    return errors


def check_sibling_slugs_by_query():
    """Have wagtail-modeltranslation's page clean use ``sibling_slug_errors`` (exhibits.apps,
    once ready). Its clean looks the check up by name in its module each time it runs."""
    from wagtail_modeltranslation import patch_wagtailadmin

    patch_wagtailadmin._validate_slugs = sibling_slug_errors


def suggested_slug(title, language, parent, page_pk=None):
    """The slug the editor proposes while a curator types a title in one language.

    The default-language slug stands in for other languages without a slug, so it avoids
    what the siblings answer to in every language.
    """
    base = slug_from_title(title)
    if not base or parent is None:
        return base
    taken = sibling_slugs(parent, page_pk)
    if language == DEFAULT_LANGUAGE:
        avoid = set().union(*taken.values())
    else:
        avoid = taken[language]
    return unique_slug(base, avoid)


class SlugFillingFormMixin:
    """For the page edit form: empty slugs are filled from the titles when the form is
    cleaned, so the default-language slug is not required from the curator."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get(slug_field(DEFAULT_LANGUAGE))
        if field is not None:
            field.required = False

    def clean(self):
        names = [slug_field(code) for code in LANGUAGES]
        if all(name in self.fields for name in names) and not any(
            name in self.errors for name in names
        ):
            data = self.cleaned_data
            slugs = {code: data.get(slug_field(code)) or "" for code in LANGUAGES}
            titles = {code: data.get(title_field(code)) or "" for code in LANGUAGES}
            parent = getattr(self, "parent_page", None)
            for code, slug in completed_slugs(slugs, titles, parent, self.instance.pk).items():
                data[slug_field(code)] = slug
        return super().clean()
