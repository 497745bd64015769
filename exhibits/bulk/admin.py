"""Import / export in the admin: its URLs and its menu item, shown to curators who may
add or change pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from exhibits.bulk import urls
from exhibits.bulk.views import may_import


class BulkMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)


@hooks.register("register_admin_urls")
def register_bulk_urls():
    return urls.urlpatterns


@hooks.register("register_admin_menu_item")
def register_bulk_menu_item():
    return BulkMenuItem(
        _("Import / export"),
        reverse("exhibits_bulk"),
        name="bulk-import-export",
        icon_name="download",
        order=650,
    )
