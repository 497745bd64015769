"""The editor's preview offers every channel a page appears in (phone, large text, gallery
screen, partner embed) in both languages, and shows the draft, never the live page."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse

from exhibits.factories import ExhibitPageFactory, HeritageSiteIndexPageFactory, MuseumPageFactory
from exhibits.models.previews import parse_mode
from tests.base import build_home, url_in

MODES = (
    "zh-hans",
    "en",
    "large-text:zh-hans",
    "large-text:en",
    "screen:zh-hans",
    "screen:en",
    "embed:zh-hans",
    "embed:en",
)


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


class ChannelPreviewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = build_home()
        cls.museum = MuseumPageFactory(
            parent=home, title_zh_hans="美丰银行旧址", title_en="Meifeng Bank"
        )
        cls.exhibit = ExhibitPageFactory(
            parent=cls.museum,
            title_zh_hans="柜台（线上）",
            title_en="Counter (live)",
            body_zh_hans=paragraph("线上正文"),
            body_en=paragraph("Live body"),
        )
        cls.index = HeritageSiteIndexPageFactory(parent=home)
        cls.curator = get_user_model().objects.create_user("curator", password="pw")
        cls.curator.groups.add(Group.objects.get(name="Curators"))

    def draft(self):
        """A draft revision whose title and body differ from the live page's."""
        exhibit = self.exhibit.get_latest_revision_as_object()
        exhibit.title_zh_hans = "柜台（草稿）"
        exhibit.title_en = "Counter (draft)"
        exhibit.body_zh_hans = paragraph("草稿正文")
        exhibit.body_en = paragraph("Draft body")
        return exhibit.save_revision(user=self.curator)

    def preview(self, revision, mode):
        url = reverse("wagtailadmin_pages:revisions_view", args=[self.exhibit.pk, revision.pk])
        return self.client.get(url, {"mode": mode})

    def test_every_channel_is_offered_in_both_languages(self):
        """An exhibit appears on phones, gallery screens and partners' sites: eight modes."""
        self.assertEqual([name for name, _label in self.exhibit.preview_modes], list(MODES))
        self.assertEqual(self.exhibit.default_preview_mode, "zh-hans")
        self.assertEqual(
            [size["device_width"] for size in self.exhibit.preview_sizes], [390, 600, 1920]
        )

    def test_a_page_offers_only_its_own_channels(self):
        """The heritage-site index is neither embedded nor shown on screens."""
        modes = [name for name, _label in self.index.preview_modes]
        self.assertEqual(modes, ["zh-hans", "en", "large-text:zh-hans", "large-text:en"])

    def test_each_mode_renders_the_draft_not_the_live_page(self):
        self.client.force_login(self.curator)
        revision = self.draft()
        for mode in MODES:
            _channel, language = parse_mode(mode)
            with self.subTest(mode=mode):
                response = self.preview(revision, mode)
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                draft, live = (
                    ("Counter (draft)", "Counter (live)")
                    if language == "en"
                    else ("柜台（草稿）", "柜台（线上）")
                )
                self.assertIn(draft, html)
                self.assertNotIn(live, html)
                self.assertIn("Draft body" if language == "en" else "草稿正文", html)
                self.assertIn(f'lang="{language}"', html)
        # Nothing was published by previewing.
        self.exhibit.refresh_from_db()
        self.assertEqual(self.exhibit.title_en, "Counter (live)")
        self.assertNotContains(self.client.get(url_in(self.exhibit, "en")), "Counter (draft)")

    def test_each_channel_has_its_own_chrome(self):
        self.client.force_login(self.curator)
        revision = self.draft()
        phone = self.preview(revision, "en").content.decode()
        large = self.preview(revision, "large-text:en").content.decode()
        screen = self.preview(revision, "screen:en").content.decode()
        embed = self.preview(revision, "embed:en").content.decode()
        self.assertIn("layout-phone", phone)
        self.assertNotIn("data-large-text", phone)
        self.assertIn('class="large-text" data-large-text', large)
        self.assertIn("layout-phone", large)
        self.assertIn("kiosk--landscape", screen)
        self.assertIn("Meifeng Bank", screen)  # the screen's museum bar
        self.assertNotIn("kiosk.js", screen)  # no polling of the live feed, no heartbeat
        self.assertIn("css/embed.css", embed)
        self.assertNotIn("layout-phone", embed)

    def test_an_unknown_mode_falls_back_to_the_phone(self):
        self.assertEqual(parse_mode("hologram:en"), ("phone", "zh-hans"))
        self.assertEqual(parse_mode("screen:fr"), ("phone", "zh-hans"))
        self.assertEqual(parse_mode(""), ("phone", "zh-hans"))

    def test_previews_are_not_reachable_anonymously(self):
        """Anonymous visitors are sent to the login page, whatever the mode."""
        self.client.force_login(self.curator)
        revision = self.draft()
        self.client.logout()
        for mode in MODES:
            with self.subTest(mode=mode):
                response = self.preview(revision, mode)
                self.assertEqual(response.status_code, 302)
                self.assertIn(reverse("wagtailadmin_login"), response["Location"])
                preview = reverse("wagtailadmin_pages:preview_on_edit", args=[self.exhibit.pk])
                response = self.client.get(preview, {"mode": mode})
                self.assertEqual(response.status_code, 302)
