"""The admin's Screens menu: curators configure gallery screens and see, in the same
list, which are running (online) and which went quiet (offline since when)."""

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from exhibits.models import Screen


def status(screen):
    """'Online', 'Offline since <time>' or 'Never seen', from the screen's heartbeat."""
    beat = screen.last_heartbeat
    if beat is None:
        return _("Never seen")
    if beat.is_online:
        return _("Online")
    seen = formats.date_format(timezone.localtime(beat.last_seen), "SHORT_DATETIME_FORMAT")
    return _("Offline since %(time)s") % {"time": seen}


def content_shown(screen):
    beat = screen.last_heartbeat
    return beat.content_version[:8] if beat and beat.content_version else "—"


class ScreenViewSet(SnippetViewSet):
    """Gallery screens, with their live status, under their own admin menu item."""

    model = Screen
    icon = "desktop"
    menu_label = _("Screens")
    menu_name = "screens"
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "name",
        "museum",
        "orientation",
        Column("status", label=_("Status"), accessor=status),
        Column("content_shown", label=_("Content shown"), accessor=content_shown),
    ]
    list_filter = ["museum", "orientation", "language"]
    search_fields = ["name", "slug"]

    def get_queryset(self, request):
        return Screen.objects.select_related("museum", "heartbeat")


register_snippet(ScreenViewSet)
