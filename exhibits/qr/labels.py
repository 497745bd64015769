"""Printable QR labels: an A4 sheet with one label a page (the QR symbol, the bilingual
title, its museum or trail, the code, number and short URL), and the explorer's bulk
action that opens it."""

from dataclasses import dataclass

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from exhibits import qr_codes
from exhibits.models import MuseumPage, QRCode, TrailPage, places_of

page_permission_policy = PagePermissionPolicy()


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
    parents = places_of(code.page for code in codes)
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
    title, its museum or trail, and the code, number and short URL in print.

    A POST (the sheet's "Mark these labels printed" button, same query string)
    records that the labels are printed, which the pre-publish check reads."""
    pages = label_pages(request).filter(id__in=editable_page_ids(request.user))
    if request.method == "POST":
        printed = QRCode.objects.filter(page__in=pages).update(
            label_printed_at=timezone.now(), label_printed_by=request.user
        )
        messages.success(
            request,
            ngettext("%(count)d label marked printed.", "%(count)d labels marked printed.", printed)
            % {"count": printed},
        )
        return redirect(request.get_full_path())
    labels = build_labels(pages)
    return render(
        request,
        "exhibits/qr/labels.html",
        {"labels": labels, "keypad_url": qr_codes.display_url("")},
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
