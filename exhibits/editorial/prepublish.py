"""The pre-publish check: what is wrong with a page before it goes to phones in China.

A registry of check functions. Each takes the page (the draft as the editor holds it)
and a ``CheckContext`` and yields ``Problem``s: a severity, a message (translated,
so it reads in the admin's language and, in the site-wide report, in both), and the
form field it is about, which the editor's check panel links to.

Errors stop publishing and submitting for review (``gate``, through the page form),
unless a senior curator overrides them, which the page's history records. Warnings
and information never block. Which problems are errors:

=====================================  ========  ==========================================
problem                                severity  why
=====================================  ========  ==========================================
image without alt text in a language   error     blind visitors get nothing (WCAG 1.1.1)
English missing (title, intro, body)   warning   the site is Chinese-first: curators submit
                                                 Chinese drafts and English visitors are
                                                 told the English is pending
English older than the Chinese        warning   it may no longer say the same
glossary term: forbidden English       error     wrong or misleading (the glossary says why)
glossary term: discouraged English     warning   visitors meet two names for one thing
media, embeds or images from another   error     mainland networks may block them: the
host in rich text                                page hangs or shows holes
links to another host in rich text     info      a plain link is the visitor's choice
page weight over the phone budget      warning   slow over a weak signal, still works
facts still "needs checking"           warning   visitors see the "awaits review" note
QR label not printed for a live page   warning   nothing on the wall leads to the page
coordinates missing or rough           warning   the map shows no or a rough position
=====================================  ========  ==========================================

Adding a check is one function here, decorated with ``@check()`` (``blocking=True``
when it can report errors, so that the page form runs it).
"""

import dataclasses
from contextlib import nullcontext
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation
from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Site

from exhibits.editorial.labels import language_label
from exhibits.editorial.rich_text import resources_in
from exhibits.models import (
    FactCheckStatus,
    GlossaryTerm,
    LocatedPageMixin,
    LocationCertainty,
    QRCode,
    english_status,
)
from exhibits.models.page_form import can_verify_facts
from exhibits.page_weight import KB, PHONE_PAGE_BUDGET

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)
SEVERITY_LABELS = {ERROR: _("Error"), WARNING: _("Warning"), INFO: _("Information")}
OTHER_LANGUAGE = "en"
# A content language's name in the language a message is read in.
language_name = lazy(language_label, str)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a page. ``message`` is a lazy translation, formatted with
    ``params``; ``field`` names the form field the editor's panel links to."""

    check: str
    severity: str
    message: object
    field: str = ""
    params: dict = dataclasses.field(default_factory=dict, compare=False, hash=False)

    def text(self, language=None):
        """The message in ``language`` (default: the active one)."""
        with translation.override(language) if language else nullcontext():
            return str(self.message) % self.params if self.params else str(self.message)

    def as_log(self):
        """What the page's history keeps of an overridden problem, in both languages."""
        return {
            "check": self.check,
            "field": self.field,
            **{code: self.text(code) for code, _name in settings.LANGUAGES},
        }


@dataclass
class Check:
    name: str
    function: object
    blocking: bool


CHECKS = []


def check(blocking=False):
    """Register a check function; ``blocking`` ones can report errors, so the page form
    runs them before publishing (the others run only for the panel and the report)."""

    def register(function):
        CHECKS.append(Check(function.__name__, function, blocking))
        return function

    return register


@dataclass
class CheckContext:
    """What checks share: looked up once, for one page or for the whole site."""

    qr_codes: dict = None  # {page id: QRCode}, for the site-wide run; None: ask per page
    weigh: bool = True

    @cached_property
    def own_hosts(self):
        hosts = {urlsplit(settings.MUSEUM_PUBLIC_URL).hostname}
        hosts.update(Site.objects.values_list("hostname", flat=True))
        return {host.lower() for host in hosts if host}

    def qr_code_of(self, page):
        if self.qr_codes is not None:
            return self.qr_codes.get(page.pk)
        return QRCode.objects.filter(page_id=page.pk).first() if page.pk else None


def run_checks(page, context=None, blocking_only=False):
    """Every problem of ``page``, errors first, in the order the checks are registered."""
    context = context or CheckContext()
    problems = []
    for entry in CHECKS:
        if blocking_only and not entry.blocking:
            continue
        problems.extend(entry.function(page, context))
    return sorted(problems, key=lambda problem: SEVERITIES.index(problem.severity))


def errors(problems):
    return [problem for problem in problems if problem.severity == ERROR]


def may_override(user):
    """Senior curators (and superusers), who may also vouch for facts, may publish over
    errors; the override is recorded in the page's history."""
    return can_verify_facts(user)


# --- The checks -------------------------------------------------------------------


def own_fields(page, kind):
    """The page's fields of a kind, each language's column once: modeltranslation's
    unsuffixed field (which reads the active language) is left out."""
    try:
        translated = set(translator.get_options_for_model(type(page)).all_fields)
    except NotRegistered:
        translated = set()
    return [
        model_field
        for model_field in page._meta.get_fields()
        if isinstance(model_field, kind) and model_field.name not in translated
    ]


@check(blocking=True)
def alt_text(page, context):
    """Every image the page shows (main image and images in its streams) needs alt
    text in both languages."""
    image_model = get_image_model()
    used = {}  # image id -> the first field that shows it
    if page.listing_image_id:
        used[str(page.listing_image_id)] = "listing_image"
    for model_field in own_fields(page, StreamField):
        value = getattr(page, model_field.name)
        if not value:
            continue
        for model, object_id, _path, _content in model_field.stream_block.extract_references(value):
            if issubclass(model, image_model):
                used.setdefault(str(object_id), model_field.name)
    if not used:
        return
    images = image_model.objects.filter(pk__in=used).only(
        "title", *(f"description_{code.replace('-', '_')}" for code, _n in settings.LANGUAGES)
    )
    for image in images:
        for code, _name in settings.LANGUAGES:
            if not (getattr(image, f"description_{code.replace('-', '_')}") or "").strip():
                yield Problem(
                    "alt_text",
                    ERROR,
                    _("The image “%(image)s” has no alt text in %(language)s."),
                    used[str(image.pk)],
                    {"image": image.title, "language": language_name(code)},
                )


@check()
def missing_english(page, context):
    """English visitors get the Chinese, marked as such, where the English is missing."""
    for name in page.missing_translations(OTHER_LANGUAGE):
        yield Problem(
            "missing_english",
            WARNING,
            _("The English %(field)s is missing: English visitors see the Chinese."),
            f"{name}_{OTHER_LANGUAGE}",
            {"field": page._meta.get_field(name).verbose_name},
        )


@check()
def stale_english(page, context):
    """The Chinese changed after the English was last edited (from the page's revisions,
    as Reports → Translations shows), and nobody has marked the English checked since."""
    if page.pk is None:
        return
    for name, status in english_status(page).items():
        if status == "stale":
            yield Problem(
                "stale_english",
                WARNING,
                _(
                    "The English %(field)s is older than the Chinese: check that it still "
                    "says the same."
                ),
                f"{name}_{OTHER_LANGUAGE}",
                {"field": page._meta.get_field(name).verbose_name},
            )


@check(blocking=True)
def glossary_variants(page, context):
    """The English names a term of the glossary (Snippets → Glossary) whose Chinese is on
    the page with a variant the glossary forbids or discourages."""
    uses = GlossaryTerm.objects.discouraged_uses(
        " ".join(page.texts_in("zh_hans")), " ".join(page.texts_in(OTHER_LANGUAGE))
    )
    for term, variant in uses:
        in_field = [  # the field to link to: the title or intro if it is there, or the body
            f"{name}_{OTHER_LANGUAGE}"
            for name in ("title", "intro")
            if variant.text.lower() in (getattr(page, f"{name}_{OTHER_LANGUAGE}") or "").lower()
        ]
        field = (in_field or [f"body_{OTHER_LANGUAGE}"])[0]
        yield Problem(
            "glossary_variant",
            ERROR if variant.is_forbidden else WARNING,
            _(
                "The English says “%(variant)s” for %(chinese)s: the glossary asks for "
                "“%(english)s”. %(reason)s"
            ),
            field,
            {
                "variant": variant.text,
                "chinese": term.chinese,
                "english": term.english,
                # Read in the language the problem is read in (the reason is translated).
                "reason": lazy(lambda variant=variant: variant.reason or "", str)(),
            },
        )


def rich_texts(page):
    """(field name, HTML) of every rich text the page holds, in every language."""
    for model_field in own_fields(page, (RichTextField, StreamField)):
        if isinstance(model_field, RichTextField):
            value = getattr(page, model_field.name)
            if value:
                yield model_field.name, value
        else:
            value = getattr(page, model_field.name)
            if value:
                for html in strings_in(value.raw_data):
                    yield model_field.name, html


def strings_in(data):
    """Every string in a stream's stored JSON that holds markup (rich text is stored as
    HTML, whatever block it sits in)."""
    if isinstance(data, str):
        if "<" in data:
            yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings_in(value)
    elif isinstance(data, (list, tuple)) or hasattr(data, "__iter__"):
        for value in data:
            yield from strings_in(value)


@check(blocking=True)
def other_hosts(page, context):
    """Media, embeds and images in rich text must come from this site; links to other
    sites are listed for information."""
    for field_name, html in rich_texts(page):
        for resource in resources_in(html, context.own_hosts):
            if resource.loads:
                yield Problem(
                    "other_host_resource",
                    ERROR,
                    _(
                        "The rich text loads %(what)s from another host (%(host)s), which "
                        "mainland networks may block. Upload it to this site instead."
                    ),
                    field_name,
                    {"what": resource.kind, "host": resource.host},
                )
            else:
                yield Problem(
                    "outbound_link",
                    INFO,
                    _("Link to another site: %(url)s"),
                    field_name,
                    {"url": resource.url},
                )


@check()
def page_weight(page, context):
    """The phone's download (HTML, CSS, JS, gzip-compressed) within the suite's budget."""
    if not context.weigh:
        return
    from exhibits.editorial.weight import phone_weight  # renders the page: only when asked

    for code, _name in settings.LANGUAGES:
        weight = phone_weight(page, code)
        if weight is not None and weight > PHONE_PAGE_BUDGET:
            yield Problem(
                "page_weight",
                WARNING,
                _(
                    "In %(language)s a phone downloads %(size).1f KB, over the budget of "
                    "%(budget)d KB. Shorten the body or split the page."
                ),
                "body_" + code.replace("-", "_"),
                {
                    "language": language_name(code),
                    "size": weight / KB,
                    "budget": PHONE_PAGE_BUDGET // KB,
                },
            )


@check()
def facts_need_checking(page, context):
    if page.fact_check_status == FactCheckStatus.NEEDS_CHECKING:
        yield Problem(
            "facts_need_checking",
            WARNING,
            _("The facts are still marked “needs checking”: visitors see a review note."),
            "fact_check_status",
        )


@check()
def label_not_printed(page, context):
    """A live page with a QR code should have its label on the wall."""
    if not (page.has_qr_code and page.live):
        return
    qr_code = context.qr_code_of(page)
    if qr_code is None or qr_code.label_printed_at is None:
        yield Problem(
            "label_not_printed",
            WARNING,
            _(
                "The page is live but its QR label is not marked printed. Print it from "
                "the QR code panel (Promote tab) and mark it printed."
            ),
            "qr_code",
        )


@check()
def coordinates(page, context):
    if not isinstance(page, LocatedPageMixin):
        return
    if not page.has_location:
        yield Problem(
            "coordinates_missing",
            WARNING,
            _("The place has no coordinates: it is missing from the maps."),
            "latitude",
        )
    elif page.location_certainty == LocationCertainty.ROUGH:
        yield Problem(
            "coordinates_rough",
            WARNING,
            _("The coordinates are a rough estimate: check them on site if you can."),
            "location_certainty",
        )
