"""The scan report: scans per code over the last 30 days, by museum, with CSV export
(Reports → QR scans). Counts are per code and day; nothing about who scanned."""

import datetime

import django_filters
from django.db.models import Max, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from exhibits.models import MuseumPage, QRCode, ScanCount, places_of
from exhibits.qr.views import SCAN_WINDOW_SECONDS
from exhibits.spreadsheets import SafeSpreadsheetExportMixin

REPORT_DAYS = 30


class ScanReportFilterSet(WagtailFilterSet):
    museum = django_filters.ModelChoiceFilter(
        label=_("Museum"),
        queryset=MuseumPage.objects.order_by("path"),
        method="filter_museum",
        empty_label=_("All museums and the trail"),
    )

    class Meta:
        model = QRCode
        fields = []

    def filter_museum(self, queryset, name, value):
        return queryset.filter(page__path__startswith=value.path)


class ScanReportView(SafeSpreadsheetExportMixin, ReportView):
    """Admin report: scans per code over the last 30 days, by museum, with CSV export."""

    page_title = _("QR scans")
    header_icon = "view"
    filterset_class = ScanReportFilterSet
    index_url_name = "exhibits_qr_scans"
    index_results_url_name = "exhibits_qr_scans_results"
    results_template_name = "exhibits/admin/qr_scans_results.html"
    template_name = "exhibits/admin/qr_scans.html"
    model = QRCode
    context_object_name = "codes"
    list_export = ["code", "number", "label", "museum_title", "scans", "last_scan"]
    export_headings = {
        "code": _("Code"),
        "number": _("Number"),
        "label": _("Page"),
        "museum_title": _("Museum or trail"),
        "scans": _("Scans, last 30 days"),
        "last_scan": _("Last scanned"),
    }

    def get_filename(self):
        return f"qr-scans-{datetime.date.today():%Y-%m-%d}"

    def since(self):
        return timezone.localdate() - datetime.timedelta(days=REPORT_DAYS - 1)

    def get_queryset(self):
        recent = Q(scan_counts__day__gte=self.since())
        return (
            QRCode.objects.select_related("page")
            .annotate(
                scans=Coalesce(Sum("scan_counts__count", filter=recent), 0),
                last_scan=Max("scan_counts__day"),
            )
            .order_by("-scans", "serial")
        )

    def decorate_paginated_queryset(self, object_list):
        codes = list(object_list)
        parents = places_of(code.page for code in codes)
        for code in codes:
            parent = parents.get(code.page_id)
            if code.page and code.page.specific_class is MuseumPage:
                parent = code.page
            code.museum_title = parent.title if parent else ""
        return codes

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["days"] = REPORT_DAYS
        context["scan_window_minutes"] = SCAN_WINDOW_SECONDS // 60
        context["total"] = ScanCount.objects.filter(
            day__gte=self.since(),
            qr_code__in=self.filter_queryset(self.get_queryset()).values("pk"),
        ).aggregate(total=Coalesce(Sum("count"), 0))["total"]
        return context
