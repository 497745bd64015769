"""The admin sign-in: its form, and a log line when django-axes locks an account or an
address out after too many wrong passwords (settings: AXES_*)."""

import logging

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

logger = logging.getLogger("museum.security")


class AdminLoginForm(LoginForm):
    """The admin login form, whose password label Wagtail leaves untranslated."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")


def log_lockout(sender, request, username, ip_address, **kwargs):
    """One warning per lockout, naming the account and the address (both already in
    django-axes' own table of attempts)."""
    logger.warning(
        "sign-in locked out after too many failures",
        extra={"event": "login_lockout", "username": username[:150], "ip": ip_address},
    )
