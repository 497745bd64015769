"""The pre-publish check in the editor: the page form's gate before publishing,
submitting or approving, the check panel's data, and the page history's record of
a senior curator's override (see exhibits.editorial.prepublish for the checks)."""

from django import forms
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.log_actions import LogFormatter, log

from exhibits.editorial.prepublish import (
    ERROR,
    INFO,
    SEVERITY_LABELS,
    WARNING,
    errors,
    may_override,
    run_checks,
)
from exhibits.models.page_checks import OVERRIDE_FIELD, register_page_checker

OVERRIDE_ACTION = "exhibits.prepublish_override"
# Where the gate leaves the overridden errors for the hooks below, which log them once
# the page is saved (a new page has no id before).
PENDING = "_prepublish_overridden"


class PrepublishChecker:
    def gate(self, form):
        problems = errors(run_checks(form.instance, blocking_only=True))
        if not problems:
            return
        if form.data.get(OVERRIDE_FIELD) and may_override(form.for_user):
            setattr(form.instance, PENDING, problems)
            return
        message = ngettext(
            "The pre-publish check found %(count)d error; fix it (the check panel at the "
            "top of the Content tab links to the field) before publishing or submitting: "
            "%(problems)s",
            "The pre-publish check found %(count)d errors; fix them (the check panel at the "
            "top of the Content tab links to each field) before publishing or submitting: "
            "%(problems)s",
            len(problems),
        )
        form.add_error(
            None,
            forms.ValidationError(
                message,
                code="prepublish_errors",
                params={
                    "count": len(problems),
                    "problems": " ".join(problem.text() for problem in problems),
                },
            ),
        )

    def panel_context(self, page, user):
        problems = run_checks(page)
        counts = {
            severity: sum(1 for problem in problems if problem.severity == severity)
            for severity in (ERROR, WARNING, INFO)
        }
        return {
            "problems": problems,
            "counts": counts,
            "severity_labels": SEVERITY_LABELS,
            "may_override": may_override(user),
            "override_field": OVERRIDE_FIELD,
        }


register_page_checker(PrepublishChecker())


def log_override(request, page):
    problems = page.__dict__.pop(PENDING, None)
    if problems:
        log(
            instance=page,
            action=OVERRIDE_ACTION,
            user=request.user,
            data={"problems": [problem.as_log() for problem in problems]},
        )


# Publish (edit and create views) logs before publishing; submit and approve after saving.
hooks.register("before_publish_page", log_override)
hooks.register("after_edit_page", log_override)
hooks.register("after_create_page", log_override)


@hooks.register("register_log_actions")
def register_override_log_action(actions):
    @actions.register_action(OVERRIDE_ACTION)
    class PrepublishOverride(LogFormatter):
        label = _("Pre-publish check overridden")

        def format_message(self, log_entry):
            language = translation.get_language()
            texts = [
                problem.get(language) or problem.get("zh-hans") or problem.get("en", "")
                for problem in log_entry.data.get("problems", [])
            ]
            return _("Published or submitted over these errors: %(problems)s") % {
                "problems": " ".join(texts)
            }


@hooks.register("insert_editor_js")
def prepublish_check_assets():
    return format_html(
        '<link rel="stylesheet" href="{}"><script type="module" src="{}"></script>',
        static("css/admin/prepublish-check.css"),
        static("js/admin/prepublish-check.js"),
    )
