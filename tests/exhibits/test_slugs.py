"""Slugs made from titles: pinyin for Chinese, per language, unique among siblings, short."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import SimpleTestCase, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage
from exhibits.models.page_slugs import sibling_slug_errors
from exhibits.slugs import fill_slugs, shorten, slug_from_title, taken_slugs, unique_slug
from tests.base import build_home, url_in


class SlugFromTitleTests(SimpleTestCase):
    """The pure slug functions."""

    def test_chinese_titles_become_toneless_pinyin(self):
        self.assertEqual(slug_from_title("美丰银行柜台"), "mei-feng-yin-hang-gui-tai")
        self.assertEqual(slug_from_title("重庆的长江"), "chong-qing-de-chang-jiang")

    def test_english_titles_become_ascii_slugs(self):
        self.assertEqual(slug_from_title("The Meifeng Bank’s counter"), "the-meifeng-banks-counter")
        self.assertEqual(slug_from_title("Café déjà vu"), "cafe-deja-vu")

    def test_mixed_titles_keep_latin_words_and_numbers(self):
        self.assertEqual(slug_from_title("2号展柜 ABC"), "2-hao-zhan-gui-abc")

    def test_titles_without_letters_give_nothing(self):
        self.assertEqual(slug_from_title("！？"), "")
        self.assertEqual(slug_from_title(""), "")

    def test_long_titles_are_cut_at_a_word_boundary(self):
        title = "重庆美丰银行旧址的营业柜台是当年重庆最繁忙的银行柜台之一见证了抗战时期的金融中心"
        slug = slug_from_title(title)
        self.assertLessEqual(len(slug), 60)
        self.assertFalse(slug.endswith("-"))
        self.assertTrue(slug_from_title(title, max_length=200).startswith(slug + "-"))
        self.assertEqual(shorten("a" * 70), "a" * 60)

    def test_taken_slugs_get_the_next_number(self):
        self.assertEqual(unique_slug("gui-tai", set()), "gui-tai")
        self.assertEqual(unique_slug("gui-tai", {"gui-tai", "gui-tai-2"}), "gui-tai-3")
        long = "x" * 60
        self.assertEqual(unique_slug(long, {long}), "x" * 58 + "-2")

    def test_siblings_without_an_english_slug_answer_to_their_chinese_one(self):
        rows = [{"zh-hans": "gui-tai", "en": ""}, {"zh-hans": "jin-ku", "en": "vault"}]
        taken = taken_slugs(rows, ["zh-hans", "en"], "zh-hans")
        self.assertEqual(taken, {"zh-hans": {"gui-tai", "jin-ku"}, "en": {"gui-tai", "vault"}})

    def test_each_language_is_filled_from_its_own_title(self):
        filled = fill_slugs(
            {"zh-hans": "", "en": ""},
            {"zh-hans": "地下金库", "en": "The vault"},
            {"zh-hans": set(), "en": {"the-vault"}},
            "zh-hans",
        )
        self.assertEqual(filled, {"zh-hans": "di-xia-jin-ku", "en": "the-vault-2"})

    def test_an_empty_english_title_leaves_the_english_slug_empty(self):
        filled = fill_slugs(
            {"zh-hans": "", "en": ""},
            {"zh-hans": "柜台", "en": ""},
            {"zh-hans": set(), "en": {"gui-tai"}},
            "zh-hans",
        )
        # The Chinese slug stands in for English, so it avoids the English ones too.
        self.assertEqual(filled, {"zh-hans": "gui-tai-2", "en": ""})

    def test_slugs_given_by_hand_are_kept(self):
        slugs = {"zh-hans": "wo-de", "en": "mine"}
        filled = fill_slugs(slugs, {"zh-hans": "柜台", "en": "Counter"}, {}, "zh-hans")
        self.assertEqual(filled, slugs)


@pytest.mark.template_contexts
class EditorSlugTests(TestCase):
    """A curator who never opens the Promote tab gets pinyin and English slugs."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.sibling = ExhibitPageFactory(
            parent=cls.museum, slug_zh_hans="di-xia-jin-ku", slug_en="the-vault", position=1
        )
        cls.curator = get_user_model().objects.create_user("curator", password="pw")
        cls.curator.groups.add(Group.objects.get(name="Curators"))

    def setUp(self):
        self.client.force_login(self.curator)

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=["exhibits", "exhibitpage", self.museum.pk])

    def form(self, **overrides):
        data = {
            "title_zh_hans": "地下金库",
            "title_en": "",
            "slug_zh_hans": "",
            "slug_en": "",
            "kind": "scene",
            "position": 2,
            "intro_zh_hans": "地下金库的铁门。",
            "intro_en": "",
            "body_zh_hans": streamfield([("paragraph", rich_text("<p>正文</p>"))]),
            "body_en": streamfield([]),
            "sources": streamfield([]),
            "fact_check_status": "needs_checking",
            "fact_check_notes": "",
            "location_certainty": "rough",
        }
        data.update(overrides)
        return nested_form_data(data)

    def created(self):
        return ExhibitPage.objects.child_of(self.museum).exclude(pk=self.sibling.pk).get()

    def test_submitting_a_new_page_without_slugs_succeeds_with_pinyin(self):
        response = self.client.post(self.add_url(), self.form(**{"action-submit": "Submit"}))
        self.assertEqual(response.status_code, 302)
        page = self.created()
        self.assertEqual(page.slug_zh_hans, "di-xia-jin-ku-2")
        self.assertEqual(page.slug_en, "")  # no English title: English falls back
        self.assertTrue(page.workflow_in_progress)

    def test_the_english_url_uses_the_english_slug(self):
        data = self.form(title_en="The vault door", **{"action-submit": "Submit"})
        self.assertEqual(self.client.post(self.add_url(), data).status_code, 302)
        page = self.created()
        self.assertEqual(page.slug_en, "the-vault-door")
        self.assertEqual(page.url_path_en, f"{self.museum.url_path_en}the-vault-door/")

    def test_a_draft_saved_without_slugs_gets_no_chinese_characters(self):
        self.assertEqual(self.client.post(self.add_url(), self.form()).status_code, 302)
        page = self.created()
        self.assertRegex(page.slug_zh_hans, r"^[a-z0-9-]+$")
        with translation.override("en"):
            self.assertNotIn("%", url_in(page, "en"))

    def test_slugs_typed_by_hand_stay_and_must_be_unique_in_each_language(self):
        data = self.form(slug_zh_hans="jin-ku", slug_en="the-vault", **{"action-submit": "Go"})
        response = self.client.post(self.add_url(), data)
        self.assertEqual(response.status_code, 200)  # the form again, with the error
        self.assertIn("slug_en", response.context["form"].errors)

    def test_editing_keeps_seeded_slugs(self):
        edit = reverse("wagtailadmin_pages:edit", args=[self.sibling.pk])
        data = self.form(
            title_zh_hans="新标题",
            title_en="A new title",
            slug_zh_hans=self.sibling.slug_zh_hans,
            slug_en=self.sibling.slug_en,
            position=1,
        )
        self.assertEqual(self.client.post(edit, data).status_code, 302)
        latest = self.sibling.get_latest_revision_as_object()
        self.assertEqual((latest.slug_zh_hans, latest.slug_en), ("di-xia-jin-ku", "the-vault"))

    def test_pages_made_in_code_get_pinyin_not_chinese_characters(self):
        page = ExhibitPage(title_zh_hans="铜钱", title_en="Coins", kind="scene", position=3)
        self.museum.add_child(instance=page)
        page.refresh_from_db()
        self.assertEqual(page.slug_zh_hans, "tong-qian")
        self.assertIn(page.slug_en, ("", None))  # only the editor fills other languages

    def test_the_editor_asks_for_slugs_as_the_title_is_typed(self):
        url = reverse("exhibits_suggest_slug")
        response = self.client.get(
            url, {"title": "地下金库", "language": "zh-hans", "parent": self.museum.pk}
        )
        self.assertEqual(response.json(), {"slug": "di-xia-jin-ku-2", "live": False})
        response = self.client.get(
            url, {"title": "地下金库", "language": "zh-hans", "page": self.sibling.pk}
        )
        self.assertEqual(response.json()["slug"], "di-xia-jin-ku")  # its own slug is free
        response = self.client.get(url, {"title": "Vault", "language": "xx", "page": 1})
        self.assertEqual(response.status_code, 400)

    def test_the_slug_script_is_on_the_editor(self):
        response = self.client.get(self.add_url())
        self.assertContains(response, "js/admin/slug-sync.js")
        self.assertFalse(Page.objects.filter(slug_zh_hans__regex=r"[^\x00-\x7f]").exists())


class SiblingSlugCheckTests(TestCase):
    """A page may not take a slug a sibling answers to, in any language; asked of the
    database, without loading the siblings (a museum may hold thousands)."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.vault = ExhibitPageFactory(
            parent=cls.museum, slug_zh_hans="di-xia-jin-ku", slug_en="the-vault", position=1
        )
        # No English slug: answers to its Chinese one in English.
        cls.counter = ExhibitPageFactory(
            parent=cls.museum, slug_zh_hans="gui-tai", slug_en="", position=2
        )

    def add(self, **slugs):
        page = ExhibitPage(title_zh_hans="新展品", title_en="New exhibit", position=3, **slugs)
        with self.assertRaises(ValidationError) as raised:
            self.museum.add_child(instance=page)
        return raised.exception.message_dict

    def test_a_slug_a_sibling_has_is_refused_in_that_language(self):
        errors = self.add(slug_zh_hans="xin-zhan-pin", slug_en="the-vault")
        self.assertIn("slug_en", errors)
        self.assertNotIn("slug_zh_hans", errors)
        errors = self.add(slug_zh_hans="di-xia-jin-ku", slug_en="new-exhibit")
        self.assertIn("slug_zh_hans", errors)

    def test_a_sibling_without_an_english_slug_answers_to_its_chinese_one(self):
        self.assertIn("slug_en", self.add(slug_zh_hans="xin-zhan-pin", slug_en="gui-tai"))

    def test_a_page_without_an_english_slug_answers_to_its_chinese_one(self):
        self.assertIn("slug_en", self.add(slug_zh_hans="the-vault", slug_en=""))

    def test_the_error_is_in_the_curators_language(self):
        with translation.override("zh-hans"):
            errors = self.add(slug_zh_hans="xin-zhan-pin", slug_en="the-vault")
        self.assertEqual(errors["slug_en"], ["同一上级页面下已有页面使用此网址别名。"])
        with translation.override("en"):
            errors = self.add(slug_zh_hans="xin-zhan-pin", slug_en="the-vault")
        self.assertEqual(
            errors["slug_en"], ["Another page under the same parent already uses this slug."]
        )

    def test_a_page_saved_again_does_not_collide_with_itself(self):
        vault = ExhibitPage.objects.get(pk=self.vault.pk)
        vault.intro_en = "Changed."
        vault.save()
        self.assertEqual(sibling_slug_errors(vault), {})

    def test_cleaning_a_page_reads_no_sibling_rows(self):
        """Each check asks whether one row exists (the parent is read by its path): no
        query reads rows without a limit."""
        vault = ExhibitPage.objects.get(pk=self.vault.pk)
        with CaptureQueriesContext(connection) as queries:
            vault.clean()
        self.assertGreaterEqual(len(queries), 2)  # one a language at least
        for query in queries:
            self.assertIn(" LIMIT ", query["sql"])
