from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExhibitsConfig(AppConfig):
    """The museums, exhibits, heritage sites and trail of the Yuzhong financial heritage area."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "exhibits"
    verbose_name = _("Financial heritage")

    def ready(self):
        from axes.signals import user_locked_out
        from wagtail.models import get_page_models

        from exhibits.editorial import login
        from exhibits.images import live_media, renditions
        from exhibits.models import page_slugs, translation_status
        from exhibits.models.page_routes import restore_routes
        from exhibits.qr import signals
        from exhibits.visitor import redirects, routes
        from museum import content_version

        signals.connect()
        redirects.connect()
        routes.remember_site_root_paths()
        page_slugs.check_sibling_slugs_by_query()
        renditions.connect()
        live_media.register_policies()
        content_version.connect()
        restore_routes(get_page_models())
        translation_status.connect(get_page_models())
        user_locked_out.connect(login.log_lockout, dispatch_uid="log-login-lockout")
