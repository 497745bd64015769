"""The fact-check report: which pages still need their facts checked, with the
curators' notes, and who verified the others and when (Reports → Fact check)."""

import datetime

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page, get_page_models

from exhibits.models import BasePage, FactCheckStatus
from exhibits.spreadsheets import SafeSpreadsheetExportMixin


def concrete_content_pages():
    """Every page type built on BasePage (the ones with a fact-check status)."""
    return [model for model in get_page_models() if issubclass(model, BasePage)]


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


class FactCheckReportView(SafeSpreadsheetExportMixin, PageReportView):
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
