import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, ReferenceIndex, Revision, Site
from wagtail.search.models import IndexEntry

from exhibits.models import (
    BasePage,
    ExhibitKind,
    ExhibitPage,
    FactCheckStatus,
    HeritageSitePage,
    HomePage,
    MuseumImage,
    MuseumPage,
    ProgrammePage,
    Screen,
    TrailPage,
    TrailStopPage,
)
from exhibits.seed import content
from exhibits.seed.loader import SEED_COLLECTION
from tests.base import LANGUAGES, url_in
from tests.seeding import SeededTestCase

CJK = r"[\u4e00-\u9fff]"


def content_counts():
    return {
        "pages": Page.objects.count(),
        "images": MuseumImage.objects.count(),
        "documents": get_document_model().objects.count(),
        "sites": Site.objects.count(),
    }


def visitor_text(page, language):
    """The visitor-facing text of a seeded page in one language, as one string."""
    suffix = "zh_hans" if language == "zh-hans" else "en"
    parts = [getattr(page, f"title_{suffix}"), getattr(page, f"intro_{suffix}")]
    parts.append(str(getattr(page, f"body_{suffix}").render_as_block()))
    for name in ("directions_to_next", "accessibility", "location_note", "short_name"):
        parts.append(getattr(page, f"{name}_{suffix}", "") or "")
    return "\n".join(parts)


class SeedReviewChecks:
    """The December 2026 content review's fixes are in the seed (findings 13 and 14)."""

    def test_jinbo_has_an_english_short_name(self):
        jinbo = MuseumPage.objects.get(slug_zh_hans="chongqing-jinrong-lishi-bowuguan")
        self.assertEqual(jinbo.short_name_en, "Jinbo")

    def test_stop_8_has_no_pin_near_meifeng(self):
        stop = TrailStopPage.objects.get(position=8)
        self.assertIsNone(stop.latitude)
        self.assertIsNone(stop.longitude)
        self.assertEqual(stop.location_certainty, "rough")
        self.assertIn("长江", stop.location_note_zh_hans)

    def test_trail_text_gives_no_distances_that_compete_with_the_computed_ones(self):
        trail = TrailPage.objects.get()
        for page in [HomePage.objects.get(), trail, *TrailStopPage.objects.all()]:
            for language in LANGUAGES:
                text = visitor_text(page.specific, language)
                with self.subTest(page=page.title_zh_hans, language=language):
                    self.assertNotRegex(text, r"公里|\d\s*km\b|1\.5")
        for stop in TrailStopPage.objects.all():
            for directions in (stop.directions_to_next_zh_hans, stop.directions_to_next_en):
                with self.subTest(stop=stop.position):
                    self.assertNotRegex(directions, r"\d\s*(米|m\b)")

    def test_misparses_and_overstatements_are_gone(self):
        wrong = [
            "由于右任",  # reads as 由于, "because"
            "按照规划，本场景再现",  # U1: the plan only names the scene
            "本场景设在大楼的地下金库",  # U8
            "联合总办事处",  # U10: an expansion no source gives
            "正是美丰的练习生",  # U3
            "recreate",
            "Fuji Yingzaochang",
            "A hot, dry week",
            "faces east, 7° north",
        ]
        for page in self.pages:
            text = visitor_text(page, "zh-hans") + visitor_text(page, "en")
            for phrase in wrong:
                with self.subTest(page=page.title_zh_hans, phrase=phrase):
                    self.assertFalse(phrase in text, f"{phrase!r} is still in the text")

    def test_court_pages_use_one_english_term_per_chinese_term(self):
        judicial = MuseumPage.objects.get(slug_zh_hans="sifa-jinrong-bowuguan")
        for page in [judicial, *(p.specific for p in judicial.get_children())]:
            zh, en = visitor_text(page, "zh-hans"), visitor_text(page, "en").lower()
            with self.subTest(page=page.title_zh_hans):
                if "tribunal" in en:
                    self.assertIn("金融法庭", zh)
                if "trial division" in en:
                    self.assertIn("金融审判庭", zh)
                if "financial court" in en:
                    self.assertIn("金融法院", zh)

    def test_curator_notes_are_plain_chinese(self):
        sources = [value for value in vars(content).values() if isinstance(value, dict)]
        notes = [source["note"] for source in sources if "note" in source]
        notes += [page.fact_check_notes for page in self.pages]
        self.assertGreater(len(notes), 90)
        for note in notes:
            with self.subTest(note=note[:30]):
                self.assertRegex(note, CJK)
                self.assertFalse(re.search(r"\bconf\b|UNVERIFIED|CONFLICT|INFERENCE", note))


class SeedContentTests(SeedReviewChecks, SeededTestCase):
    """The seed command builds the whole bilingual tree, and every page of it works.

    The tree is the one the seed command built on this test database (tests/seeding.py
    runs it once and keeps a snapshot), so these tests read the command's own output.
    """

    @classmethod
    def setUpTestData(cls):
        cls.counts = content_counts()
        cls.pages = [
            page.specific for page in HomePage.objects.get().get_descendants(inclusive=True)
        ]

    def test_running_again_duplicates_nothing(self):
        call_command("load_heritage_content", stdout=StringIO())
        self.assertEqual(content_counts(), self.counts)

    def test_every_seeded_page_and_picture_is_indexed(self):
        """The seed indexes what it saved once, at the end (exhibits/seed/indexing.py): every
        page, image and recording it made is in the search index, and the pages' images
        are in Wagtail's reference index (the admin's "usage" of an image)."""
        entries = set(IndexEntry.objects.values_list("content_type", "object_id"))
        objects = [*self.pages, *MuseumImage.objects.all(), *get_document_model().objects.all()]
        for seeded in objects:
            content_type = ContentType.objects.get_for_model(seeded)
            self.assertIn((content_type.pk, str(seeded.pk)), entries, seeded)
        for image in MuseumImage.objects.filter(title__startswith="美丰"):
            with self.subTest(image=image.title):
                self.assertTrue(ReferenceIndex.get_references_to(image).exists())

    def test_reset_rebuilds_the_same_tree(self):
        call_command("load_heritage_content", "--reset", stdout=StringIO())
        self.assertEqual(content_counts(), self.counts)

    def test_example_programmes_are_shown_and_labelled(self):
        """The seed's programmes, one of each kind the plan names, are examples on the
        home and museum pages and on the screen, dated from the day of seeding."""
        programmes = ProgrammePage.objects.all()
        self.assertEqual(
            set(programmes.values_list("kind", flat=True)),
            {"exhibition", "lecture", "salon", "roadshow", "training", "guided_walk"},
        )
        today = timezone.localdate()
        for programme in programmes:
            with self.subTest(programme=programme.title_en):
                self.assertTrue(programme.is_example)
                self.assertIn("示例", programme.title_zh_hans)
                self.assertIn("example", programme.title_en)
                self.assertEqual(programme.fact_check_status, FactCheckStatus.NEEDS_CHECKING)
                first = programme.occurrence_list[0].first.first_day
                self.assertLessEqual(abs((first - today).days), 30)
        home = self.client.get(url_in(HomePage.objects.get(), "en"))
        self.assertContains(home, "Guided walk (example)")
        jinbo = MuseumPage.objects.get(title_zh_hans="重庆金融历史博物馆")
        self.assertContains(self.client.get(url_in(jinbo, "zh-hans")), "金融大讲堂（示例）")
        screen = Screen.objects.get(museum=jinbo)
        feed = self.client.get(f"/screen/{screen.slug}/feed.json").json()
        lecture = programmes.get(kind="lecture")
        self.assertIn(lecture.pk, feed["loop"])

    def test_the_plan_is_all_there(self):
        jinbo = MuseumPage.objects.get(title_zh_hans="重庆金融历史博物馆")
        exhibits = ExhibitPage.objects.child_of(jinbo)
        self.assertEqual(exhibits.filter(kind=ExhibitKind.SCENE).count(), 7)
        self.assertEqual(exhibits.filter(kind=ExhibitKind.STORY).count(), 6)
        judicial = MuseumPage.objects.get(title_zh_hans="司法金融博物馆")
        self.assertEqual(
            ExhibitPage.objects.child_of(judicial)
            .filter(kind=ExhibitKind.TIMELINE_SECTION)
            .count(),
            6,
        )
        self.assertEqual(MuseumPage.objects.count(), 4)
        self.assertEqual(HeritageSitePage.objects.count(), 7)
        stops = TrailStopPage.objects.order_by("position")
        self.assertGreaterEqual(stops.count(), 8)
        self.assertEqual(
            list(stops.values_list("position", flat=True)), list(range(1, stops.count() + 1))
        )

    def test_every_page_has_both_languages_and_a_review_status(self):
        for page in self.pages:
            with self.subTest(page=page.title_zh_hans):
                self.assertTrue(page.title_zh_hans and page.title_en)
                self.assertTrue(page.slug_zh_hans and page.slug_en)
                self.assertEqual(page.missing_translations("en"), [])
                self.assertIsInstance(page, BasePage)
                self.assertEqual(page.fact_check_status, FactCheckStatus.NEEDS_CHECKING)
                self.assertTrue(page.fact_check_notes)

    def test_media_are_labelled_placeholders(self):
        self.assertTrue(MuseumImage.objects.exists())
        self.assertFalse(MuseumImage.objects.filter(is_placeholder=False).exists())
        for image in MuseumImage.objects.all():
            self.assertTrue(image.description_zh_hans and image.description_en)
        narrations = get_document_model().objects.all()
        self.assertGreaterEqual(narrations.count(), 2)
        self.assertRegex(SEED_COLLECTION, CJK)
        for item in [*MuseumImage.objects.all(), *narrations]:
            with self.subTest(title=item.title):
                # Both languages: the Chinese admin shows them, English-speaking curators too.
                self.assertRegex(item.title, CJK)
                self.assertRegex(item.title, r"[A-Za-z]{4}")
                self.assertRegex(item.title, r"占位|placeholder|narration")

    def test_every_page_answers_in_both_languages(self):
        for page in self.pages:
            for language in LANGUAGES:
                url = url_in(page, language)
                with self.subTest(url=url):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, f'<html lang="{language}">')
                    self.assertContains(response, 'data-notice="awaiting-review"')

    def test_every_page_opens_in_the_admin_editor(self):
        self.client.force_login(get_user_model().objects.create_superuser("admin", password="pw"))
        for page in self.pages:
            with self.subTest(page=page.title_zh_hans):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                self.assertEqual(response.status_code, 200)

    def test_fact_check_report_lists_the_seeded_pages(self):
        self.client.force_login(get_user_model().objects.create_superuser("admin", password="pw"))
        response = self.client.get(reverse("exhibits_fact_check"), {"status": "needs_checking"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "美丰银行柜台")
        csv = self.client.get(reverse("exhibits_fact_check"), {"export": "csv"})
        self.assertEqual(csv.status_code, 200)
        self.assertIn("美丰银行柜台", csv.getvalue().decode())


def load(*args):
    out = StringIO()
    call_command("load_heritage_content", *args, stdout=out)
    return out.getvalue()


def publish_as_seed(page, **changes):
    """What an earlier version of the seed left behind: a revision without a user, live."""
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


class SeedUpdateTests(SeededTestCase):
    """`--update-unchanged` brings seeded pages nobody edited up to date and keeps edited ones.

    They start from the tree the seed command built (tests/seeding.py's snapshot of it).
    """

    @classmethod
    def setUpTestData(cls):
        cls.curator = get_user_model().objects.create_superuser("senior", password="pw")

    def exhibit(self, slug):
        return ExhibitPage.objects.get(slug_zh_hans=slug)

    def test_an_unedited_page_gets_the_current_seed_text(self):
        page = self.exhibit("meifeng-yinhang-guitai")
        expected = page.intro_en
        publish_as_seed(page, intro_en="Old seed text.", title_en="Old title")
        output = load("--update-unchanged")
        page.refresh_from_db()
        self.assertEqual(page.intro_en, expected)
        self.assertEqual(page.title_en, "Meifeng Banking Counter")
        self.assertIn("1 updated", output)
        self.assertIsNone(page.latest_revision.user)
        self.assertFalse(page.has_unpublished_changes)

    def test_a_changed_english_slug_reaches_the_english_url(self):
        page = self.exhibit("huangjin-cunfang")
        publish_as_seed(page, slug_en="gold-store", title_en="Gold Store")
        load("--update-unchanged")
        page.refresh_from_db()
        self.assertEqual(page.slug_en, "gold-storage")
        response = self.client.get(url_in(page, "en"))
        self.assertEqual(response.status_code, 200)
        self.assertIn("/en/chongqing-financial-history-museum/gold-storage/", url_in(page, "en"))

    def test_a_page_a_curator_published_is_kept_and_reported(self):
        page = self.exhibit("meifeng-yinhang-guitai")
        page.intro_en = "A curator's own introduction."
        page.save_revision(user=self.curator).publish(user=self.curator)
        output = load("--update-unchanged")
        page.refresh_from_db()
        self.assertEqual(page.intro_en, "A curator's own introduction.")
        self.assertIn("1 kept because curators edited them", output)
        self.assertIn(f"美丰银行柜台 (id {page.pk})", output)

    def test_a_curators_unpublished_draft_is_kept(self):
        page = self.exhibit("meifeng-yinhang-guitai")
        publish_as_seed(page, intro_en="Old seed text.")
        page.intro_en = "A draft in progress."
        page.save_revision(user=self.curator)
        load("--update-unchanged")
        page.refresh_from_db()
        self.assertEqual(page.intro_en, "Old seed text.")
        self.assertEqual(page.get_latest_revision().as_object().intro_en, "A draft in progress.")

    def test_a_change_that_bypassed_revisions_is_kept(self):
        page = self.exhibit("meifeng-yinhang-guitai")
        ExhibitPage.objects.filter(pk=page.pk).update(intro_en="Edited in the shell.")
        load("--update-unchanged")
        page.refresh_from_db()
        self.assertEqual(page.intro_en, "Edited in the shell.")

    def test_running_twice_changes_nothing(self):
        publish_as_seed(self.exhibit("meifeng-yinhang-guitai"), intro_en="Old seed text.")
        load("--update-unchanged")
        revisions, counts = Revision.objects.count(), content_counts()
        output = load("--update-unchanged")
        self.assertEqual(Revision.objects.count(), revisions)
        self.assertEqual(content_counts(), counts)
        self.assertIn("0 updated", output)

    def test_without_the_flag_existing_pages_are_only_kept(self):
        page = self.exhibit("meifeng-yinhang-guitai")
        publish_as_seed(page, intro_en="Old seed text.")
        load()
        page.refresh_from_db()
        self.assertEqual(page.intro_en, "Old seed text.")

    def test_seed_media_titles_are_updated_unless_a_curator_renamed_them(self):
        images = MuseumImage.objects.order_by("pk")
        old_format, renamed = images[0], images[1]
        expected = old_format.title
        MuseumImage.objects.filter(pk=old_format.pk).update(title="Placeholder: Old title")
        MuseumImage.objects.filter(pk=renamed.pk).update(title="柜台照片")
        narration = get_document_model().objects.first()
        expected_narration = narration.title
        type(narration).objects.filter(pk=narration.pk).update(
            title="Synthetic narration (en): Meifeng Banking Counter"
        )
        Collection.objects.filter(name=SEED_COLLECTION).update(name="Seed content (placeholders)")
        load("--update-unchanged")
        self.assertTrue(Collection.objects.filter(name=SEED_COLLECTION).exists())
        self.assertEqual(MuseumImage.objects.get(pk=old_format.pk).title, expected)
        self.assertEqual(MuseumImage.objects.get(pk=renamed.pk).title, "柜台照片")
        narration.refresh_from_db()
        self.assertEqual(narration.title, expected_narration)
        self.assertEqual(content_counts()["images"], images.count())
