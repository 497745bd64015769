"""The financial-history glossary: the snippet, the variants check the pre-publish check
asks, the marking of terms on visitor pages, its public page and its admin."""

from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.glosses import Gloss, mark_first_uses, variants_found
from exhibits.models import GlossaryTerm, GlossaryVariant, VariantStatus
from exhibits.seed import content
from exhibits.seed.glossary import TERMS, load_glossary
from museum import page_cache
from tests.base import build_home, url_in


def term(chinese, english, variants=(), note_zh="", note_en=""):
    made = GlossaryTerm(chinese=chinese, english=english, note_zh_hans=note_zh, note_en=note_en)
    made.variants = [
        GlossaryVariant(text=text, status=status, reason_en="why") for text, status in variants
    ]
    made.save()
    return made


def paragraphs(*texts):
    return [("paragraph", RichText(text)) for text in texts]


def render(gloss, text):
    return f"[{gloss.slug}:{text}]"


class MarkingTests(SimpleTestCase):
    """exhibits.glosses.mark_first_uses over rendered HTML."""

    glosses = [
        Gloss("datong-street", "打铜街", "Datong Street", "note"),
        Gloss("bank-of-china", "中国银行", "Bank of China", "note"),
        Gloss("farmers-bank-of-china", "中国农民银行", "Farmers Bank of China", "note"),
        Gloss("money-shop", "钱庄", "money shop", "note"),
    ]

    def mark(self, html):
        return mark_first_uses(html, self.glosses, render)

    def test_only_the_first_use_on_the_page_is_marked_in_either_form(self):
        html = self.mark("<p>打铜街上，打铜街下。</p><p>Datong Street again</p>")
        self.assertEqual(
            html, "<p>[datong-street:打铜街]上，打铜街下。</p><p>Datong Street again</p>"
        )

    def test_english_forms_match_whole_words_in_any_case_and_plural(self):
        html = self.mark("<p>Moneyshop; banks and Money Shops; money shop</p>")
        self.assertEqual(html, "<p>Moneyshop; banks and [money-shop:Money Shops]; money shop</p>")

    def test_longest_form_wins_and_longer_names_are_not_split(self):
        html = self.mark(
            "<p>The Imperial Bank of China and the Farmers Bank of China, then Bank of China.</p>"
            "<p>Down Datong Street.</p>"
        )
        self.assertIn("[farmers-bank-of-china:Farmers Bank of China]", html)
        self.assertIn("Imperial Bank of China and", html)
        self.assertIn("then [bank-of-china:Bank of China].", html)
        self.assertIn("Down [datong-street:Datong Street].", html)

    def test_links_headings_and_summaries_are_left_alone(self):
        html = self.mark(
            '<h2>打铜街</h2><p><a href="/x/">打铜街</a></p><details><summary>打铜街</summary>'
            "<p>打铜街</p></details>"
        )
        self.assertEqual(
            html,
            '<h2>打铜街</h2><p><a href="/x/">打铜街</a></p><details><summary>打铜街</summary>'
            "<p>[datong-street:打铜街]</p></details>",
        )

    def test_text_stays_escaped_and_markup_intact(self):
        source = (
            '<p class="x">A &amp; B &lt;script&gt; 打铜街<br>line<img alt="a &quot;q&quot;" '
            'src="/i.png"></p><!-- note -->'
        )
        html = self.mark(source)
        self.assertEqual(html, source.replace("打铜街", "[datong-street:打铜街]"))

    def test_nothing_to_mark_leaves_the_html_as_it_was(self):
        self.assertEqual(mark_first_uses("<p>x</p>", [], render), "<p>x</p>")
        self.assertEqual(self.mark("<p>nothing here</p>"), "<p>nothing here</p>")


class VariantsTests(SimpleTestCase):
    """exhibits.glosses.variants_found: the pure half of discouraged_uses."""

    terms = [
        ("trial", "金融审判庭", "financial trial division", ["financial tribunal"]),
        ("tribunal", "金融法庭", "financial tribunal", ["financial court"]),
        ("street", "打铜街", "Datong Street", ["Datongjie"]),
    ]

    def test_a_variant_counts_only_when_the_chinese_is_in_the_chinese_text(self):
        self.assertEqual(
            variants_found("打铜街", "on datongjie.", self.terms), [("street", "Datongjie")]
        )
        self.assertEqual(variants_found("白象街", "on Datongjie", self.terms), [])

    def test_variants_match_whole_words_only(self):
        self.assertEqual(variants_found("打铜街", "Datongjiexyz", self.terms), [])

    def test_a_variant_that_is_another_present_terms_english_is_its_rightful_use(self):
        english = "a financial trial division and a financial tribunal"
        self.assertEqual(variants_found("金融审判庭与金融法庭", english, self.terms), [])
        self.assertEqual(
            variants_found("金融审判庭", english, self.terms), [("trial", "financial tribunal")]
        )


class GlossaryModelTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.street = term(
            "打铜街",
            "Datong Street",
            [("Datongjie", VariantStatus.DISCOURAGED), ("Copper Street", VariantStatus.FORBIDDEN)],
            note_zh="铜匠铺",
            note_en="Coppersmiths",
        )
        cls.bank = term("美丰银行", "Meifeng Bank", [("Mei Feng Bank", VariantStatus.DISCOURAGED)])

    def test_the_slug_is_made_from_the_english(self):
        self.assertEqual(self.street.slug, "datong-street")
        self.assertEqual(term("钱庄", "").slug, "qian-zhuang")

    def test_two_terms_cannot_share_a_slug(self):
        twin = GlossaryTerm(chinese="打铜街二", english="Datong  Street")
        with self.assertRaises(ValidationError) as raised:
            twin.full_clean()
        self.assertIn("slug", raised.exception.message_dict)
        self.assertEqual(twin.english, "Datong Street")

    def test_discouraged_uses_name_the_term_and_its_variant(self):
        with self.assertNumQueries(2):
            found = GlossaryTerm.objects.discouraged_uses(
                "打铜街和美丰银行", "On copper street, by the Mei  Feng Bank."
            )
        self.assertEqual(
            [
                (found_term.chinese, variant.text, variant.is_forbidden)
                for found_term, variant in found
            ],
            [("打铜街", "Copper Street", True), ("美丰银行", "Mei Feng Bank", False)],
        )

    def test_discouraged_uses_ignore_terms_absent_from_the_chinese(self):
        self.assertEqual(GlossaryTerm.objects.discouraged_uses("白象街", "Datongjie"), [])
        self.assertEqual(GlossaryTerm.objects.discouraged_uses("", ""), [])

    def test_glosses_carry_the_note_of_the_language_with_the_chinese_as_fallback(self):
        self.assertEqual(
            {gloss.chinese: gloss.note for gloss in GlossaryTerm.objects.glosses("en")},
            {"打铜街": "Coppersmiths", "美丰银行": ""},
        )
        term("钱庄", "money shop", note_zh="传统金融机构")
        self.assertEqual(
            {gloss.chinese: gloss.note for gloss in GlossaryTerm.objects.glosses("en")}["钱庄"],
            "传统金融机构",
        )


class SeedGlossaryTests(TestCase):
    """The seed terms, in the English the seed content uses."""

    def test_loading_twice_creates_each_term_once_and_keeps_curators_edits(self):
        load_glossary()
        GlossaryTerm.objects.filter(chinese="打铜街").update(english="Datong St")
        self.assertEqual(load_glossary(), [])
        self.assertEqual(GlossaryTerm.objects.count(), len(TERMS))
        self.assertEqual(GlossaryTerm.objects.get(chinese="打铜街").english, "Datong St")

    def test_every_term_has_notes_in_both_languages_and_reasons_for_its_variants(self):
        for entry in TERMS:
            with self.subTest(entry["chinese"]):
                self.assertTrue(entry["note"]["zh"] and entry["note"]["en"])
                self.assertLessEqual(len(entry["note"]["zh"]), 400)
                self.assertLessEqual(len(entry["note"]["en"]), 400)
                for variant in entry["variants"]:
                    self.assertTrue(variant["reason"]["zh"] and variant["reason"]["en"])

    def test_the_seed_content_uses_no_discouraged_variant(self):
        """Every seeded page's English keeps to the glossary the seed content set."""
        load_glossary()
        found = []
        for page in walk(SEED_PAGES):
            chinese, english = texts(page, "zh"), texts(page, "en")
            for glossary_term, variant in GlossaryTerm.objects.discouraged_uses(chinese, english):
                found.append((page["title"]["zh"], glossary_term.chinese, variant.text))
        self.assertEqual(found, [])

    def test_the_seed_content_uses_each_terms_chinese_and_english(self):
        everything = list(walk(SEED_PAGES))
        chinese = " ".join(texts(page, "zh") for page in everything)
        english = " ".join(texts(page, "en") for page in everything).lower()
        for entry in TERMS:
            with self.subTest(entry["chinese"]):
                self.assertIn(entry["chinese"], chinese)
                self.assertIn(entry["english"].lower(), english)


def walk(value):
    """Every page dict of the seed content (a dict with a title and a body), nested ones too."""
    if isinstance(value, dict):
        if "title" in value and "body" in value:
            yield value
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from walk(item)


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def texts(page, language):
    """A seed page's title, intro and body text in one language."""
    parts = []
    for key in ("title", "intro"):
        value = page.get(key)
        if isinstance(value, dict):
            parts.append(value.get(language) or "")
    parts.extend(strings((page.get("body") or {}).get(language) or []))
    return " ".join(parts)


SEED_PAGES = [content.HOME, content.HERITAGE_INDEX, content.SITES, content.MUSEUMS, content.TRAIL]


class VisitorPageTests(TestCase):
    """Terms marked on visitor pages, and the glossary's own page."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum,
            body_zh_hans=paragraphs(
                "<h3>打铜街</h3>",
                '<p><a href="https://example.com/">打铜街</a>：打铜街一带，再说打铜街。</p>',
            ),
            body_en=paragraphs(
                "<p>Down <b>Datong Street</b> &amp; along Datong Street.</p>",
            ),
        )
        cls.street = term(
            "打铜街",
            "Datong Street",
            note_zh="街名来自清代的铜匠铺。",
            note_en="Named after <coppersmiths>.",
        )

    def test_the_first_use_on_a_page_is_marked_with_its_note_in_either_language(self):
        for language, word, note, other in (
            ("zh-hans", "打铜街", "街名来自清代的铜匠铺。", 'lang="en">Datong Street<'),
            ("en", "Datong Street", "Named after &lt;coppersmiths&gt;.", 'lang="zh-hans">打铜街<'),
        ):
            with self.subTest(language):
                html = self.client.get(url_in(self.exhibit, language)).content.decode()
                self.assertEqual(html.count('class="gloss"'), 1)
                self.assertIn(
                    f'<a class="gloss__term" href="/{language}/glossary/#datong-street" '
                    f'data-gloss-term="gloss-datong-street">{word}</a>',
                    html,
                )
                self.assertIn(note, html)
                self.assertIn(other, html)
                self.assertIn('id="gloss-datong-street" role="note" hidden', html)
                self.assertIn("js/glossary.js", html)
                self.assertNotIn("<coppersmiths>", html)

    def test_terms_in_headings_and_links_are_not_marked(self):
        html = self.client.get(url_in(self.exhibit, "zh-hans")).content.decode()
        self.assertIn("<h3>打铜街</h3>", html)
        self.assertIn('<a href="https://example.com/">打铜街</a>：<span class="gloss">', html)

    def test_pages_without_terms_load_no_glossary_script(self):
        html = self.client.get(url_in(self.museum, "en")).content.decode()
        GlossaryTerm.objects.all().delete()
        html = self.client.get(url_in(self.exhibit, "en")).content.decode()
        self.assertNotIn('class="gloss"', html)
        self.assertNotIn("js/glossary.js", html)

    def test_partner_embeds_show_the_text_unmarked(self):
        self.exhibit.__class__.embeddable or self.skipTest("exhibits are not embeddable")
        html = self.client.get(f"{url_in(self.exhibit, 'en')}embed/").content.decode()
        self.assertNotIn('class="gloss"', html)

    def test_the_glossary_page_lists_every_term_in_both_languages(self):
        term("钱庄", "money shop", note_zh="传统金融机构。", note_en="A traditional house.")
        for language, first, heading in (
            ("zh-hans", "打铜街", "金融历史词汇"),
            ("en", "Datong Street", "Glossary of financial history"),
        ):
            with self.subTest(language):
                response = self.client.get(f"/{language}/glossary/")
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                self.assertIn('id="datong-street"', html)
                self.assertIn('id="money-shop"', html)
                # pinyin order (da < qian) and alphabetical order (D < m)
                self.assertLess(html.index(first), html.index("money-shop"))
                self.assertIn(f'hreflang="{"en" if language == "zh-hans" else "zh-hans"}"', html)
                if language == "en":
                    self.assertIn(heading, html)

    def test_the_footer_links_to_the_glossary(self):
        html = self.client.get(url_in(self.exhibit, "en")).content.decode()
        self.assertIn('<a href="/en/glossary/">', html)

    def test_the_sitemap_lists_the_glossary_in_both_languages(self):
        xml = self.client.get("/sitemap-views.xml").content.decode()
        self.assertIn("http://localhost/zh-hans/glossary/", xml)
        self.assertIn("http://localhost/en/glossary/", xml)
        index = self.client.get("/sitemap.xml").content.decode()
        self.assertIn("http://localhost/sitemap-views.xml", index)


@override_settings(MUSEUM_PAGE_CACHE_SECONDS=300)
class CacheTests(TestCase):
    """A glossary edit reaches cached pages at once."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.exhibit = ExhibitPageFactory(
            parent=MuseumPageFactory(parent=cls.home),
            body_en=paragraphs("<p>Down Datong Street.</p>"),
        )
        cls.street = term("打铜街", "Datong Street", note_en="First note.")

    def test_editing_a_term_changes_cached_pages(self):
        url = url_in(self.exhibit, "en")
        self.assertIn("First note.", self.client.get(url).content.decode())
        self.assertEqual(self.client.get(url)["X-Cache"], "hit")
        self.assertEqual(self.client.get("/en/glossary/")["X-Cache"], "miss")
        self.street.note_en = "Second note."
        self.street.save()
        for address in (url, "/en/glossary/"):
            response = self.client.get(address)
            self.assertEqual(response["X-Cache"], "miss")
            self.assertIn("Second note.", response.content.decode())

    def test_a_new_variant_or_a_deleted_term_changes_cached_pages(self):
        url = url_in(self.exhibit, "en")
        self.client.get(url)
        GlossaryVariant.objects.create(term=self.street, text="Datongjie")
        self.assertEqual(self.client.get(url)["X-Cache"], "miss")
        self.street.delete()
        response = self.client.get(url)
        self.assertEqual(response["X-Cache"], "miss")
        self.assertNotIn('class="gloss"', response.content.decode())

    def test_the_glosses_are_read_once_per_content_version(self):
        url = url_in(self.exhibit, "en")
        self.client.get(url)
        version = page_cache.current_version()
        self.assertIsNotNone(cache.get(f"glossary:{page_cache.release()}:{version}:en"))


class AdminTests(TestCase):
    """Snippets → Glossary in both admin languages."""

    @classmethod
    def setUpTestData(cls):
        build_home()
        cls.user = User.objects.create_superuser("admin", "a@example.com", "pw")
        cls.street = term("打铜街", "Datong Street", [("Datongjie", VariantStatus.DISCOURAGED)])

    def set_language(self, language):
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = language
        profile.save()

    def test_the_list_and_edit_views_speak_both_admin_languages(self):
        self.client.force_login(self.user)
        for language in ("zh-hans", "en"):
            with self.subTest(language):
                self.set_language(language)
                listing = self.client.get(reverse("wagtailsnippets_exhibits_glossaryterm:list"))
                self.assertContains(listing, f'<html lang="{language}"')
                self.assertContains(listing, "Datong Street")
                edit = self.client.get(
                    reverse("wagtailsnippets_exhibits_glossaryterm:edit", args=[self.street.pk])
                )
                self.assertContains(edit, "note_zh_hans")
                self.assertContains(edit, "note_en")
                self.assertContains(edit, "Datongjie")
                self.assertContains(edit, "variants-0-reason_en")

    def member_of(self, group):
        user = User.objects.create_user(group.replace(" ", ""), password="pw")
        user.groups.add(Group.objects.get(name=group))
        return user

    def test_curators_consult_the_glossary_and_senior_curators_keep_it(self):
        """Curators may list the terms but not add, change or delete them; senior curators
        may do all three (the migration grants it)."""
        urls = {
            "list": reverse("wagtailsnippets_exhibits_glossaryterm:list"),
            "inspect": reverse(
                "wagtailsnippets_exhibits_glossaryterm:inspect", args=[self.street.pk]
            ),
            "add": reverse("wagtailsnippets_exhibits_glossaryterm:add"),
            "edit": reverse("wagtailsnippets_exhibits_glossaryterm:edit", args=[self.street.pk]),
            "delete": reverse(
                "wagtailsnippets_exhibits_glossaryterm:delete", args=[self.street.pk]
            ),
        }
        for group, allowed in (
            ("Curators", {"list", "inspect"}),
            ("Senior curators", {"list", "inspect", "add", "edit", "delete"}),
        ):
            user = self.member_of(group)
            self.assertTrue(user.has_perm("wagtailadmin.access_admin"), group)
            self.client.force_login(user)
            for name, url in urls.items():
                with self.subTest(group=group, view=name):
                    response = self.client.get(url)
                    if name in allowed:
                        self.assertEqual(response.status_code, 200)
                        if name == "inspect":
                            self.assertContains(response, "Datongjie")
                    else:
                        self.assertIn(response.status_code, (302, 403))

    def test_a_curator_adds_a_term_with_a_variant(self):
        self.client.force_login(self.user)
        response = self.client.post(
            reverse("wagtailsnippets_exhibits_glossaryterm:add"),
            {
                "chinese": "白象街",
                "english": "Baixiang  Street",
                "slug": "",
                "note_zh_hans": "街名",
                "note_en": "A street.",
                "variants-TOTAL_FORMS": "1",
                "variants-INITIAL_FORMS": "0",
                "variants-MIN_NUM_FORMS": "0",
                "variants-MAX_NUM_FORMS": "1000",
                "variants-0-text": "Baixiangjie",
                "variants-0-status": "discouraged",
                "variants-0-reason_zh_hans": "",
                "variants-0-reason_en": "pinyin run together",
                "variants-0-ORDER": "1",
                "variants-0-id": "",
                "variants-0-DELETE": "",
            },
        )
        self.assertEqual(response.status_code, 302, response.content.decode()[:3000])
        made = GlossaryTerm.objects.get(chinese="白象街")
        self.assertEqual((made.english, made.slug), ("Baixiang Street", "baixiang-street"))
        self.assertEqual([variant.text for variant in made.variants.all()], ["Baixiangjie"])
