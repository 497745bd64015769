"""Site settings: the name, contact, filing numbers, partner terms and retention that staff
edit under Settings, and every place that shows them."""

import datetime
import io

from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import QRCode, ScanCount, SiteSettings
from tests.base import build_home, url_in

ICP = "渝ICP备2024012345号-1"
PUBLIC_SECURITY = "渝公网安备50010302001234号"


class SiteSettingsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.exhibit = ExhibitPageFactory(parent=cls.museum)

    def edit(self, **fields):
        site_settings = SiteSettings.load()
        for name, value in fields.items():
            setattr(site_settings, name, value)
        site_settings.full_clean()
        site_settings.save()

    def test_the_migration_names_the_site_in_both_languages(self):
        site_settings = SiteSettings.load()
        self.assertEqual(site_settings.name_zh_hans, "渝中金融历史文化")
        self.assertEqual(site_settings.name_en, "Yuzhong Financial Heritage")

    def test_pages_show_the_name_set_for_their_language(self):
        self.edit(name_zh_hans="渝中金融遗产", name_en="Yuzhong Money Heritage")
        for language, name in (("zh-hans", "渝中金融遗产"), ("en", "Yuzhong Money Heritage")):
            with self.subTest(language):
                html = self.client.get(url_in(self.exhibit, language)).content.decode()
                self.assertIn(f'class="site-header__home" href="/{language}/">{name}</a>', html)
                self.assertIn(f'<meta property="og:site_name" content="{name}">', html)
                self.assertIn(f" · {name}</title>", html)

    def test_the_english_name_falls_back_to_the_chinese(self):
        self.edit(name_zh_hans="渝中金融遗产", name_en="")
        html = self.client.get(url_in(self.exhibit, "en")).content.decode()
        self.assertIn('href="/en/">渝中金融遗产</a>', html)

    def test_the_footer_shows_filing_numbers_linked_to_their_registers_once_set(self):
        html = self.client.get(url_in(self.exhibit, "zh-hans")).content.decode()
        self.assertNotIn("site-footer__filing", html)
        self.edit(icp_number=ICP, public_security_number=PUBLIC_SECURITY)
        for language in ("zh-hans", "en"):
            html = self.client.get(url_in(self.exhibit, language)).content.decode()
            self.assertIn(f'href="https://beian.miit.gov.cn/" {self.blank()}>{ICP}</a>', html)
            self.assertIn(
                'href="https://beian.mps.gov.cn/#/query/webSearch?code=50010302001234" '
                f"{self.blank()}>{PUBLIC_SECURITY}</a>",
                html,
            )

    @staticmethod
    def blank():
        return 'target="_blank" rel="noopener noreferrer"'

    def test_the_footer_shows_the_public_contact(self):
        self.edit(contact_phone="023 6000 0000", contact_email="info@example.org")
        html = self.client.get(url_in(self.home, "en")).content.decode()
        self.assertIn('<a href="tel:02360000000">023 6000 0000</a>', html)
        self.assertIn('<a href="mailto:info@example.org">info@example.org</a>', html)

    def test_malformed_filing_numbers_are_refused_with_an_example(self):
        for field, value in (
            ("icp_number", "ICP 12345"),
            ("icp_number", "渝ICP备12号"),
            ("public_security_number", "渝公网安备 abc号"),
        ):
            with self.subTest(value), self.assertRaises(ValidationError) as raised:
                self.edit(**{field: value})
            examples = "渝ICP备2024012345号-1|渝公网安备50010302001234号"
            self.assertRegex(str(raised.exception), examples)

    def test_the_retention_period_is_bounded(self):
        for days in (0, 29, 3651):
            with self.subTest(days), self.assertRaises(ValidationError):
                self.edit(analytics_retention_days=days)

    def test_oembed_names_the_provider_in_the_requested_language(self):
        names = (("zh-hans", "渝中金融历史文化"), ("en", "Yuzhong Financial Heritage"))
        for language, name in names:
            url = f"http://localhost{url_in(self.exhibit, language)}"
            data = self.client.get("/oembed/", {"url": url}).json()
            self.assertEqual(data["provider_name"], name)

    def test_the_open_data_description_carries_the_partner_terms(self):
        description = self.client.get("/api/openapi.json").json()["info"]["description"]
        self.assertNotIn("Terms of use", description)
        self.edit(partner_terms_zh_hans="注明出处。", partner_terms_en="Credit the museums.")
        info = self.client.get("/api/openapi.json").json()["info"]
        self.assertIn("注明出处。", info["description"])
        self.assertIn("Credit the museums.", info["description"])
        self.assertEqual(
            info["title"], "Yuzhong Financial Heritage open data · 渝中金融历史文化开放数据"
        )


class SettingsAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.exhibit = ExhibitPageFactory(parent=MuseumPageFactory(parent=cls.home))
        cls.senior = User.objects.create_user("senior", password="pw")
        cls.senior.groups.add(Group.objects.get(name="Senior curators"))
        cls.curator = User.objects.create_user("curator", password="pw")
        cls.curator.groups.add(Group.objects.get(name="Curators"))
        cls.url = reverse(
            "wagtailsettings:edit", args=("exhibits", "sitesettings", SiteSettings.load().pk)
        )

    def test_senior_curators_edit_the_settings_curators_cannot(self):
        self.client.force_login(self.curator)
        self.assertRedirects(self.client.get(self.url), "/admin/")
        self.client.force_login(self.senior)
        response = self.client.get(self.url)
        self.assertContains(response, "ICP")
        self.assertContains(response, 'name="name_en"')

    def test_a_bad_filing_number_is_shown_on_the_form_and_nothing_is_saved(self):
        self.client.force_login(self.senior)
        form = {
            "name_zh_hans": "渝中金融历史文化",
            "name_en": "Yuzhong Financial Heritage",
            "icp_number": "not a number",
            "analytics_retention_days": "730",
        }
        response = self.client.post(self.url, form)
        self.assertContains(response, "渝ICP备2024012345号-1")
        self.assertEqual(SiteSettings.load().icp_number, "")
        response = self.client.post(self.url, {**form, "icp_number": ICP})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(SiteSettings.load().icp_number, ICP)

    def test_the_embed_code_view_shows_the_partner_terms_or_where_to_write_them(self):
        self.client.force_login(self.senior)
        url = reverse("exhibits_embed_code", args=(self.exhibit.pk,))
        settings_url = reverse("wagtailsettings:edit", args=("exhibits", "sitesettings"))
        self.assertContains(self.client.get(url), settings_url)
        SiteSettings.objects.update(partner_terms_en="Credit the museums.")  # no page cache here
        self.assertContains(self.client.get(url), "Credit the museums.")


class PruneAnalyticsTests(TestCase):
    def test_deletes_daily_counts_older_than_the_retention_period(self):
        home = build_home()
        code = QRCode.objects.get(page=ExhibitPageFactory(parent=MuseumPageFactory(parent=home)))
        today = timezone.localdate()
        SiteSettings.objects.update(analytics_retention_days=30)
        for age in (0, 30, 31, 400):
            ScanCount.objects.create(qr_code=code, day=today - datetime.timedelta(days=age))

        out = io.StringIO()
        call_command("prune_analytics", "--dry-run", stdout=out)
        self.assertIn("would delete 2", out.getvalue())
        self.assertEqual(ScanCount.objects.count(), 4)

        call_command("prune_analytics", stdout=io.StringIO())
        kept = sorted((today - count.day).days for count in ScanCount.objects.all())
        self.assertEqual(kept, [0, 30])
