"""Reports → Translations: every visitor page with, per translated field, whether its
English is present, missing, out of date (the Chinese changed after the English was last
edited) or checked by a senior curator; filtered by museum, page type and status, and
exported to CSV and XLSX. The statuses come from PageTranslationStatus rows, so the
report's queries do not grow with the number of pages."""

import datetime

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page, get_page_models

from exhibits.models import BasePage, EnglishStatus, MuseumPage
from exhibits.models.translation_status import field_label, status_for
from exhibits.spreadsheets import SafeSpreadsheetExportMixin

LIST_SEPARATOR = "; "


def visitor_page_models():
    return [model for model in get_page_models() if issubclass(model, BasePage)]


def publication(page):
    """Live, draft or both, from the page's own columns (Wagtail's status_string asks
    the database about workflows once per page)."""
    if not page.live:
        return gettext("draft")
    return gettext("live + draft") if page.has_unpublished_changes else gettext("live")


def page_type_choices():
    return sorted(
        (
            (ContentType.objects.get_for_model(model).pk, str(model.get_verbose_name()))
            for model in visitor_page_models()
        ),
        key=lambda choice: choice[1],
    )


STATUS_FILTERS = {
    EnglishStatus.MISSING: Q(translation_status__has_missing=True),
    EnglishStatus.STALE: Q(translation_status__has_stale=True),
    EnglishStatus.CHECKED: Q(translation_status__has_checked=True),
    EnglishStatus.PRESENT: Q(
        translation_status__has_missing=False, translation_status__has_stale=False
    ),
}


class TranslationFilterSet(WagtailFilterSet):
    museum = django_filters.ModelChoiceFilter(
        label=_("Museum"),
        queryset=MuseumPage.objects.order_by("path"),
        method="filter_museum",
        empty_label=_("Any"),
    )
    page_type = django_filters.ChoiceFilter(
        label=_("Page type"),
        choices=page_type_choices,
        field_name="content_type",
        empty_label=_("Any"),
    )
    english = django_filters.ChoiceFilter(
        label=_("English translation"),
        choices=EnglishStatus.choices,
        method="filter_english",
        empty_label=_("Any"),
        help_text=_(
            "Pages with at least one field in this state (“present”: none missing or out of date)."
        ),
    )

    class Meta:
        model = Page
        fields = ["live"]

    def filter_museum(self, queryset, name, value):
        return queryset.filter(path__startswith=value.path)

    def filter_english(self, queryset, name, value):
        return queryset.filter(STATUS_FILTERS[value])


class TranslationReportView(SafeSpreadsheetExportMixin, PageReportView):
    """Admin report: per visitor page, which English is missing, out of date or checked."""

    page_title = pgettext_lazy("report", "Translations")
    header_icon = "globe"
    filterset_class = TranslationFilterSet
    index_url_name = "exhibits_translations"
    index_results_url_name = "exhibits_translations_results"
    any_permission_required = ["add", "change", "publish"]
    results_template_name = "exhibits/admin/translations_results.html"
    list_export = [
        "title",
        "museum_name",
        "content_type.model_class._meta.verbose_name.title",
        "publication",
        "missing_fields",
        "stale_fields",
        "checked_fields",
        "present_fields",
        "latest_revision_created_at",
    ]
    export_headings = {
        **PageReportView.export_headings,
        "title": _("Title"),
        "museum_name": _("Museum"),
        "publication": _("Status"),
        "missing_fields": EnglishStatus.MISSING.label,
        "stale_fields": EnglishStatus.STALE.label,
        "checked_fields": EnglishStatus.CHECKED.label,
        "present_fields": EnglishStatus.PRESENT.label,
    }

    def get_filename(self):
        return f"translations-report-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = (
            self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
            .filter(
                content_type__in=[
                    ContentType.objects.get_for_model(model) for model in visitor_page_models()
                ]
            )
            .select_related("translation_status")
            .order_by("path")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        museums = list(MuseumPage.objects.order_by("-depth").only("path", "title", "depth"))
        for page in pages:
            page.museum_name = next(
                (museum.title for museum in museums if page.path.startswith(museum.path)), ""
            )
            try:
                status = page.translation_status
            except Page.translation_status.RelatedObjectDoesNotExist:
                status = status_for(page)
            page.publication = publication(page)
            model = page.specific_class
            page.english_fields = [
                {"name": name, "label": field_label(model, name), "status": value}
                for name, value in status.statuses(model).items()
            ]
            for value in EnglishStatus:
                labels = [str(f["label"]) for f in page.english_fields if f["status"] == value]
                setattr(page, f"{value}_fields", LIST_SEPARATOR.join(labels))
        return pages
