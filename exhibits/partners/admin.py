"""The partners feature in the admin: Snippets → Partners (who may frame our embeds),
and the copy-paste embed code of a page, linked from its header and "More" menus."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from exhibits.models import Partner, SiteSettings
from exhibits.models.channels import ACCENTS, THEMES
from exhibits.partners.embed_code import snippets


class EmbedCodeView(WagtailAdminTemplateMixin, TemplateView):
    """The iframe and embed.js snippets of one page in both languages, for partners."""

    template_name = "exhibits/admin/embed_code.html"
    page_title = _("Embed code")
    header_icon = "code"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        if not (self.page.embeddable or getattr(self.page, "embeds_programmes", False)):
            raise Http404
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = self.page
        context["snippets"] = snippets(self.page, self.request) if self.page.embeddable else []
        if getattr(self.page, "embeds_programmes", False):
            context["programme_snippets"] = snippets(self.page, self.request, programmes=True)
        context["live"] = self.page.live
        context["themes"] = THEMES
        context["accents"] = ACCENTS
        context["partners_url"] = reverse("wagtailsnippets_exhibits_partner:list")
        context["site_settings"] = SiteSettings.load(request_or_site=self.request)
        if self.request.user.has_perm("exhibits.change_sitesettings"):
            context["settings_url"] = reverse(
                "wagtailsettings:edit", args=("exhibits", "sitesettings")
            )
        return context


class EmbedCodeMenuItem(PageMenuItem):
    """ "Embed code" in the page's header and listing menus, for embeddable page types."""

    label = _("Embed code")
    icon_name = "code"
    url_name = "exhibits_embed_code"
    priority = 55

    def is_shown(self, user):
        page_type = self.page.specific_class
        embeds = getattr(page_type, "embeddable", False)
        embeds = embeds or getattr(page_type, "embeds_programmes", False)
        return embeds and self.page.permissions_for_user(user).can_edit()


class PartnerViewSet(SnippetViewSet):
    """Snippets → Partners: who may frame our embed views."""

    model = Partner
    icon = "globe"
    menu_label = _("Partners")
    list_display = ["name", "allowed_origins", "active"]
    list_filter = ["active"]
    search_fields = ["name", "contact", "allowed_origins"]


register_snippet(PartnerViewSet)


@hooks.register("register_admin_urls")
def register_embed_code_url():
    return [
        path("pages/<int:page_id>/embed-code/", EmbedCodeView.as_view(), name="exhibits_embed_code")
    ]


@hooks.register("register_page_header_buttons")
def embed_code_header_button(page, user, view_name, next_url=None):
    yield EmbedCodeMenuItem(page=page)


@hooks.register("register_page_listing_more_buttons")
def embed_code_listing_button(page, user, next_url=None):
    yield EmbedCodeMenuItem(page=page)
