"""Import / export's admin URLs, registered under /admin/ by admin.py."""

from django.urls import path

from exhibits.bulk import views

urlpatterns = [
    path("bulk/", views.BulkView.as_view(), name="exhibits_bulk"),
    path("bulk/confirm/", views.ConfirmView.as_view(), name="exhibits_bulk_confirm"),
    path(
        "bulk/export/<slug:page_type>.<slug:file_format>",
        views.export,
        name="exhibits_bulk_export",
    ),
]
