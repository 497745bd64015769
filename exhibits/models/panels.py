"""Admin edit-form panels."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.admin.utils import get_user_display_name

from exhibits.models.page_checks import OVERRIDE_FIELD, page_checker
from exhibits.models.qr import QRCode


class QRCodePanel(Panel):
    """Shows a page's QR code in its editor: the symbol, code, number, short URL,
    downloads and a link to print its label. Read-only."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("QR code"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "exhibits/admin/qr_code_panel.html"

        def is_shown(self):
            return getattr(self.instance, "has_qr_code", False) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            qr_code = (
                QRCode.objects.filter(page_id=self.instance.pk).first()
                if self.instance.pk
                else None
            )
            context["qr_code"] = qr_code
            if qr_code:
                context["svg_url"] = reverse("qr_svg", args=[qr_code.code])
                context["png_url"] = reverse("qr_png", args=[qr_code.code])
                labels = reverse("exhibits_qr_labels")
                context["label_url"] = f"{labels}?page={self.instance.pk}"
                model_name = self.instance._meta.model_name
                if model_name == "museumpage":
                    context["group_label_url"] = f"{labels}?museum={self.instance.pk}"
                    context["group_label_text"] = _(
                        "Print labels for the museum and all its exhibits"
                    )
                elif model_name == "trailstoppage":
                    trail_id = self.instance.get_parent().pk
                    context["group_label_url"] = f"{labels}?trail={trail_id}"
                    context["group_label_text"] = _("Print labels for every stop of the trail")
            return context


class FactCheckRecordPanel(Panel):
    """Shows who marked the page verified and when, in the Fact check tab. Read-only:
    the page form records it (exhibits.models.page_form)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Verification"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "exhibits/admin/fact_check_record_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            user = self.instance.fact_checked_by
            context["checked_at"] = self.instance.fact_checked_at
            context["checked_by"] = get_user_display_name(user) if user else ""
            return context


class PrepublishCheckPanel(Panel):
    """The pre-publish check at the top of the Content tab: the draft's problems, each
    linking to its field, and for senior curators the override of errors. What is
    checked is the feature's (exhibits.models.page_checks)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Pre-publish check"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "exhibits/admin/prepublish_check_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(page_checker().panel_context(self.instance, self.request.user))
            labels = {name: field.label for name, field in self.form.fields.items()}
            labels["qr_code"] = _("QR code")  # the QR code panel, in the Promote tab
            context["rows"] = [
                (problem, labels.get(problem.field, "")) for problem in context["problems"]
            ]
            context["override_requested"] = bool(self.form.data.get(OVERRIDE_FIELD))
            return context
