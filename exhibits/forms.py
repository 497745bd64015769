"""Admin forms that enforce what visitors rely on."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.forms.auth import LoginForm
from wagtail.images.forms import BaseImageForm


class MuseumImageForm(BaseImageForm):
    """The image edit form: alt text is required in every language.

    The first step of a multiple upload carries no alt-text fields and is not
    held to this; the edit step that follows is.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, name in settings.LANGUAGES:
            field = self.fields.get(build_localized_fieldname("description", code))
            if field is not None:
                field.label = _("Alt text (%(language)s)") % {"language": name}
                field.help_text = _(
                    "What the image shows, for visitors who use a screen reader. "
                    "Required in every language."
                )
            field = self.fields.get(build_localized_fieldname("credit", code))
            if field is not None:
                field.label = _("Credit (%(language)s)") % {"language": name}

    def clean(self):
        cleaned_data = super().clean()
        for code, name in settings.LANGUAGES:
            field_name = build_localized_fieldname("description", code)
            if field_name in self.fields and not (cleaned_data.get(field_name) or "").strip():
                self.add_error(
                    field_name,
                    forms.ValidationError(
                        _("Describe the image for visitors who cannot see it (%(language)s)."),
                        code="alt_text_required",
                        params={"language": name},
                    ),
                )
        return cleaned_data


class AdminLoginForm(LoginForm):
    """The admin login form, whose password label Wagtail leaves untranslated."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
