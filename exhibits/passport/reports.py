"""The passport report (Reports → Check-in passport): completed passports per day over
the last 90 days, read-only. The count is all there is: nothing about who completed."""

import datetime

from django.db.models import Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from exhibits.models import PassportCompletion
from exhibits.spreadsheets import SafeSpreadsheetExportMixin

REPORT_DAYS = 90


class PassportReportView(SafeSpreadsheetExportMixin, ReportView):
    """Admin report: completed check-in passports per day, newest first."""

    page_title = _("Check-in passport")
    header_icon = "tick-inverse"
    index_url_name = "exhibits_passport_report"
    index_results_url_name = "exhibits_passport_report_results"
    results_template_name = "exhibits/admin/passport_report_results.html"
    template_name = "exhibits/admin/passport_report.html"
    model = PassportCompletion
    context_object_name = "days"
    list_export = ["day", "count"]
    export_headings = {"day": _("Day"), "count": _("Completed passports")}

    def get_filename(self):
        return f"passport-completions-{timezone.localdate():%Y-%m-%d}"

    def since(self):
        return timezone.localdate() - datetime.timedelta(days=REPORT_DAYS - 1)

    def get_queryset(self):
        return PassportCompletion.objects.filter(day__gte=self.since()).order_by("-day")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report_days"] = REPORT_DAYS
        context["total"] = self.get_queryset().aggregate(total=Coalesce(Sum("count"), 0))["total"]
        return context
