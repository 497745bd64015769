"""The two-language page editor: labels, the preview's frame policy, compare with live,
copying the Chinese body, and translation and fact-check status in the explorer and dashboard."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import RequestFactory, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.users.models import UserProfile

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage
from museum.middleware import ResponsePolicyMiddleware
from tests.base import build_home, url_in


def paragraph(html, block_id):
    return {"type": "paragraph", "value": html, "id": block_id}


class EditorTestCase(TestCase):
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

    def edit(self, page):
        return self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    def use_english_admin(self, user):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()


class FieldLabelTests(EditorTestCase):
    def test_chinese_admin_names_each_language_in_the_label(self):
        """Labels read 标题（简体中文）and 标题（English）, never "[zh-hans]"."""
        self.client.force_login(self.curator)
        html = self.edit(self.exhibit).content.decode()
        self.assertIn("标题（简体中文）", html)
        self.assertIn("标题（English）", html)
        self.assertNotIn("[zh-hans]", html)
        self.assertNotIn("[en]", html)

    def test_english_admin_labels_and_help_text_are_english(self):
        """In the English admin: "Title (English)", with English help text on English fields."""
        self.use_english_admin(self.curator)
        self.client.force_login(self.curator)
        html = self.edit(self.exhibit).content.decode()
        self.assertIn("Title (Simplified Chinese)", html)
        self.assertIn("Title (English)", html)
        self.assertIn("One to three sentences shown at the top of the page", html)

    def test_editor_loads_the_language_switcher_not_the_locale_picker(self):
        """The editor gets the project's switcher; modeltranslation's picker is off."""
        self.client.force_login(self.curator)
        html = self.edit(self.exhibit).content.decode()
        self.assertIn("js/admin/editor-languages.js", html)
        self.assertIn('id="editor-languages-config"', html)
        self.assertNotIn("language_toggles.js", html)


class PreviewFramePolicyTests(EditorTestCase):
    def test_preview_responses_may_be_framed_by_the_admin(self):
        """The editor's preview of a draft allows frame-ancestors 'self' in both languages."""
        self.client.force_login(self.curator)
        revision = self.exhibit.save_revision(user=self.curator)
        for mode in ("zh-hans", "en"):
            url = reverse("wagtailadmin_pages:revisions_view", args=[self.exhibit.pk, revision.pk])
            response = self.client.get(url, {"mode": mode})
            self.assertEqual(response.status_code, 200)
            self.assertIn("frame-ancestors 'self'", response["Content-Security-Policy"])
            self.assertNotIn("frame-ancestors 'none'", response["Content-Security-Policy"])

    def test_preview_shows_the_draft_in_the_mode_language(self):
        """Preview mode "en" renders the English draft title, "zh-hans" the Chinese one."""
        self.client.force_login(self.curator)
        self.exhibit.title_en = "Draft counter"
        revision = self.exhibit.save_revision(user=self.curator)
        url = reverse("wagtailadmin_pages:revisions_view", args=[self.exhibit.pk, revision.pk])
        english = self.client.get(url, {"mode": "en"}).content.decode()
        chinese = self.client.get(url, {"mode": "zh-hans"}).content.decode()
        self.assertIn("Draft counter", english)
        self.assertIn('lang="en"', english)
        self.assertIn(self.exhibit.title_zh_hans, chinese)

    def test_public_pages_are_never_framed(self):
        """Visitor pages keep frame-ancestors 'none', logged in or not."""
        self.client.force_login(self.curator)
        response = self.client.get(url_in(self.exhibit, "zh-hans"))
        self.assertEqual(response.status_code, 200)
        self.assertIn("frame-ancestors 'none'", response["Content-Security-Policy"])

    def test_only_preview_requests_relax_the_policy(self):
        """The middleware allows 'self' for Wagtail's inner preview request only."""
        from django.http import HttpResponse

        middleware = ResponsePolicyMiddleware(lambda request: HttpResponse("ok"))
        request = RequestFactory().get("/zh-hans/")
        self.assertIn("frame-ancestors 'none'", middleware(request)["Content-Security-Policy"])
        request.is_preview = True
        self.assertIn("frame-ancestors 'self'", middleware(request)["Content-Security-Policy"])


class CompareWithLiveTests(EditorTestCase):
    def test_reviewer_menu_compares_the_submitted_draft_with_the_live_page(self):
        """A live page with a newer draft offers "Compare with live version" → live...latest."""
        self.exhibit.save_revision(user=self.curator).publish()
        self.exhibit.title_en = "Banking counter, revised"
        self.exhibit.save_revision(user=self.curator)
        self.client.force_login(self.senior)
        html = self.edit(self.exhibit).content.decode()
        compare = reverse(
            "wagtailadmin_pages:revisions_compare", args=(self.exhibit.pk, "live", "latest")
        )
        self.assertIn(compare, html)
        response = self.client.get(compare)
        self.assertContains(response, "revised")

    def test_no_compare_link_without_changes(self):
        """A live page without a newer draft has no compare link."""
        self.exhibit.save_revision(user=self.curator).publish()
        self.client.force_login(self.senior)
        html = self.edit(self.exhibit).content.decode()
        self.assertNotIn("/revisions/compare/live...latest/", html)


class CopyBodyTests(EditorTestCase):
    def setUp(self):
        self.page = ExhibitPage.objects.get(pk=self.exhibit.pk)
        self.page.body_zh_hans = [
            paragraph("<p>美丰银行的营业大厅。</p>", "a1"),
            paragraph("<p>柜台保存至今。</p>", "a2"),
        ]
        self.page.body_en = []
        self.page.save_revision(user=self.curator).publish()

    def test_copy_fills_the_empty_english_body_with_the_chinese_blocks(self):
        """Copying saves a draft whose English body has the Chinese blocks under new ids."""
        self.client.force_login(self.curator)
        url = reverse("exhibits_copy_body", args=[self.page.pk])
        self.assertContains(self.client.get(url), "data-copy-body-confirm")
        response = self.client.post(url)
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        draft = ExhibitPage.objects.get(pk=self.page.pk).get_latest_revision_as_object()
        copied = list(draft.body_en.raw_data)
        self.assertEqual(
            [block["value"] for block in copied],
            ["<p>美丰银行的营业大厅。</p>", "<p>柜台保存至今。</p>"],
        )
        self.assertNotIn(copied[0]["id"], {"a1", "a2"})
        self.assertIn("body", draft.missing_translations("en"))

    def test_copy_refuses_a_filled_english_body(self):
        """Nothing is overwritten: a second copy is refused."""
        self.client.force_login(self.curator)
        url = reverse("exhibits_copy_body", args=[self.page.pk])
        self.client.post(url)
        revisions = self.page.revisions.count()
        self.client.post(url)
        self.assertEqual(self.page.revisions.count(), revisions)

    def test_visitors_see_an_untranslated_copy_as_chinese(self):
        """An English body still holding copied Chinese text shows the "English pending" note
        and is marked lang="zh-hans"; once translated, the note goes."""
        self.page.body_en = [paragraph("<p>美丰银行的营业大厅。</p>", "b1")]
        self.page.save_revision(user=self.curator).publish()
        html = self.client.get(url_in(self.page, "en")).content.decode()
        self.assertIn('data-notice="translation-pending"', html)
        self.assertIn('class="body" lang="zh-hans"', html)
        self.page.body_en = [paragraph("<p>The Meifeng banking hall.</p>", "b1")]
        self.page.save_revision(user=self.curator).publish()
        html = self.client.get(url_in(self.page, "en")).content.decode()
        self.assertNotIn('data-notice="translation-pending"', html)
        self.assertNotIn('lang="zh-hans"', html.split('class="body"')[1][:20])


class StatusTests(EditorTestCase):
    def explore(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(reverse("wagtailadmin_explore", args=[self.museum.pk]))
        self.assertEqual(response.status_code, 200)
        status_queries = [q for q in queries if "fact_check_status" in q["sql"]]
        return response.content.decode(), len(status_queries)

    def test_explorer_badges_pages_lacking_english_or_a_fact_check(self):
        """Rows show "No English" and "Not fact-checked" badges, in a constant number of queries."""
        ExhibitPage.objects.filter(pk=self.exhibit.pk).update(intro_en="", intro_zh_hans="导语")
        self.client.force_login(self.curator)
        html, few = self.explore()
        self.assertIn('data-status-badge="english"', html)
        self.assertIn('data-status-badge="fact-check"', html)
        for position in range(2, 7):
            ExhibitPageFactory(parent=self.museum, position=position)
        html, many = self.explore()
        self.assertEqual(html.count('data-status-badge="fact-check"'), 6)
        self.assertEqual(few, many)

    def test_dashboard_lists_pages_lacking_english_and_fact_checks(self):
        """The dashboard panel names the pages lacking English and those awaiting a fact check."""
        ExhibitPage.objects.filter(pk=self.exhibit.pk).update(intro_en="", intro_zh_hans="导语")
        self.client.force_login(self.senior)
        link = reverse("wagtailadmin_pages:edit", args=[self.exhibit.pk])
        html = self.client.get(reverse("wagtailadmin_home")).content.decode()
        self.assertIn("data-translation-status", html)
        english = html.split('data-status-list="english"')[1].split("</ul>")[0]
        self.assertIn(link, english)
        checks = html.split('data-status-list="fact-check"')[1].split("</ul>")[0]
        self.assertIn(link, checks)
