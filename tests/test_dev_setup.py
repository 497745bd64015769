"""The developer's setup: `make run` on any port, quiet migrations, dev logins with names."""

import shutil
import subprocess
from io import StringIO
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.admin.forms.account import NameEmailForm

ROOT = Path(__file__).resolve().parent.parent


@override_settings(DEBUG=True)
class DevLoginTests(TestCase):
    """`create_dev_logins` makes logins whose owners can save their admin account."""

    def run_command(self, *args):
        out = StringIO()
        call_command("create_dev_logins", *args, stdout=out)
        return out.getvalue()

    def test_every_dev_login_can_save_its_account_name_form(self):
        self.run_command()
        for user in get_user_model().objects.filter(username__in=["admin", "curator", "senior"]):
            with self.subTest(user=user.username):
                data = {"first_name": user.first_name, "last_name": user.last_name}
                data["email"] = user.email
                form = NameEmailForm(instance=user, data=data)
                self.assertTrue(form.is_valid(), form.errors)

    def test_logins_made_before_names_get_them_and_chosen_names_stay(self):
        User = get_user_model()
        User.objects.create_user("curator", email="curator@localhost")
        User.objects.create_user("senior", first_name="Li", last_name="Wei")
        self.run_command()
        self.assertTrue(User.objects.get(username="curator").get_full_name())
        self.assertEqual(User.objects.get(username="senior").get_full_name(), "Li Wei")

    def test_the_printed_admin_address_follows_the_port(self):
        output = self.run_command("--url", "http://127.0.0.1:8400/")
        self.assertIn("http://127.0.0.1:8400/admin/", output)
        self.assertNotIn(":8000", output)


class MakeRunTests(TestCase):
    """`make run PORT=…` prints and serves that port and keeps migrate's output quiet."""

    def dry_run(self, *args):
        if shutil.which("make") is None:
            self.skipTest("make is not installed")
        result = subprocess.run(  # noqa: S603 -- a fixed local program with fixed arguments
            ["make", "--dry-run", "--always-make", "run", *args],  # noqa: S607 -- make from PATH
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout

    def test_the_port_reaches_every_printed_address_and_the_server(self):
        output = self.dry_run("PORT=8400")
        self.assertIn(
            "http://127.0.0.1:8400/ and the admin at http://127.0.0.1:8400/admin/", output
        )
        self.assertIn("create_dev_logins --url http://127.0.0.1:8400/", output)
        self.assertIn("runserver 127.0.0.1:8400", output)
        self.assertNotIn("8000", output)

    def test_setup_updates_unedited_seed_pages_and_migrates_quietly(self):
        output = self.dry_run()
        self.assertIn("load_heritage_content --update-unchanged", output)
        self.assertIn("migrate --noinput -v 0", output)
        self.assertIn("Missing languages in", output)  # the filter that drops that report
