"""`manage.py sync_site`: point the default Wagtail Site at MUSEUM_PUBLIC_URL's host and port."""

from django.core.management.base import BaseCommand, CommandError

from exhibits import public_urls


class Command(BaseCommand):
    """Sets the default Site's hostname and port from MUSEUM_PUBLIC_URL; safe to run again.

    Run it after every change of MUSEUM_PUBLIC_URL (the deploy steps in the README do),
    so that the links Wagtail builds from the Site record agree with ours.
    """

    help = "Set the default Wagtail Site's hostname and port from MUSEUM_PUBLIC_URL."

    def handle(self, *args, **options):
        site = public_urls.sync_default_site()
        if site is None:
            raise CommandError("There is no default Site yet: load the content first.")
        self.stdout.write(f"Default site: {site.hostname}:{site.port} ({site.root_url})")
