"""Signing in to the Wagtail admin in a browser test, as a curator or a senior curator."""

import importlib

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PASSWORD = "heritage-dev"  # noqa: S105 -- a test login on the loopback live server
SCREEN = {"width": 1600, "height": 1000}
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


def admin_as(browser, base_url, username):
    """A new browser context signed in to the admin as ``username``: (context, page)."""
    context = browser.new_context(locale="zh-CN", viewport=SCREEN)
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    assert page.locator("html").get_attribute("lang") == "zh-hans"  # the admin's default
    return context, page
