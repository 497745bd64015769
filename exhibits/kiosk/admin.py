"""The admin's Screens menu: the AV team configures gallery screens and sees, in the same
list, which are running (online), which went quiet (offline since when), when each last
reported and from which address, and which still need a token.

A screen's secret token is shown once: on the page that follows creating the screen,
and after "Set a new token", a confirmed POST that makes the previous token stop
working. The page shows the screen's setup address, its kiosk address with the token
in the fragment (``#token=…``), which browsers never send to a server.
"""

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CopyViewMixin
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, IndexView, SnippetViewSet

from exhibits import public_urls
from exhibits.kiosk import preview  # noqa: F401 -- registers the gallery-screen preview
from exhibits.models import Screen

TOKEN_ACTION = "exhibits.screen_token"  # noqa: S105 -- a log action name, not a credential


def when(moment):
    return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


def status(screen):
    """'Needs a token', 'Online', 'Offline since <time>' or 'Never seen'."""
    if screen.needs_token:
        return _("Needs a token")
    beat = screen.last_heartbeat
    if beat is None:
        return _("Never seen")
    if beat.is_online:
        return _("Online")
    return _("Offline since %(time)s") % {"time": when(beat.last_seen)}


def last_report(screen):
    """When the screen last reported, from which address, in which browser."""
    beat = screen.last_heartbeat
    if beat is None:
        return "—"
    place = " · ".join(part for part in (beat.address, beat.browser) if part)
    return f"{when(beat.last_seen)} ({place})" if place else when(beat.last_seen)


def content_shown(screen):
    beat = screen.last_heartbeat
    return beat.content_version[:8] if beat and beat.content_version else "—"


def setup_address(screen, token):
    """The kiosk address with the token in its fragment: opened once on the screen."""
    return f"{public_urls.absolute(reverse('kiosk_screen', args=[screen.slug]))}#token={token}"


def token_response(request, screen, token, created):
    """The page that shows a token, the only time it is shown: never cached."""
    view = ScreenTokenView()
    view.setup(request, pk=screen.pk)
    view.object, view.token, view.created = screen, token, created
    log(screen, TOKEN_ACTION, user=request.user)
    response = view.render_to_response(view.get_context_data())
    add_never_cache_headers(response)
    return response


class ScreenIndexView(IndexView):
    """The fleet list, with "Set a new token" in each screen's "More" menu."""

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", instance
        ):
            buttons.append(
                MenuItem(
                    _("Set a new token"),
                    url=reverse("wagtailsnippets_exhibits_screen:token", args=[quote(instance.pk)]),
                    icon_name="key",
                    priority=30,
                )
            )
        return buttons


class ScreenCreateView(CreateView):
    """Creating a screen gives it a token and shows its setup address once, instead of
    going back to the list."""

    def save_instance(self):
        if self.expects_json_response:
            # Nowhere to show a token: the screen starts without one ("Needs a token").
            self.form.instance.token_hash = ""
            self.form.instance.token_set_at = None
            self.token = None
        else:
            self.token = self.form.instance.new_token()
        return super().save_instance()

    def save_action(self):
        if self.token is None:
            return super().save_action()
        return token_response(self.request, self.object, self.token, created=True)


class ScreenCopyView(CopyViewMixin, ScreenCreateView):
    """The create form filled in from another screen. Its form posts to the add view,
    which gives the copy a token of its own; a POST here would save over the original
    screen (Wagtail's copy view edits the object it was given), so it is refused."""

    http_method_names = ["get", "head", "options"]


class ScreenEditView(EditView):
    """The screen's form, with "Set a new token" in the header's menu."""

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.user_has_permission_for_instance("change", self.object):
            buttons.append(
                Button(
                    _("Set a new token"),
                    url=reverse(
                        "wagtailsnippets_exhibits_screen:token", args=[quote(self.object.pk)]
                    ),
                    icon_name="key",
                    priority=30,
                )
            )
        return buttons


class ScreenTokenView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET: confirm replacing the screen's token. POST (with the CSRF token): replace it
    and show the new setup address once; the previous token stops working at once."""

    model = Screen
    permission_required = "change"
    header_icon = "key"
    token = None
    created = False

    def dispatch(self, request, pk):
        self.object = get_object_or_404(Screen, pk=unquote(str(pk)))
        return super().dispatch(request, pk)

    def get(self, request, pk):
        self.check_instance_permission()
        response = super().get(request, pk)
        add_never_cache_headers(response)
        return response

    def post(self, request, pk):
        self.check_instance_permission()
        token = self.object.rotate_token()
        return token_response(request, self.object, token, created=False)

    def check_instance_permission(self):
        if not self.user_has_permission_for_instance("change", self.object):
            raise PermissionDenied

    def get_template_names(self):
        if self.token:
            return ["exhibits/admin/screen_token.html"]
        return ["exhibits/admin/screen_token_confirm.html"]

    def get_page_title(self):
        return _("Setup address") if self.token else _("Set a new token")

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailsnippets_exhibits_screen:list"), "label": _("Screens")},
            {
                "url": reverse(
                    "wagtailsnippets_exhibits_screen:edit", args=[quote(self.object.pk)]
                ),
                "label": str(self.object),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["screen"] = self.object
        context["index_url"] = reverse("wagtailsnippets_exhibits_screen:list")
        if self.token:
            context["token"] = self.token
            context["created"] = self.created
            context["setup_address"] = setup_address(self.object, self.token)
        return context


class ScreenViewSet(SnippetViewSet):
    """Gallery screens, with their live status, under their own admin menu item."""

    model = Screen
    icon = "desktop"
    menu_label = _("Screens")
    menu_name = "screens"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = ScreenIndexView
    add_view_class = ScreenCreateView
    copy_view_class = ScreenCopyView
    edit_view_class = ScreenEditView
    list_display = [
        "name",
        "museum",
        Column("status", label=_("Status"), accessor=status),
        Column("last_report", label=_("Last report (address · browser)"), accessor=last_report),
        Column("content_shown", label=_("Content shown"), accessor=content_shown),
    ]
    list_filter = ["museum", "orientation", "language"]
    search_fields = ["name", "slug"]

    def get_queryset(self, request):
        return Screen.objects.select_related("museum", "heartbeat")

    @cached_property
    def token_view(self):
        return self.construct_view(ScreenTokenView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(f"token/<{self.pk_path_converter}:pk>/", self.token_view, name="token"),
        ]


register_snippet(ScreenViewSet)


@hooks.register("register_log_actions")
def register_token_action(actions):
    actions.register_action(TOKEN_ACTION, _("Set a screen token"), _("Set a new screen token"))
