"""A curator on a slow connection submits a new page while its first autosave is still on
its way: the page is created once and submitted, with no error and no stray second draft."""

import importlib
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from exhibits.factories import MuseumPageFactory
from exhibits.models import ExhibitPage
from tests.base import build_home
from tests.browser.admin import signed_in
from tests.browser.sites import restore_migration_rows
from tests.browser.waiting import wait_for_function

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "heritage-test"
SUBMIT = re.compile(r"提交|Submit to")
MORE_ACTIONS = re.compile(r"更多动作|More actions")


@pytest.fixture
def museum():
    restore_migration_rows()
    home = build_home()
    importlib.import_module("exhibits.migrations.0002_editorial_roles").create_roles(apps, None)
    user = get_user_model().objects.create_user(
        "curator", password=PASSWORD, first_name="Lin", last_name="Curator"
    )
    user.groups.add(Group.objects.get(name="Curators"))
    return MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", title_en="Finance Museum")


def test_submit_during_the_first_autosave_creates_the_page_once(live_server, browser, museum):
    """The first autosave answers after 3 s; the curator clicks Submit meanwhile."""
    context, page = signed_in(browser, live_server.url, "curator")

    autosaves = []

    def slow_autosave(route, request):
        if request.method == "POST" and "application/json" in (request.headers.get("accept") or ""):
            autosaves.append(request.url)
            page.wait_for_timeout(3000)
        route.continue_()

    page.route(re.compile(r"/admin/pages/"), slow_autosave)
    form_posts = []
    page.on(
        "request",
        lambda r: (
            form_posts.append(r.url)
            if r.method == "POST" and "text/html" in (r.headers.get("accept") or "")
            else None
        ),
    )
    page.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits', () => { window.watching = true; });"
    )
    page.goto(f"{live_server.url}/admin/pages/add/exhibits/exhibitpage/{museum.pk}/")
    # The editor starts watching for edits a few seconds after it opens; autosave follows.
    wait_for_function(page, "() => window.watching === true", timeout=30_000)
    page.locator("#id_title_zh_hans").fill("地下金库的铁门")
    page.locator("#id_intro_zh_hans").fill("金库铁门的故事。")
    for _attempt in range(100):  # the editor autosaves a moment after the typing stops
        if autosaves:
            break
        page.wait_for_timeout(100)
    assert autosaves, "the first autosave should be on its way"
    footer = page.locator("footer").last
    footer.get_by_role("button", name=MORE_ACTIONS).click()
    footer.get_by_role("button", name=SUBMIT).first.click()
    # Submitting for review leads back to the museum's page listing.
    page.wait_for_url(re.compile(rf"/admin/pages/{museum.pk}/$"), timeout=20_000)
    messages = " ".join(page.locator(".messages").all_inner_texts())
    assert "地下金库的铁门" in messages and "提交" in messages, messages
    assert not page.locator(".help-critical, .messages .error").count()
    context.close()

    pages = ExhibitPage.objects.filter(title_zh_hans="地下金库的铁门")
    assert pages.count() == 1
    # The click waited for the autosave and went to the page it had created, not to the
    # create view a second time (which, racing the autosave, makes a duplicate).
    assert form_posts == [f"{live_server.url}/admin/pages/{pages.get().pk}/edit/"], form_posts
    assert pages.get().current_workflow_state is not None
