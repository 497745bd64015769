"""Import / export in the admin: download a page type as XLSX or CSV; upload a file for
a dry run that shows row by row what would happen; confirm to save the drafts.

The uploaded file waits in the curator's session between the dry run and the
confirmation (with its SHA-256, which the confirmation form repeats, so a second
upload in another tab cannot be confirmed unseen), and is read and checked again
before anything is saved.
"""

import base64
import datetime
import hashlib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from exhibits.bulk import sheets
from exhibits.bulk.columns import SPECS
from exhibits.bulk.drafts import ImportFailed, apply_plan
from exhibits.bulk.export import export_rows, pages_for
from exhibits.bulk.plan import CREATE, UPDATE, build_plan
from exhibits.spreadsheets import CSV_CONTENT_TYPE

SESSION_KEY = "exhibits_bulk_import"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def may_import(user):
    """Curators who may add or change some page; each row checks its own page."""
    return PagePermissionPolicy().user_has_any_permission(user, {"add", "change"})


class UploadForm(forms.Form):
    page_type = forms.ChoiceField(
        label=gettext_lazy("Page type"),
        help_text=gettext_lazy("Each file holds one page type, as the export writes it."),
    )
    file = forms.FileField(
        label=gettext_lazy("File"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page_type"].choices = [
            (key, capfirst(spec.label)) for key, spec in SPECS.items()
        ]
        self.fields["file"].help_text = _(
            "An .xlsx or .csv file (UTF-8), at most %(limit)s MB."
        ) % {"limit": sheets.MAX_UPLOAD_BYTES // 1024 // 1024}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > sheets.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(sheets.too_large_message(upload.size))
        return upload


class BulkView(WagtailAdminTemplateMixin, TemplateView):
    """The Import / export page: export links, the upload form and the dry run."""

    page_title = gettext_lazy("Import / export")
    header_icon = "download"
    template_name = "exhibits/admin/bulk.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", UploadForm())
        context["specs"] = [
            {
                "spec": spec,
                "columns": spec.columns(),
                "links": [
                    (fmt.upper(), reverse("exhibits_bulk_export", args=[key, fmt]))
                    for fmt in (sheets.XLSX, sheets.CSV)
                ],
            }
            for key, spec in SPECS.items()
        ]
        context["max_rows"] = sheets.MAX_ROWS
        return context

    def post(self, request):
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        stored = {
            "name": upload.name,
            "page_type": form.cleaned_data["page_type"],
            "data": base64.b64encode(upload.read()).decode("ascii"),
        }
        return self.dry_run(stored, form)

    def dry_run(self, stored, form, **context):
        """Plan the stored file and show the plan; keep the file in the session while the
        plan can be confirmed, together with what it showed."""
        data = base64.b64decode(stored["data"])
        plan, error = plan_for(SPECS[stored["page_type"]], stored["name"], data, self.request.user)
        self.request.session.pop(SESSION_KEY, None)
        if plan is not None and plan.can_import:
            stored["digest"] = fingerprint(data, plan)
            self.request.session[SESSION_KEY] = stored
        return self.render_to_response(
            self.get_context_data(
                form=form,
                plan=plan,
                file_error=error,
                file_name=stored["name"],
                digest=stored.get("digest"),
                **context,
            )
        )


def plan_for(spec, name, data, user):
    """(plan, None), or (None, the reason the file cannot be read)."""
    try:
        table = sheets.read_table(name, data)
    except sheets.SheetError as error:
        return None, str(error)
    return build_plan(spec, table, user), None


def fingerprint(data, plan):
    """What a dry run showed: the file, and each row's result, fields and the revision
    it was compared with. A confirmation applies only a plan that is still the same."""
    digest = hashlib.sha256(data)
    for row in plan.rows:
        changed = ",".join(column.header for column in row.changed)
        digest.update(
            f"\n{row.line}:{row.action}:{row.page.pk}:{row.revision_id}:{changed}".encode()
        )
    return digest.hexdigest()


class ConfirmView(BulkView):
    """Save the dry run's drafts, after reading and checking the file again: if anything
    the dry run showed has changed since (a page saved meanwhile, a museum gone), the new
    dry run is shown instead, to be confirmed again."""

    def get(self, request):
        return redirect("exhibits_bulk")

    def post(self, request):
        stored = request.session.pop(SESSION_KEY, None)
        if not stored or stored["digest"] != request.POST.get("digest"):
            messages.error(request, _("That dry run has expired: upload the file again."))
            return redirect("exhibits_bulk")
        spec = SPECS[stored["page_type"]]
        data = base64.b64decode(stored["data"])
        plan, error = plan_for(spec, stored["name"], data, request.user)
        form = UploadForm(initial={"page_type": stored["page_type"]})
        if plan is None or not plan.can_import or fingerprint(data, plan) != stored["digest"]:
            return self.dry_run(stored, form, rechecked=True)
        try:
            counts = apply_plan(plan, request.user)
        except ImportFailed as failed:
            failure = _("Row %(row)s could not be saved, so nothing was imported: %(errors)s")
            return self.render_to_response(
                self.get_context_data(
                    form=form,
                    file_error=failure % {"row": failed.line, "errors": " ".join(failed.messages)},
                    file_name=stored["name"],
                )
            )
        messages.success(
            request,
            _(
                "Imported “%(name)s”. New drafts: %(created)s; pages with a new draft: "
                "%(updated)s. Nothing was published."
            )
            % {"name": stored["name"], "created": counts[CREATE], "updated": counts[UPDATE]},
        )
        return redirect("exhibits_bulk")


def export(request, page_type, file_format):
    """One page type as an XLSX or CSV file, both languages side by side."""
    if not may_import(request.user):
        raise PermissionDenied
    spec = SPECS.get(page_type)
    if spec is None or file_format not in sheets.FORMATS:
        raise Http404
    headers, rows = export_rows(spec, pages_for(spec, request.user), request)
    name = f"{spec.key}-{datetime.date.today():%Y-%m-%d}.{file_format}"
    if file_format == sheets.CSV:
        response = HttpResponse(sheets.write_csv(headers, rows), content_type=CSV_CONTENT_TYPE)
    else:
        response = HttpResponse(
            sheets.write_xlsx(headers, rows, spec.key), content_type=XLSX_CONTENT_TYPE
        )
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
