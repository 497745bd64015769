"""The passport in the admin: the daily completion count under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from exhibits.passport.reports import PassportReportView


@hooks.register("register_admin_urls")
def register_passport_urls():
    return [
        path("reports/passport/", PassportReportView.as_view(), name="exhibits_passport_report"),
        path(
            "reports/passport/results/",
            PassportReportView.as_view(results_only=True),
            name="exhibits_passport_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_passport_menu_item():
    return MenuItem(
        _("Check-in passport"),
        reverse("exhibits_passport_report"),
        name="passport-completions",
        icon_name="tick-inverse",
        order=120,
    )
