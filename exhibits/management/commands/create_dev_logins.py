"""`manage.py create_dev_logins`: local logins for trying the admin (DEBUG only)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

DEV_LOGINS = (
    # username, group (None for a superuser), what the login is for
    ("admin", None, "everything, including users and settings"),
    ("curator", "Curators", "edit pages and submit them for review"),
    ("senior", "Senior curators", "approve and publish"),
)
DEV_PASSWORD = "heritage-dev"  # noqa: S105 -- a development login, refused unless DEBUG is on


class Command(BaseCommand):
    """Ensures the development logins exist and prints how to use them. Refuses without DEBUG."""

    help = "Create local admin, curator and senior-curator logins for development (DEBUG only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Development logins are only created when DEBUG is on.")
        User = get_user_model()
        for username, group_name, purpose in DEV_LOGINS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@localhost"}
            )
            if created:
                user.set_password(DEV_PASSWORD)
                user.is_staff = group_name is None
                user.is_superuser = group_name is None
                user.save()
                if group_name:
                    user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(f"  {username:<8} / {DEV_PASSWORD}   {purpose}")
        self.stdout.write("(Passwords changed since creation stay as they are.)")
        self.stdout.write("Log in at http://127.0.0.1:8000/admin/ with one of the logins above.")
