"""Which pages lack English or a fact check, for the page explorer and the dashboard.

English counts as missing when the title, intro or body is blank in English but
not in Chinese (as BasePage.missing_translations says for visitors, minus the
untranslated-copy check, which needs the whole body). English is out of date when a
field's Chinese changed after its English (PageTranslationStatus, kept from revisions).
All three flags come from one SQL query however many pages are listed.
"""

from django.apps import apps
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, TextField
from django.db.models.functions import Cast
from modeltranslation.utils import build_localized_fieldname

from exhibits.models import BasePage, FactCheckStatus, PageTranslationStatus

DEFAULT_LANGUAGE = "zh-hans"
OTHER_LANGUAGE = "en"
CHECKED_FIELDS = ("intro", "body")


def page_models():
    """The concrete visitor page types; each keeps intro, body and fact check in its table."""
    return [
        model
        for model in apps.get_app_config("exhibits").get_models()
        if issubclass(model, BasePage) and not model._meta.abstract
    ]


def blank(field_name):
    """Q for a blank text or StreamField column (NULL, "" or an empty stream "[]")."""
    alias = f"{field_name}_text"
    return alias, Q(**{f"{alias}__isnull": True}) | Q(**{f"{alias}__in": ["", "[]"]})


def lacks_english(model):
    """Rows of one page type whose English intro or body is blank while the Chinese is not."""
    queryset = model.objects.filter(pk=OuterRef("pk"))
    condition = Q()
    for name in CHECKED_FIELDS:
        english, chinese = (
            build_localized_fieldname(name, code) for code in (OTHER_LANGUAGE, DEFAULT_LANGUAGE)
        )
        english_alias, english_blank = blank(english)
        chinese_alias, chinese_blank = blank(chinese)
        queryset = queryset.annotate(
            **{english_alias: Cast(english, TextField()), chinese_alias: Cast(chinese, TextField())}
        )
        condition |= english_blank & ~chinese_blank
    return Exists(queryset.filter(condition))


def lacks_fact_check(model):
    return Exists(
        model.objects.filter(pk=OuterRef("pk")).exclude(fact_check_status=FactCheckStatus.VERIFIED)
    )


def either(expressions):
    condition = Q()
    for expression in expressions:
        condition |= Q(expression)
    return ExpressionWrapper(condition, output_field=BooleanField())


def with_status(queryset):
    """Annotate a Page queryset with lacks_english, stale_english and lacks_fact_check."""
    models = page_models()
    title_en = build_localized_fieldname("title", OTHER_LANGUAGE)
    title_blank = Q(**{f"{title_en}__isnull": True}) | Q(**{title_en: ""})
    return queryset.annotate(
        lacks_english=either([title_blank, *(lacks_english(model) for model in models)]),
        stale_english=Exists(
            PageTranslationStatus.objects.filter(page=OuterRef("pk"), has_stale=True)
        ),
        lacks_fact_check=either([lacks_fact_check(model) for model in models]),
    )
