"""Admin sign-in is throttled (django-axes): five wrong passwords lock the account and
five from one address lock the address, for 15 minutes, with a bilingual message; the
lockout is logged; a right password afterwards is refused until the pause ends."""

import datetime

import time_machine
from django.contrib.auth import get_user_model
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

LOGIN = reverse("wagtailadmin_login")


@override_settings(AXES_ENABLED=True)
class LoginThrottleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_user_model().objects.create_superuser("curator", "c@example.cn", "right-password")

    def sign_in(self, username="curator", password="wrong", address="198.51.100.1"):  # noqa: S107 -- a test account
        return self.client.post(
            LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address
        )

    def test_thirty_wrong_passwords_then_the_right_one_is_refused(self):
        with self.assertLogs("museum.security", "WARNING") as logs:
            statuses = [self.sign_in().status_code for _ in range(30)]
        self.assertEqual(statuses[:4], [200] * 4)  # the form again, with its error
        self.assertEqual(set(statuses[5:]), {429})
        response = self.sign_in(password="right-password")
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "登录已暂停", status_code=429)
        self.assertContains(response, "Sign-in paused", status_code=429)
        self.assertContains(response, "15", status_code=429)
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertIn("login_lockout", logs.output[0] + str(logs.records[0].__dict__))

    def test_the_account_is_locked_from_every_address(self):
        for index in range(5):
            self.sign_in(address=f"203.0.113.{index + 1}")
        self.assertEqual(self.sign_in("curator", "right-password", "192.0.2.50").status_code, 429)

    def test_one_address_is_locked_whatever_the_account(self):
        for index in range(5):
            self.sign_in(username=f"guess{index}", address="203.0.113.77")
        self.assertEqual(self.sign_in("curator", "right-password", "203.0.113.77").status_code, 429)
        response = self.sign_in("curator", "right-password", "192.0.2.51")
        self.assertEqual(response.status_code, 302)

    def test_the_pause_ends_and_a_right_password_resets_the_count(self):
        with time_machine.travel(timezone.now(), tick=False) as traveller:
            for _ in range(5):
                self.sign_in()
            self.assertEqual(self.sign_in(password="right-password").status_code, 429)
            traveller.shift(datetime.timedelta(minutes=16))
            self.assertEqual(self.sign_in(password="right-password").status_code, 302)
            self.client.logout()
            for _ in range(4):
                self.sign_in()
            self.assertEqual(self.sign_in(password="right-password").status_code, 302)
