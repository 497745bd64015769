"""Whether each page's English keeps up with its Chinese, field by field, from revisions.

Every saved revision (a draft, an autosave, a publish) is compared with the page's last
known values: per translated field, a change in the Chinese or the English is stamped
with the page's next step number and the time. The English of a field is **stale** when
its Chinese changed at a later step than its English; a senior curator may mark it
"checked, still correct", which holds until the Chinese changes again. The state is one
small row per page (PageTranslationStatus), so the report, the explorer and the editor
read it without replaying revisions; ``backfill_translation_status`` builds the rows of
pages that predate it, and any page without a row gets one the first time it is asked.

``english_status(page)`` is the entry point for other code (the editor, a check before
publishing): ``{field name: "present" | "missing" | "stale" | "checked"}``.
"""

import hashlib
import json

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page, Revision
from wagtail.signals import page_published

from exhibits.bilingual import is_untranslated_copy
from exhibits.models.base import BasePage

ORIGINAL = settings.LANGUAGE_CODE
ENGLISH = "en"
# Kept in step by Wagtail or filled from the title: not written by curators.
UNTRACKED = frozenset({"slug", "url_path", "seo_title", "search_description"})
CHECKED_ACTION = "exhibits.translation_checked"


class EnglishStatus(models.TextChoices):
    PRESENT = "present", _("English present")
    MISSING = "missing", _("English missing")
    STALE = "stale", _("English out of date")
    CHECKED = "checked", _("Checked, still correct")


def tracked_fields(model):
    """The translated fields curators write on one page type, in the editor's order."""
    try:
        names = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return []
    return [
        field.name
        for field in model._meta.get_fields()
        if field.name in names and field.name not in UNTRACKED
    ]


def field_label(model, name):
    return model._meta.get_field(name).verbose_name


def normalised(model, name, value):
    """A field's value as JSON data, so a revision and a live page compare equal."""
    if isinstance(model._meta.get_field(name), StreamField) and isinstance(value, str):
        try:
            return json.loads(value) if value else []
        except ValueError:
            return value
    return value


def is_blank(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not strip_tags(value).strip()
    if isinstance(value, (list, tuple, dict)):
        return not value
    return False


def digest(value):
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, cls=DjangoJSONEncoder)
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def field_status(state):
    """One field's status from its stored state, or None when neither language has text."""
    if state.get("en_blank", True):
        return None if state.get("zh_blank", True) else EnglishStatus.MISSING
    if state.get("zh_blank", True) or state.get("zh_step", 0) <= state.get("en_step", 0):
        return EnglishStatus.PRESENT
    if (state.get("checked_step") or 0) >= state["zh_step"]:
        return EnglishStatus.CHECKED
    return EnglishStatus.STALE


class PageTranslationStatus(models.Model):
    """Per page, the step and time at which each field's Chinese and English last changed.

    Kept by the revision signals below; read by Reports → Translations, the page explorer's
    badge and the editor. Nobody edits it by hand.
    """

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="translation_status"
    )
    fields = models.JSONField(default=dict, encoder=DjangoJSONEncoder)
    step = models.PositiveIntegerField(default=0)
    has_missing = models.BooleanField(default=False)
    has_stale = models.BooleanField(default=False)
    has_checked = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation status")
        verbose_name_plural = _("translation statuses")
        permissions = [("mark_translation_checked", _("Can mark out-of-date English as checked"))]

    def __str__(self):
        return f"Translation status of page {self.page_id}"

    def statuses(self, model):
        """{field name: EnglishStatus} for the fields of ``model`` that have text."""
        result = {}
        for name in tracked_fields(model):
            status = field_status(self.fields.get(name, {}))
            if status is not None:
                result[name] = status
        return result

    def apply(self, model, content, when):
        """Take in one revision's content (or a page's serialised fields)."""
        changed = False
        step = self.step + 1
        for name in tracked_fields(model):
            state = self.fields.setdefault(name, {})
            values = {}
            for short, code in (("zh", ORIGINAL), ("en", ENGLISH)):
                key = build_localized_fieldname(name, code)
                if key not in content:
                    continue
                value = values[short] = normalised(model, name, content[key])
                hashed = digest(value)
                if state.get(short) != hashed:
                    state.update(
                        {short: hashed, f"{short}_step": step, f"{short}_at": when.isoformat()}
                    )
                    changed = True
                state[f"{short}_blank"] = is_blank(value)
            # A copy of the Chinese body with Chinese text in it is not an English body yet.
            if "zh" in values and "en" in values and isinstance(values["en"], list):
                if is_untranslated_copy(values["en"], values["zh"]):
                    state["en_blank"] = True
        if changed:
            self.step = step
        self.refresh_flags(model)

    def mark_checked(self, model, name, user):
        state = self.fields[name]
        state.update(
            {
                "checked_step": state["zh_step"],
                "checked_by": user.pk,
                "checked_at": timezone.now().isoformat(),
            }
        )
        self.refresh_flags(model)

    def refresh_flags(self, model):
        found = set(self.statuses(model).values())
        self.has_missing = EnglishStatus.MISSING in found
        self.has_stale = EnglishStatus.STALE in found
        self.has_checked = EnglishStatus.CHECKED in found


# --- Keeping the rows ---------------------------------------------------------


def tracked_model(content_type):
    model = content_type.model_class()
    return model if model is not None and issubclass(model, BasePage) else None


def rebuild(page):
    """Replay every revision of a page, oldest first (a backfill; never per request)."""
    model = page.specific_class
    status = PageTranslationStatus(page_id=page.pk)
    revisions = Revision.page_revisions.filter(object_id=str(page.pk)).order_by("created_at", "pk")
    found = False
    for revision in revisions.iterator():
        status.apply(model, revision.content, revision.created_at)
        found = True
    if not found:
        specific = page.specific
        status.apply(
            model, specific.serializable_data(), specific.last_published_at or timezone.now()
        )
    PageTranslationStatus.objects.update_or_create(
        page_id=page.pk,
        defaults={
            field: getattr(status, field)
            for field in ("fields", "step", "has_missing", "has_stale", "has_checked")
        },
    )
    return PageTranslationStatus.objects.get(page_id=page.pk)


def status_for(page):
    """The page's row, built from its revisions if it has none yet."""
    try:
        return PageTranslationStatus.objects.get(page_id=page.pk)
    except PageTranslationStatus.DoesNotExist:
        return rebuild(page)


def english_status(page):
    """{field name: "present" | "missing" | "stale" | "checked"} for the page's latest
    revision; fields without text in either language are left out."""
    model = page.specific_class
    if model is None or not issubclass(model, BasePage):
        return {}
    return {name: str(value) for name, value in status_for(page).statuses(model).items()}


def record_revision(sender, instance, raw=False, **kwargs):
    """Every saved page revision (draft, autosave, submission) updates its page's row."""
    if raw:
        return
    model = tracked_model(ContentType.objects.get_for_id(instance.content_type_id))
    if model is None:
        return
    with transaction.atomic():
        status = (
            PageTranslationStatus.objects.select_for_update()
            .filter(page_id=int(instance.object_id))
            .first()
        )
        if status is None:
            rebuild(Page.objects.get(pk=int(instance.object_id)))
            return
        status.apply(model, instance.content, instance.created_at or timezone.now())
        status.save()


def record_new_page(sender, instance, created, raw=False, **kwargs):
    """Pages created without a revision (seed content, imports) get their row at once."""
    if created and not raw and instance.latest_revision_id is None:
        rebuild(instance)


def record_publish(sender, instance, revision=None, **kwargs):
    """A publish without a saved revision still brings the row up to date."""
    if revision is None:
        status = status_for(instance)
        status.apply(instance.specific_class, instance.serializable_data(), timezone.now())
        status.save()


def connect(page_models):
    post_save.connect(record_revision, sender=Revision, dispatch_uid="translation-status-revision")
    for model in page_models:
        if issubclass(model, BasePage):
            name = model._meta.model_name
            post_save.connect(
                record_new_page, sender=model, dispatch_uid=f"translation-status-new-{name}"
            )
            page_published.connect(
                record_publish, sender=model, dispatch_uid=f"translation-status-publish-{name}"
            )


def mark_checked(page, name, user):
    """A senior curator vouches that a field's English still says what the Chinese says.

    Returns the row; the caller checks the permission and logs the action.
    """
    with transaction.atomic():
        status = PageTranslationStatus.objects.select_for_update().get(page_id=page.pk)
        status.mark_checked(page.specific_class, name, user)
        status.save()
    return status
