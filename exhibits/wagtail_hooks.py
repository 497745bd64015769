"""Admin additions: fact-check and QR scan reports, QR label printing, partners and
embed code, gallery screens and their status."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from exhibits.admin_views import (
    FactCheckReportView,
    PrintQRLabelsBulkAction,
    ScanReportView,
    qr_labels,
)
from exhibits.editor import hooks as editor_hooks  # noqa: F401 (registers the editor's hooks)
from exhibits.embed_admin import EmbedCodeMenuItem, EmbedCodeView
from exhibits.kiosk_admin import ScreenViewSet
from exhibits.models import Partner
from exhibits.qr_admin import warn_before_deleting_a_labelled_page  # noqa: F401  (registers its hook)
from exhibits.slug_admin import slug_sync_js  # noqa: F401  (registers its hooks)


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


# --- Partner embeds ---------------------------------------------------------


class PartnerViewSet(SnippetViewSet):
    """Snippets → Partners: who may frame our embed views."""

    model = Partner
    icon = "globe"
    menu_label = _("Partners")
    list_display = ["name", "allowed_origins", "active"]
    list_filter = ["active"]
    search_fields = ["name", "contact", "allowed_origins"]


register_snippet(PartnerViewSet)


@hooks.register("register_admin_urls")
def register_embed_code_url():
    return [
        path("pages/<int:page_id>/embed-code/", EmbedCodeView.as_view(), name="exhibits_embed_code")
    ]


@hooks.register("register_page_header_buttons")
def embed_code_header_button(page, user, view_name, next_url=None):
    yield EmbedCodeMenuItem(page=page)


@hooks.register("register_page_listing_more_buttons")
def embed_code_listing_button(page, user, next_url=None):
    yield EmbedCodeMenuItem(page=page)


# --- Gallery screens --------------------------------------------------------

register_snippet(ScreenViewSet)
