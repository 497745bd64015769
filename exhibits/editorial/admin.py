"""The editorial feature in the admin: the fact-check and translation reports under
Reports, the two-language page editor and the slug suggestions (each registers its own
hooks), and marking out-of-date English as checked."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from exhibits.editorial import (  # noqa: F401 -- register their hooks
    autosave,
    editor,
    prepublish_admin,
    previews,
    slug_suggestions,
)
from exhibits.editorial.fact_check import FactCheckReportView
from exhibits.editorial.translation_checks import CheckedFormatter, mark_checked_view
from exhibits.editorial.translations_report import TranslationReportView
from exhibits.models.translation_status import CHECKED_ACTION


@hooks.register("register_admin_urls")
def register_fact_check_urls():
    return [
        path("reports/fact-check/", FactCheckReportView.as_view(), name="exhibits_fact_check"),
        path(
            "reports/fact-check/results/",
            FactCheckReportView.as_view(results_only=True),
            name="exhibits_fact_check_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_fact_check_menu_item():
    return MenuItem(
        _("Fact check"),
        reverse("exhibits_fact_check"),
        name="fact-check",
        icon_name="tasks",
        order=100,
    )


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path(
            "reports/translations/", TranslationReportView.as_view(), name="exhibits_translations"
        ),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="exhibits_translations_results",
        ),
        path(
            "pages/<int:page_id>/translation/<str:field_name>/checked/",
            mark_checked_view,
            name="exhibits_translation_checked",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translations_menu_item():
    return MenuItem(
        pgettext_lazy("report", "Translations"),
        reverse("exhibits_translations"),
        name="translations",
        icon_name="globe",
        order=110,
    )


@hooks.register("register_log_actions")
def register_translation_checked_action(actions):
    actions.register_action(CHECKED_ACTION)(CheckedFormatter)
