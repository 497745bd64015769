"""`manage.py create_dev_logins [--url URL]`: local logins for trying the admin (DEBUG only)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

DEV_LOGINS = (
    # username, first and last name, group (None for a superuser), what the login is for
    ("admin", ("Dev", "Admin"), None, "everything, including users and settings"),
    ("curator", ("Dev", "Curator"), "Curators", "edit pages and submit them for review"),
    ("senior", ("Dev", "Senior Curator"), "Senior curators", "approve and publish"),
)
DEV_PASSWORD = "heritage-dev"  # noqa: S105 -- a development login, refused unless DEBUG is on


class Command(BaseCommand):
    """Ensures the development logins exist and prints how to use them. Refuses without DEBUG.

    Each login has a name, so its owner can save the admin's account page (for example to
    switch the admin to English): Wagtail requires a first and last name there.
    """

    help = "Create local admin, curator and senior-curator logins for development (DEBUG only)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--url",
            default="http://127.0.0.1:8000/",
            help="The address the development server answers on, for the printed login link.",
        )

    def handle(self, *args, url="http://127.0.0.1:8000/", **options):
        if not settings.DEBUG:
            raise CommandError("Development logins are only created when DEBUG is on.")
        User = get_user_model()
        for username, (first_name, last_name), group_name, purpose in DEV_LOGINS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@localhost",
                    "first_name": first_name,
                    "last_name": last_name,
                },
            )
            if created:
                user.set_password(DEV_PASSWORD)
                user.is_staff = group_name is None
                user.is_superuser = group_name is None
                user.save()
                if group_name:
                    user.groups.add(Group.objects.get(name=group_name))
            elif not (user.first_name or user.last_name):  # made before dev logins had names
                user.first_name, user.last_name = first_name, last_name
                user.save(update_fields=["first_name", "last_name"])
            self.stdout.write(f"  {username:<8} / {DEV_PASSWORD}   {purpose}")
        self.stdout.write("(Passwords and names changed since creation stay as they are.)")
        self.stdout.write(f"Log in at {url.rstrip('/')}/admin/ with one of the logins above.")
