from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Workflow, WorkflowState
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage
from tests.base import build_home, url_in


def exhibit_form(page, **overrides):
    data = {
        "title_zh_hans": page.title_zh_hans,
        "title_en": page.title_en,
        "slug_zh_hans": page.slug_zh_hans,
        "slug_en": page.slug_en,
        "kind": page.kind,
        "position": page.position,
        "intro_zh_hans": page.intro_zh_hans,
        "intro_en": page.intro_en,
        "body_zh_hans": streamfield([("paragraph", rich_text("<p>中文正文</p>"))]),
        "body_en": streamfield([("paragraph", rich_text("<p>English body</p>"))]),
        "sources": streamfield([]),
        "fact_check_status": "needs_checking",
        "fact_check_notes": "",
        "location_certainty": "rough",
    }
    data.update(overrides)
    return nested_form_data(data)


class CuratorRoleTests(TestCase):
    """Curators edit and submit for review; senior curators approve and publish."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.exhibit = ExhibitPageFactory(parent=cls.museum, title_en="Banking counter")
        User = get_user_model()
        cls.curator = User.objects.create_user("curator", password="pw")
        cls.curator.groups.add(Group.objects.get(name="Curators"))
        cls.senior = User.objects.create_user("senior", password="pw")
        cls.senior.groups.add(Group.objects.get(name="Senior curators"))

    def edit_url(self, page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    def test_review_workflow_covers_the_whole_site(self):
        workflow = Page.get_first_root_node().get_workflow()
        self.assertEqual(workflow.name, "高级策展人审核 · Senior curator review")
        self.assertEqual(self.exhibit.get_workflow(), workflow)
        task = workflow.tasks.get().specific
        self.assertEqual(list(task.groups.values_list("name", flat=True)), ["Senior curators"])

    def test_curators_can_edit_but_not_publish(self):
        permissions = self.exhibit.permissions_for_user(self.curator)
        self.assertTrue(permissions.can_edit())
        self.assertFalse(permissions.can_publish())
        self.assertTrue(self.exhibit.permissions_for_user(self.senior).can_publish())

    def test_both_roles_manage_the_media_library(self):
        for model in (get_image_model(), get_document_model()):
            policy = policy_registry.get_by_type(model)
            for user in (self.curator, self.senior):
                with self.subTest(model=model.__name__, user=user.username):
                    for action in ("add", "change", "choose"):
                        self.assertTrue(policy.user_has_permission(user, action))

    def test_curator_edit_in_both_languages_is_submitted_for_review(self):
        self.client.force_login(self.curator)
        self.assertEqual(self.client.get(self.edit_url(self.exhibit)).status_code, 200)
        data = exhibit_form(
            self.exhibit, title_en="The banking counter", **{"action-submit": "Submit"}
        )
        response = self.client.post(self.edit_url(self.exhibit), data)
        self.assertEqual(response.status_code, 302)
        state = WorkflowState.objects.get(
            base_content_type__model="page", object_id=str(self.exhibit.pk)
        )
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        live = ExhibitPage.objects.get(pk=self.exhibit.pk)
        self.assertEqual(live.title_en, "Banking counter")  # not published yet
        latest = live.get_latest_revision_as_object()
        self.assertEqual(latest.title_en, "The banking counter")
        self.assertIn(">English body</p>", latest.body_en[0].value.source)

    def test_senior_curator_publishes_both_languages(self):
        self.client.force_login(self.senior)
        data = exhibit_form(
            self.exhibit, title_en="Meifeng counter", **{"action-publish": "Publish"}
        )
        response = self.client.post(self.edit_url(self.exhibit), data)
        self.assertEqual(response.status_code, 302)
        # Publishing from the edit view starts the workflow for a senior curator
        # too; approving its only task publishes the page.
        state = WorkflowState.objects.filter(object_id=str(self.exhibit.pk)).first()
        if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
            state.current_task_state.task.specific.on_action(
                state.current_task_state, self.senior, "approve"
            )
        page = ExhibitPage.objects.get(pk=self.exhibit.pk)
        self.assertEqual(page.title_en, "Meifeng counter")
        with translation.override("en"):
            response = self.client.get(url_in(page, "en"))
        self.assertContains(response, "Meifeng counter")
        self.assertContains(response, "English body")

    def test_workflow_exists_once(self):
        self.assertEqual(
            Workflow.objects.filter(name="高级策展人审核 · Senior curator review").count(), 1
        )


class AdminLanguageTests(TestCase):
    """The admin speaks Chinese by default; each user may choose English."""

    @classmethod
    def setUpTestData(cls):
        build_home()
        cls.user = get_user_model().objects.create_superuser("admin", password="pw")

    def test_admin_defaults_to_chinese_whatever_the_browser_says(self):
        self.client.force_login(self.user)
        for header in ("", "en-US,en;q=0.9"):
            with self.subTest(accept_language=header):
                response = self.client.get(
                    reverse("wagtailadmin_home"), headers={"accept-language": header}
                )
                self.assertContains(response, 'lang="zh-hans"')

    def test_login_page_is_chinese(self):
        response = self.client.get(reverse("wagtailadmin_login"), headers={"accept-language": "en"})
        self.assertContains(response, 'lang="zh-hans"')

    def test_user_can_choose_english(self):
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "en"
        profile.save()
        self.client.force_login(self.user)
        response = self.client.get(
            reverse("wagtailadmin_home"), headers={"accept-language": "zh-CN"}
        )
        self.assertContains(response, 'lang="en"')

    def test_admin_loads_nothing_from_other_hosts(self):
        self.client.force_login(self.user)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(response, "releases.wagtail.org")
        self.assertNotContains(response, "gravatar.com")
