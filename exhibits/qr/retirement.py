"""Warnings before a page with a printed QR label is deleted or unpublished.

The page's delete and unpublish confirmations, and their bulk versions, name each
code, its keypad number and its recent scans, so a curator knows that labels on a
wall will start telling visitors "no longer on display". Wagtail's own flow stays:
the single delete view shows the warning as a message from ``before_delete_page``
(its template has no block beside the question), the others through template
overrides that extend Wagtail's and call ``{% qr_retirement_warning %}``.
"""

import datetime

from django.contrib import messages
from django.db.models import Max, Q, Sum
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from exhibits.models import QRCode

RECENT_DAYS = 30
MAX_LISTED = 10


class RetirementAction:
    DELETE = "delete"
    UNPUBLISH = "unpublish"


def codes_to_retire(pages, action):
    """The codes the action takes off display, most scanned first, with their scans
    over the last RECENT_DAYS days and the day of the last scan. Deleting takes
    the child pages with it; unpublishing, only the pages themselves."""
    pages = [page for page in pages if page is not None and page.pk]
    if not pages:
        return []
    if action == RetirementAction.DELETE:
        where = Q()
        for page in pages:
            where |= Q(page__path__startswith=page.path)
    else:
        where = Q(page__in=[page.pk for page in pages])
    since = timezone.localdate() - datetime.timedelta(days=RECENT_DAYS - 1)
    return list(
        QRCode.objects.filter(where)
        .select_related("page")
        .annotate(
            recent_scans=Coalesce(
                Sum("scan_counts__count", filter=Q(scan_counts__day__gte=since)), 0
            ),
            last_scan=Max("scan_counts__day"),
        )
        .order_by("-recent_scans", "page__path")
    )


def retirement_warning(pages, action, inline=False):
    """The warning's HTML for these pages, or "" when none of them has a code;
    ``inline`` frames it as a warning block for use inside a page's content."""
    codes = codes_to_retire(pages, action)
    if not codes:
        return ""
    return render_to_string(
        "exhibits/admin/qr_retirement_warning.html",
        {
            "codes": codes[:MAX_LISTED],
            "more": max(0, len(codes) - MAX_LISTED),
            "count": len(codes),
            "total_scans": sum(code.recent_scans for code in codes),
            "days": RECENT_DAYS,
            "action": action,
            "report_url": reverse("exhibits_qr_scans"),
            "inline": inline,
        },
    )


@hooks.register("before_delete_page")
def warn_before_deleting_a_labelled_page(request, page):
    # The hook runs before the confirmation is shown (GET) and again when it is
    # answered (POST); only the first should warn.
    if request.method != "GET":
        return None
    warning = retirement_warning([page], RetirementAction.DELETE)
    if warning:
        messages.warning(request, warning)
    return None
