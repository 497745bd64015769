"""Wagtail hooks of the two-language editor (imported by exhibits.wagtail_hooks).

- the language switcher's script, style and configuration on every edit view;
- "Compare with live version" in a changed live page's header menu, for reviewers;
- "Copy the Chinese body into the English body", so media is chosen once;
- translation and fact-check badges in the page explorer, and a dashboard panel.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from exhibits.editorial import copying, status
from exhibits.editorial.labels import language_label

STORAGE_KEY = "museum.editor.languages"
DASHBOARD_LIMIT = 8


# --- Language switcher ------------------------------------------------------


def translated_field_names():
    names = set()
    for model in translator.get_registered_models():
        names.update(translator.get_options_for_model(model).all_fields)
    return sorted(names)


@hooks.register("insert_editor_js")
def editor_languages_js():
    config = {
        "languages": [
            {
                "code": code,
                "suffix": build_localized_fieldname("", code).lstrip("_"),
                "label": language_label(code),
            }
            for code, _name in settings.LANGUAGES
        ],
        "fields": translated_field_names(),
        "storageKey": STORAGE_KEY,
        "strings": {"label": str(_("Languages")), "both": str(_("Both, side by side"))},
    }
    return json_script(config, "editor-languages-config") + format_html(
        '<link rel="stylesheet" href="{}"><script src="{}" defer></script>',
        static("css/admin/editor-languages.css"),
        static("js/admin/editor-languages.js"),
    )


@hooks.register("insert_editor_js")
def translation_status_js():
    """Badges beside the English fields, from the status side panel's data."""
    return format_html('<script src="{}" defer></script>', static("js/admin/translation-status.js"))


@hooks.register("insert_editor_js")
def submit_after_autosave_js():
    """A new page's Submit or Publish waits for an autosave on its way (no second page)."""
    return format_html(
        '<script src="{}" defer></script>', static("js/admin/submit-after-autosave.js")
    )


# --- Compare with what is live -----------------------------------------------


class CompareWithLiveMenuItem(PageMenuItem):
    """The reviewer's view of a submitted change: the draft against the live page."""

    label = _("Compare with live version")
    icon_name = "history"
    priority = 5

    def is_shown(self, user):
        # The editor passes its latest draft, whose fields are the draft's: ask the database.
        state = (
            Page.objects.filter(pk=self.page.pk)
            .values("live", "has_unpublished_changes", "live_revision_id", "latest_revision_id")
            .first()
        )
        return (
            state is not None
            and state["live"]
            and state["has_unpublished_changes"]
            and state["live_revision_id"] is not None
            and state["latest_revision_id"] != state["live_revision_id"]
            and self.page.permissions_for_user(user).can_edit()
        )

    @property
    def url(self):
        return reverse(
            "wagtailadmin_pages:revisions_compare", args=(self.page.pk, "live", "latest")
        )


@hooks.register("register_page_header_buttons")
def compare_with_live_header_button(page, user, view_name, next_url=None):
    yield CompareWithLiveMenuItem(page=page)


# --- Copy the Chinese body into the English one ------------------------------


class CopyBodyMenuItem(PageMenuItem):
    """Shown while the latest draft's English body is empty and the Chinese one is not."""

    label = _("Copy the Chinese body into the English body")
    icon_name = "copy"
    priority = 6
    url_name = "exhibits_copy_body"

    def is_shown(self, user):
        return copying.can_copy_body(self.page) and self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def copy_body_header_button(page, user, view_name, next_url=None):
    yield CopyBodyMenuItem(page=page)


class CopyBodyView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then save a draft whose English body is the Chinese body's copy."""

    template_name = "exhibits/admin/copy_body.html"
    page_title = _("Copy the Chinese body into the English body")
    header_icon = "copy"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = self.page
        context["can_copy"] = copying.can_copy_body(self.page)
        context["edit_url"] = reverse("wagtailadmin_pages:edit", args=(self.page.pk,))
        return context

    def post(self, request, page_id):
        if copying.copy_body(self.page, request.user):
            messages.success(
                request,
                _(
                    "The English body now holds a copy of the Chinese body with its images and "
                    "audio. Replace its text with the English translation; until then English "
                    "visitors are told the English version is being prepared."
                ),
            )
        else:
            messages.warning(request, _("The English body is not empty, so nothing was copied."))
        return redirect("wagtailadmin_pages:edit", self.page.pk)


@hooks.register("register_admin_urls")
def register_copy_body_url():
    return [
        path("pages/<int:page_id>/copy-body/", CopyBodyView.as_view(), name="exhibits_copy_body")
    ]


# --- Status in the explorer and on the dashboard -----------------------------


@hooks.register("construct_explorer_page_queryset")
def explorer_status(parent_page, pages, request):
    """Annotate the listed pages so each row shows its English and fact-check badges."""
    return status.with_status(pages)


@hooks.register("insert_global_admin_css")
def dashboard_css():
    """The status panel's spacing on the dashboard; the English status badges everywhere."""
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/admin/dashboard.css"),
        static("css/admin/translation-status.css"),
    )


class TranslationStatusPanel(Component):
    """Dashboard: pages whose English is missing or whose facts await checking."""

    name = "translation_status"
    template_name = "exhibits/admin/translation_status_panel.html"
    order = 250

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        pages = (
            status.with_status(Page.objects.filter(depth__gt=1))
            .filter(lacks_english=True)
            .order_by("path")
        )
        unchecked = (
            status.with_status(Page.objects.filter(depth__gt=1))
            .filter(lacks_fact_check=True)
            .order_by("path")
        )
        context["lacking_english"] = list(pages[:DASHBOARD_LIMIT])
        context["lacking_english_count"] = pages.count()
        context["lacking_fact_check"] = list(unchecked[:DASHBOARD_LIMIT])
        context["lacking_fact_check_count"] = unchecked.count()
        return context


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel())
