"""The page edit form: who may mark a page's facts verified, and the record of it.

Models import this module (as `base_form_class`), so it imports no models and none
of Wagtail's image or document forms, which need the models loaded.
"""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.utils import get_user_display_name

from exhibits.models.page_checks import page_checker
from exhibits.models.page_slugs import SlugFillingFormMixin

# The group whose members, with superusers, may mark a page's facts as verified.
SENIOR_CURATORS_GROUP = "Senior curators"
# The value of FactCheckStatus.VERIFIED, which this module cannot import.
VERIFIED = "verified"
# The editor's buttons that make a page public or ask for it to be (the pre-publish
# check runs before them, exhibits.models.page_checks).
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")

NEEDS_SOURCE = _(
    "A page can only be verified when it cites at least one source. "
    "Add one under Sources in this tab, or a Sources block in the body."
)
NEEDS_SENIOR_CURATOR = _(
    "Only a senior curator can mark a page verified. Keep 'Needs checking' and submit "
    "the page for review."
)
STALE_FORM = _(
    "%(who)s saved a newer version of this page at %(when)s, after you opened it "
    "(changed: %(fields)s). Nothing was saved, so nothing of theirs is lost, and your "
    "changes are still in this form: copy what you need, reload the page and make your "
    "changes in the newer version. The page's History compares the two versions."
)
CURATOR_HELP = _(
    "Only a senior curator can set 'verified', after checking every fact on the page "
    "against its sources. Until then visitors see that the page awaits curator review."
)


def can_verify_facts(user):
    """Only a senior curator (or a superuser) may vouch for a page's facts."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=SENIOR_CURATORS_GROUP).exists()


def stream_has_sources(stream):
    """Whether a body or source list holds at least one citation with a title."""
    for block in stream or ():
        if block.block_type == "source":
            items = [block.value]
        elif block.block_type == "sources":
            items = block.value.get("items") or ()
        else:
            continue
        if any((item.get("title") or "").strip() for item in items):
            return True
    return False


class BasePageForm(SlugFillingFormMixin, WagtailAdminPageForm):
    """The edit form of every visitor page.

    "Verified" removes the visitors' "awaits review" notice, so it needs at least
    one source (in the Sources list or a Sources block of either body) and a senior
    curator. The server records who verified the page and when.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.original_fact_check_status = self.instance.fact_check_status
        self.may_verify = can_verify_facts(self.for_user)
        field = self.fields.get("fact_check_status")
        if field is not None and not self.may_verify:
            field.help_text = CURATOR_HELP

    def has_sources(self):
        """Whether the page cites a source. A source list or body with errors of its own
        is not judged here: its own errors say what to fix."""
        names = ["sources"] + [
            build_localized_fieldname("body", code) for code, _name in settings.LANGUAGES
        ]
        names = [name for name in names if name in self.fields]
        if any(name in self.errors for name in names):
            return True
        return any(stream_has_sources(self.cleaned_data.get(name)) for name in names)

    def stale_against(self):
        """The revision saved after the one this form was loaded from, if any: the same
        test Wagtail applies to its autosaves, applied to every save, submit and publish.
        Returns None when the form is up to date or cannot tell."""
        latest = self.instance.latest_revision if self.instance.pk else None
        if latest is None or not self.data:
            return None
        overwrite = self.data.get("overwrite_revision_id")
        if overwrite:  # this editor's own autosave: up to date if it is still the latest
            return None if overwrite == str(latest.pk) else latest
        loaded = self.data.get("loaded_revision_id")
        if not loaded:
            return None
        created = self.data.get("loaded_revision_created_at", "")
        if loaded != str(latest.pk) or created != latest.created_at.isoformat():
            return latest
        return None

    def fields_changed_since_loading(self, newer):
        """The labels of the form's fields that the newer revision changed."""
        loaded = self.data.get("loaded_revision_id", "")
        before = {}
        if loaded.isdigit():
            revision = self.instance.revisions.filter(pk=loaded).first()
            before = revision.content if revision else {}
        after = newer.content
        labels = [
            str(field.label)
            for name, field in self.fields.items()
            if name in after and before.get(name) != after.get(name)
        ]
        return get_text_list(labels, _("and")) if labels else "—"

    def clean(self):
        cleaned_data = super().clean()
        newer = self.stale_against()
        if newer is not None:
            raise forms.ValidationError(
                STALE_FORM,
                code="stale_form",
                params={
                    "who": get_user_display_name(newer.user) if newer.user else _("Someone"),
                    "when": date_format(timezone.localtime(newer.created_at), "DATETIME_FORMAT"),
                    "fields": self.fields_changed_since_loading(newer),
                },
            )
        if cleaned_data.get("fact_check_status") != VERIFIED:
            return cleaned_data
        if not self.has_sources():
            self.add_error(
                "fact_check_status",
                forms.ValidationError(NEEDS_SOURCE, code="verified_without_sources"),
            )
        if self.original_fact_check_status != VERIFIED and not self.may_verify:
            self.add_error(
                "fact_check_status",
                forms.ValidationError(NEEDS_SENIOR_CURATOR, code="verified_by_curator"),
            )
        return cleaned_data

    def is_publishing(self):
        """Whether the editor's button publishes the page, submits it for review or
        approves it in review (Wagtail names the button in the POST data)."""
        data = self.data
        if any(data.get(name) for name in PUBLISHING_ACTIONS):
            return True
        return bool(data.get("action-workflow-action")) and (
            data.get("workflow-action-name") == "approve"
        )

    def _post_clean(self):
        super()._post_clean()
        # After the form's data is on the instance, so the check sees the draft.
        if self.is_bound and self.is_publishing():
            page_checker().gate(self)

    def save(self, commit=True):
        # The form has already copied its data onto the instance in validation.
        page = self.instance
        if page.fact_check_status != VERIFIED:
            page.fact_checked_by = None
            page.fact_checked_at = None
        elif self.original_fact_check_status != VERIFIED or page.fact_checked_at is None:
            page.fact_checked_by = self.for_user
            page.fact_checked_at = timezone.now()
        return super().save(commit=commit)
