"""Admin views: the fact-check and scan reports, and printable QR labels."""

import datetime

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

from exhibits.models import BasePage, FactCheckStatus


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
    """Admin report: which pages still need their facts checked, with the curators' notes."""

    page_title = _("Fact check")
    header_icon = "tasks"
    filterset_class = FactCheckFilterSet
    index_url_name = "exhibits_fact_check"
    index_results_url_name = "exhibits_fact_check_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = [*PageReportView.list_export, "fact_check_status", "fact_check_notes"]
    export_headings = {
        **PageReportView.export_headings,
        "fact_check_status": _("Fact-check status"),
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
            .specific(defer=True)
            .order_by("path")
        )
        return super().get_queryset()
