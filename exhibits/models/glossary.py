"""The financial-history glossary (Snippets → Glossary): each term's Chinese form, the
approved English, the English variants not to use, and a short note in both languages.

Visitor pages mark a term's first use and show its note inline; the glossary has its own
page in both languages (exhibits.glossary); the pre-publish check asks
``GlossaryTerm.objects.discouraged_uses`` about a page's two texts.
"""

from django import forms
from django.core.cache import cache
from django.db import models
from django.db.models.functions import Lower
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from exhibits.glosses import Gloss, variants_found
from exhibits.slugs import romanise, slug_from_title
from museum.content_version import current_version, memo
from museum.page_cache import release

CACHE_SECONDS = 24 * 60 * 60


class VariantStatus(models.TextChoices):
    FORBIDDEN = "forbidden", _("Forbidden: wrong or misleading")
    DISCOURAGED = "discouraged", _("Discouraged: not the site's usage")


class GlossaryQuerySet(models.QuerySet):
    def glosses(self, language=None):
        """Every term as a visitor page in ``language`` shows it, in one query."""
        language = language or translation.get_language()
        rows = self.order_by(Lower("english")).values_list(
            "slug", "chinese", "english", "note_zh_hans", "note_en"
        )
        return [
            Gloss(slug, chinese, english, (note_en or note_zh) if language == "en" else note_zh)
            for slug, chinese, english, note_zh, note_en in rows
        ]

    def discouraged_uses(self, chinese_text, english_text):
        """(term, variant) for every term whose Chinese appears in ``chinese_text`` and
        one of whose forbidden or discouraged variants appears in ``english_text``
        (whole words, any case). Two queries, however many terms."""
        terms = [
            (term, term.chinese, term.english, [variant.text for variant in term.variants.all()])
            for term in self.prefetch_related("variants")
        ]
        found = variants_found(chinese_text or "", english_text or "", terms)
        variants = {
            (term.pk, variant.text): variant
            for term, *_rest in terms
            for variant in term.variants.all()
        }
        return [(term, variants[(term.pk, text)]) for term, text in found]


def cached_glosses(language=None):
    """The glosses for a visitor page, kept in the shared cache under the page cache's
    content version (museum.content_version), which every glossary change bumps: the first
    page rendered after a change reads them from the database, the others from the cache
    in no query. Without a version (the cache unreachable) they come from the database."""
    language = language or translation.get_language()
    # Each process keeps them too, for the same version (museum.content_version.memo).
    return memo.get(("glosses", language), lambda: shared_glosses(language))


def shared_glosses(language):
    version = current_version()
    if version is None:
        return GlossaryTerm.objects.glosses(language)
    # The release too: a deploy may change what a cached gloss holds.
    key = f"glossary:{release()}:{version}:{language}"
    glosses = cache.get(key)
    if glosses is None:
        glosses = GlossaryTerm.objects.glosses(language)
        cache.set(key, glosses, CACHE_SECONDS)
    return glosses


class GlossaryTerm(ClusterableModel):
    """A financial-history term: its Chinese, the approved English, variants not to use
    and a short note. Curators edit it under Snippets → Glossary."""

    chinese = models.CharField(
        max_length=60,
        unique=True,
        verbose_name=_("Chinese form"),
        help_text=_("The term as the Chinese text writes it, e.g. 打铜街."),
    )
    english = models.CharField(
        max_length=120,
        verbose_name=_("approved English"),
        help_text=_("The one English form pages use, e.g. Datong Street."),
    )
    slug = models.SlugField(
        max_length=80,
        unique=True,
        blank=True,
        verbose_name=_("slug"),
        help_text=_(
            "The term's anchor on the glossary page (/en/glossary/#datong-street). "
            "Filled in from the English when left empty."
        ),
    )
    note = models.TextField(
        max_length=400,
        blank=True,
        verbose_name=_("note"),
        help_text=_(
            "One or two factual sentences shown to visitors when they tap the term; "
            "only what the sources say."
        ),
    )

    objects = GlossaryQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("chinese"), FieldPanel("english")]),
        FieldPanel("note", widget=forms.Textarea(attrs={"rows": 3})),
        InlinePanel("variants", heading=_("English variants not to use"), label=_("Variant")),
        FieldPanel("slug"),
    ]

    class Meta:
        ordering = [Lower("english")]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return f"{self.chinese} {self.english}"

    def get_variants_display(self):
        """The variants as the snippet's inspect view lists them, for curators."""
        return format_html_join(
            "\n",
            "<p>{} · {}{}</p>",
            (
                (
                    variant.text,
                    variant.get_status_display(),
                    f" · {variant.reason}" if variant.reason else "",
                )
                for variant in self.variants.all()
            ),
        )

    def clean(self):
        super().clean()
        self.chinese = (self.chinese or "").strip()
        self.english = " ".join((self.english or "").split())
        self.fill_slug()

    def save(self, *args, **kwargs):
        self.fill_slug()
        super().save(*args, **kwargs)

    def fill_slug(self):
        if not self.slug:
            self.slug = slug_from_title(self.english) or slug_from_title(romanise(self.chinese))


class GlossaryVariant(Orderable):
    """An English form a term must not take, with why (shown to curators only)."""

    term = ParentalKey(GlossaryTerm, on_delete=models.CASCADE, related_name="variants")
    text = models.CharField(
        max_length=120,
        verbose_name=_("variant"),
        help_text=_("The English form not to use, e.g. Datongjie."),
    )
    status = models.CharField(
        max_length=20,
        choices=VariantStatus.choices,
        default=VariantStatus.DISCOURAGED,
        verbose_name=_("status"),
        help_text=_("Forbidden variants are wrong; discouraged ones are only not our usage."),
    )
    reason = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("reason"),
        help_text=_("Why not, in a few words, for curators."),
    )

    panels = [FieldRowPanel([FieldPanel("text"), FieldPanel("status")]), FieldPanel("reason")]

    class Meta(Orderable.Meta):
        verbose_name = _("variant")
        verbose_name_plural = _("variants")

    def __str__(self):
        return self.text

    @property
    def is_forbidden(self):
        return self.status == VariantStatus.FORBIDDEN
