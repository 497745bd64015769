"""Admin: the copy-paste embed code of a page, linked from its "More" menu."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from exhibits import embeds


class EmbedCodeView(WagtailAdminTemplateMixin, TemplateView):
    """The iframe and embed.js snippets of one page in both languages, for partners."""

    template_name = "exhibits/admin/embed_code.html"
    page_title = _("Embed code")
    header_icon = "code"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        if not embeds.is_embeddable(self.page):
            raise Http404
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = self.page
        context["snippets"] = embeds.snippets(self.page, self.request)
        context["live"] = self.page.live
        context["themes"] = embeds.THEMES
        context["accents"] = embeds.ACCENTS
        context["partners_url"] = reverse("wagtailsnippets_exhibits_partner:list")
        return context


class EmbedCodeMenuItem(PageMenuItem):
    """ "Embed code" in the page's header and listing menus, for embeddable page types."""

    label = _("Embed code")
    icon_name = "code"
    url_name = "exhibits_embed_code"
    priority = 55

    def is_shown(self, user):
        return embeds.is_embeddable(self.page) and self.page.permissions_for_user(user).can_edit()
