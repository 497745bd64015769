"""Admin views: the fact-check and scan reports, and printable QR labels."""

import datetime
from dataclasses import dataclass

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Max, Q, Sum
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.admin.views.reports import PageReportView, ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from exhibits import qr, queries
from exhibits.models import (
    BasePage,
    FactCheckStatus,
    MuseumPage,
    QRCode,
    ScanCount,
    TrailPage,
)

page_permission_policy = PagePermissionPolicy()


def concrete_content_pages():
    """Every concrete page model built on BasePage, however deep the inheritance."""
    found, pending = [], list(BasePage.__subclasses__())
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        if not model._meta.abstract:
            found.append(model)
    return found


class FactCheckFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Fact-check status"),
        choices=FactCheckStatus.choices,
        method="filter_status",
        empty_label=_("Any"),
    )

    class Meta:
        model = Page
        fields = ["live"]

    def filter_status(self, queryset, name, value):
        query = Q()
        for model in concrete_content_pages():
            query |= Q(**{f"{model._meta.model_name}__fact_check_status": value})
        return queryset.filter(query)


class FactCheckReportView(PageReportView):
    """Admin report: which pages still need their facts checked, with the curators' notes,
    and for verified pages the senior curator who verified them and when."""

    page_title = _("Fact check")
    header_icon = "tasks"
    filterset_class = FactCheckFilterSet
    index_url_name = "exhibits_fact_check"
    index_results_url_name = "exhibits_fact_check_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = [
        *PageReportView.list_export,
        "fact_check_status",
        "fact_checked_by_name",
        "fact_checked_at",
        "fact_check_notes",
    ]
    export_headings = {
        **PageReportView.export_headings,
        "fact_check_status": _("Fact-check status"),
        "fact_checked_by_name": _("Verified by"),
        "fact_checked_at": _("Verified on"),
        "fact_check_notes": _("Fact-check notes"),
    }
    results_template_name = "exhibits/admin/fact_check_results.html"

    def get_filename(self):
        return f"fact-check-report-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        models = concrete_content_pages()
        self.queryset = (
            self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
            .filter(content_type__model__in=[model._meta.model_name for model in models])
            .filter(content_type__app_label="exhibits")
            .specific()
            .order_by("path")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        users = get_user_model().objects.in_bulk(
            {page.fact_checked_by_id for page in pages if page.fact_checked_by_id}
        )
        for page in pages:
            user = users.get(page.fact_checked_by_id)
            page.fact_checked_by_name = get_user_display_name(user) if user else ""
        return pages


# --- QR labels ---------------------------------------------------------------


@dataclass
class Label:
    """What one printed label shows."""

    qr_code: object
    title_zh: str
    title_en: str
    context_zh: str
    context_en: str


def label_pages(request):
    """The pages whose labels were asked for: ?museum=, ?trail= or ?page= (repeatable)."""
    pages = Page.objects.none()
    if request.GET.get("museum", "").isdigit():
        museum = get_object_or_404(MuseumPage, pk=request.GET["museum"])
        pages = Page.objects.filter(pk=museum.pk) | Page.objects.child_of(museum)
    elif request.GET.get("trail", "").isdigit():
        trail = get_object_or_404(TrailPage, pk=request.GET["trail"])
        pages = Page.objects.child_of(trail)
    else:
        ids = [value for value in request.GET.getlist("page") if value.isdigit()][:500]
        pages = Page.objects.filter(pk__in=ids)
    return pages


def build_labels(pages):
    """Labels in tree order, each with the museum or trail it belongs to."""
    codes = list(
        QRCode.objects.filter(page__in=pages).select_related("page").order_by("page__path")
    )
    parents = queries.museum_or_trail_of(code.page for code in codes)
    labels = []
    for qr_code in codes:
        page = qr_code.page
        parent = parents[page.pk]
        labels.append(
            Label(
                qr_code=qr_code,
                title_zh=page.title_zh_hans,
                title_en=page.title_en or "",
                context_zh=parent.title_zh_hans if parent else "",
                context_en=(parent.title_en or "") if parent else "",
            )
        )
    return labels


def qr_labels(request):
    """A4 sheet for printing: one label a page with the QR symbol, the bilingual
    title, its museum or trail, and the code, number and short URL in print."""
    labels = build_labels(label_pages(request).filter(id__in=editable_page_ids(request.user)))
    return render(
        request, "exhibits/qr/labels.html", {"labels": labels, "keypad_url": qr.display_url("")}
    )


def editable_page_ids(user):
    return page_permission_policy.instances_user_has_permission_for(user, "change").values("id")


class PrintQRLabelsBulkAction(PageBulkAction):
    """Page explorer action: print the QR labels of the selected pages."""

    display_name = _("Print QR labels")
    action_type = "print_qr_labels"
    aria_label = _("Print QR labels for the selected pages")
    template_name = "wagtailadmin/pages/bulk_actions/confirm_bulk_unpublish.html"
    action_priority = 90

    def get(self, request, *args, **kwargs):
        query = "&".join(f"page={value}" for value in request.GET.getlist("id") if value.isdigit())
        return redirect(f"{reverse('exhibits_qr_labels')}?{query}")

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return 0, 0


# --- Scan report -------------------------------------------------------------

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


class ScanReportView(ReportView):
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
        parents = queries.museum_or_trail_of(code.page for code in codes)
        for code in codes:
            parent = parents.get(code.page_id)
            if code.page and code.page.specific_class is MuseumPage:
                parent = code.page
            code.museum_title = parent.title if parent else ""
        return codes

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["days"] = REPORT_DAYS
        context["total"] = ScanCount.objects.filter(
            day__gte=self.since(),
            qr_code__in=self.filter_queryset(self.get_queryset()).values("pk"),
        ).aggregate(total=Coalesce(Sum("count"), 0))["total"]
        return context
