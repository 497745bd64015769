"""The editorial feature in the admin: the fact-check report under Reports, the
two-language page editor and the slug suggestions (each registers its own hooks)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
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
