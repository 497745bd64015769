"""The QR feature in the admin: printable labels (a bulk action and a view), the scan
report under Reports, and the warnings before a labelled page is deleted."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from exhibits.qr import retirement  # noqa: F401 -- registers the before-delete warning
from exhibits.qr.labels import PrintQRLabelsBulkAction, qr_labels
from exhibits.qr.reports import ScanReportView


@hooks.register("register_admin_urls")
def register_qr_urls():
    return [
        path("reports/qr-scans/", ScanReportView.as_view(), name="exhibits_qr_scans"),
        path(
            "reports/qr-scans/results/",
            ScanReportView.as_view(results_only=True),
            name="exhibits_qr_scans_results",
        ),
        path("qr-labels/", qr_labels, name="exhibits_qr_labels"),
    ]


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
