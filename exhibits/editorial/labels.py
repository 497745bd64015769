"""Labels of the per-language form fields: "标题（简体中文）" and "标题（English）" in
the Chinese admin, "Title (Simplified Chinese)" and "Title (English)" in the English admin.

django-modeltranslation builds each translated field's verbose name through
MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME, lazily, so the label follows the
admin's language on every request. Pure: settings import this module.
"""

from django.utils import translation


def language_label(code):
    """The curator-facing name of a content language, in the admin's language.

    Chinese comes from Django's own catalog ("简体中文", "Simplified Chinese");
    English stays "English" in both admins, since it names the language the field
    is written in.
    """
    code = code.replace("_", "-")
    if code == "en":
        return "English"
    try:
        return translation.get_language_info(code)["name_translated"]
    except KeyError:
        return code


def localized_verbose_name(verbose_name, language_code):
    """A translated field's label: the field's name and its language in brackets."""
    name = str(verbose_name)
    label = language_label(language_code)
    if (translation.get_language() or "").startswith("zh"):
        return f"{name}（{label}）"
    return f"{name} ({label})"
