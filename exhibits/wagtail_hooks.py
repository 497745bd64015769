"""Admin additions: fact-check and QR scan reports, QR label printing."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from exhibits.admin_views import (
    FactCheckReportView,
    PrintQRLabelsBulkAction,
    ScanReportView,
    qr_labels,
)


@hooks.register("register_admin_urls")
def register_fact_check_urls():
    return [
        path("reports/fact-check/", FactCheckReportView.as_view(), name="exhibits_fact_check"),
        path(
            "reports/fact-check/results/",
            FactCheckReportView.as_view(results_only=True),
            name="exhibits_fact_check_results",
        ),
        path("reports/qr-scans/", ScanReportView.as_view(), name="exhibits_qr_scans"),
        path(
            "reports/qr-scans/results/",
            ScanReportView.as_view(results_only=True),
            name="exhibits_qr_scans_results",
        ),
        path("qr-labels/", qr_labels, name="exhibits_qr_labels"),
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


@hooks.register("register_reports_menu_item")
def register_qr_scans_menu_item():
    return MenuItem(
        _("QR scans"),
        reverse("exhibits_qr_scans"),
        name="qr-scans",
        icon_name="view",
        order=110,
    )


hooks.register("register_bulk_action", PrintQRLabelsBulkAction)
