"""Signing in to the Wagtail admin in a browser test, as a curator or a senior curator."""

import importlib

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

PASSWORD = "heritage-dev"  # noqa: S105 -- a test login on the loopback live server
# The browser of a curator at a desk. Reduced motion: for a user who has not yet dismissed
# them (every test user), Wagtail's sidebar badge for its "What's new" and guide links pulses
# for 25 s after each admin page load, redrawing the page at 60 frames a second, which cost
# Chromium 0.13-0.2 s of CPU per second that an admin page stayed open.
CURATOR_SCREEN = {
    "locale": "zh-CN",
    "viewport": {"width": 1600, "height": 1000},
    "reduced_motion": "reduce",
}
ROLES = (("curator", "Curators"), ("senior", "Senior curators"))


def editorial_users(**names):
    """The Curators and Senior curators groups as migrations make them, with one user in
    each ("curator", "senior"); ``names`` gives a user (first name, last name)."""
    importlib.import_module("exhibits.migrations.0002_editorial_roles").create_roles(apps, None)
    for username, group in ROLES:
        first, last = names.get(username, (username, ""))
        user = get_user_model().objects.create_user(
            username, password=PASSWORD, first_name=first, last_name=last
        )
        user.groups.add(Group.objects.get(name=group))


def sign_in(context, base_url, username):
    """Sign ``username`` in to the admin in a browser context without the login form.

    The server makes the session as the form's sign-in does and the context gets its
    cookie: two admin page loads fewer (the form, the dashboard it leads to), which cost
    Chromium a few seconds each time. The form itself is walked in Chromium by
    tests/browser/test_admin_chinese.py.
    """
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [{"name": cookie.key, "value": cookie.value, "url": base_url, "httpOnly": True}]
    )


def signed_in(browser, base_url, username):
    """A new curator's browser context signed in to the admin as ``username``, with an
    empty page: (context, page)."""
    context = browser.new_context(**CURATOR_SCREEN)
    sign_in(context, base_url, username)
    return context, context.new_page()


def admin_as(browser, base_url, username, path="/admin/"):
    """A new browser context signed in to the admin as ``username``, open at ``path``:
    (context, page)."""
    context, page = signed_in(browser, base_url, username)
    page.goto(base_url + path)
    assert page.url == base_url + path, page.url  # not sent to the login form
    assert page.locator("html").get_attribute("lang") == "zh-hans"  # the admin's default
    return context, page
