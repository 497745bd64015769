"""The check-in passport: stations from the live pages, stamps handed out by QR scans,
the completion a phone reports (checked, counted once, refused cleanly when wrong), the
card drawn in Chinese and English, and nothing personal kept on the server."""

import datetime
import io
import json
from decimal import Decimal
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image
from wagtail.models import PageViewRestriction

from exhibits import passport_stamps
from exhibits.factories import (
    ExhibitPageFactory,
    MuseumPageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from exhibits.models import Passport, PassportCompletion, QRCode
from exhibits.passport import card as passport_card
from exhibits.passport import views as passport_views
from tests.base import LANGUAGES, build_home, url_in

COMPLETE = "/passport/complete/"


def stamp(page):
    return f"{page.pk}.{passport_stamps.stamp_token(page.pk)}"


class PassportFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.jinbo = MuseumPageFactory(
            parent=cls.home, title_zh_hans="金融博物馆", title_en="Finance Museum"
        )
        cls.meifeng = MuseumPageFactory(
            parent=cls.home, title_zh_hans="美丰博物馆", title_en="Meifeng Museum"
        )
        cls.exhibit = ExhibitPageFactory(parent=cls.jinbo)
        cls.trail = TrailPageFactory(
            parent=cls.home, title_zh_hans="打铜街步道", title_en="Datong Street trail"
        )
        # Entered out of order: the passport follows the stop numbers.
        cls.third = TrailStopPageFactory(
            parent=cls.trail, position=3, title_zh_hans="第三站", title_en="Third stop"
        )
        cls.first = TrailStopPageFactory(
            parent=cls.trail,
            position=1,
            title_zh_hans="小什字站",
            title_en="Xiaoshizi Station",
            latitude=Decimal("29.5603"),
            longitude=Decimal("106.5839"),
        )
        cls.second = TrailStopPageFactory(
            parent=cls.trail,
            position=2,
            title_zh_hans="美丰站",
            title_en="Meifeng stop",
            linked_page=cls.meifeng,
        )
        cls.draft = TrailStopPageFactory(parent=cls.trail, position=4, live=False)

    def setUp(self):
        cache.clear()

    def post(self, stamps, user_agent="PhoneA", **extra):
        return self.client.post(
            COMPLETE,
            data=json.dumps({"stamps": stamps}),
            content_type="application/json",
            headers={"user-agent": user_agent},
            **extra,
        )

    def all_stamps(self):
        return [stamp(page) for page in (self.first, self.second, self.third, self.jinbo)]


class StationTests(PassportFixture, TestCase):
    """Stations are the live stops in walking order, then the museums no stop presents."""

    def test_stations_follow_the_trail_then_the_museums(self):
        current = Passport.current()
        self.assertEqual(
            [(station.page.pk, station.number) for station in current.stations],
            [(self.first.pk, 1), (self.second.pk, 2), (self.third.pk, 3), (self.jinbo.pk, None)],
        )
        self.assertEqual(current.trails[0].trail.pk, self.trail.pk)
        self.assertEqual([point.number for point in current.trails[0].plan.map_points], [1, 2, 3])

    def test_a_stop_presenting_a_museum_takes_either_label(self):
        second = Passport.current().stations[1]
        self.assertEqual(second.stamp_ids, (self.second.pk, self.meifeng.pk))
        stamped = {self.first.pk, self.meifeng.pk, self.third.pk, self.jinbo.pk}
        self.assertEqual(Passport.current().missing(stamped), [])
        self.assertEqual(
            [s.key for s in Passport.current().missing({self.first.pk})],
            [self.second.pk, self.third.pk, self.jinbo.pk],
        )

    def test_private_pages_are_not_stations(self):
        PageViewRestriction.objects.create(
            page=self.jinbo, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        keys = [station.key for station in Passport.current().stations]
        self.assertNotIn(self.jinbo.pk, keys)

    def test_query_count_does_not_grow_with_the_stations(self):
        with CaptureQueriesContext(connection) as small:
            Passport.current()
        for n in range(5, 25):
            TrailStopPageFactory(parent=self.trail, position=n)
            MuseumPageFactory(parent=self.home)
        with self.assertNumQueries(len(small.captured_queries)):
            self.assertEqual(len(Passport.current().stations), 44)
        self.assertLessEqual(len(small.captured_queries), 4)


class StampTests(PassportFixture, TestCase):
    """A QR scan of a museum or stop label lands with its stamp; nothing else gives one."""

    def test_scanning_a_museum_or_stop_label_lands_with_its_stamp(self):
        for page in (self.jinbo, self.first):
            with self.subTest(page=page.title):
                code = QRCode.objects.get(page=page)
                response = self.client.get(f"/q/{code.number}", headers={"accept-language": "en"})
                self.assertEqual(response.status_code, 302)
                path, _hash, fragment = response["Location"].partition("#")
                self.assertEqual(path, url_in(page, "en"))
                self.assertEqual(fragment, f"stamp={stamp(page)}")

    def test_exhibit_labels_give_no_stamp(self):
        code = QRCode.objects.get(page=self.exhibit)
        response = self.client.get(f"/q/{code.code}")
        self.assertNotIn("#", response["Location"])

    def test_tokens_belong_to_one_page(self):
        token = passport_stamps.stamp_token(self.first.pk)
        self.assertTrue(passport_stamps.is_valid(self.first.pk, token))
        self.assertFalse(passport_stamps.is_valid(self.second.pk, token))
        altered = token[:-1] + ("B" if token.endswith("A") else "A")
        self.assertFalse(passport_stamps.is_valid(self.first.pk, altered))
        self.assertFalse(passport_stamps.is_valid(self.first.pk, None))
        self.assertIsNone(passport_stamps.parse_stamp(f"{'9' * 19}.{token}"))

    def test_stamps_made_under_a_fallback_key_still_count(self):
        old_token = passport_stamps.stamp_token(self.first.pk, "the-old-key")
        self.assertFalse(passport_stamps.is_valid(self.first.pk, old_token))
        with self.settings(SECRET_KEY_FALLBACKS=["the-old-key"]):
            self.assertTrue(passport_stamps.is_valid(self.first.pk, old_token))

    def test_stamp_pages_carry_the_notice_and_its_script(self):
        for page in (self.jinbo, self.first):
            response = self.client.get(url_in(page, "zh-hans"))
            self.assertContains(response, "data-passport-notice")
            self.assertContains(response, "js/passport.js")
        response = self.client.get(url_in(self.exhibit, "zh-hans"))
        self.assertNotContains(response, "data-passport-notice")


class PassportPageTests(PassportFixture, TestCase):
    """/<language>/passport/ lists every station with the labels that stamp it, and the map."""

    def test_page_in_both_languages(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/passport/")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Language"], language)
                html = response.content.decode()
                self.assertEqual(html.count("data-passport-station "), 4)
                self.assertIn(f'data-stamp-ids="{self.second.pk} {self.meifeng.pk}"', html)
                self.assertIn('class="trail-map"', html)
                self.assertIn('data-complete-url="/passport/complete/"', html)
                with translation.override(language):
                    self.assertIn(str(self.first.title), html)
                other = "en" if language == "zh-hans" else "zh-hans"
                self.assertIn(f'hreflang="{other}"', html)
        self.assertContains(self.client.get("/en/passport/"), "Xiaoshizi Station")

    def test_home_and_trail_pages_link_to_it(self):
        for page in (self.home, self.trail):
            self.assertContains(self.client.get(url_in(page, "en")), 'href="/en/passport/"')

    def test_query_count_does_not_grow_with_the_stations(self):
        self.client.get("/zh-hans/passport/")  # the first request also loads the site
        with CaptureQueriesContext(connection) as small:
            self.client.get("/zh-hans/passport/")
        for n in range(5, 25):
            TrailStopPageFactory(parent=self.trail, position=n)
            MuseumPageFactory(parent=self.home)
        with self.assertNumQueries(len(small.captured_queries)):
            self.client.get("/zh-hans/passport/")


class CompletionTests(PassportFixture, TestCase):
    """A phone reporting every stamp gets its card; the day's count goes up once."""

    def test_complete_passport_is_counted_once_per_phone_and_gets_a_card(self):
        response = self.post(self.all_stamps())
        self.assertEqual(response.status_code, 200)
        answer = response.json()
        self.assertEqual(answer["date"], timezone.localdate().isoformat())
        self.assertTrue(answer["card"].startswith("/passport/card/"))
        self.assertIn("no-cache", response["Cache-Control"])
        self.assertEqual(PassportCompletion.objects.get().count, 1)
        self.assertEqual(self.post(self.all_stamps()).status_code, 200)
        self.assertEqual(PassportCompletion.objects.get().count, 1)
        self.post(self.all_stamps(), user_agent="PhoneB")
        self.assertEqual(PassportCompletion.objects.get().count, 2)

    def test_the_museum_label_stands_for_the_stop_that_presents_it(self):
        stamps = [stamp(page) for page in (self.first, self.meifeng, self.third, self.jinbo)]
        self.assertEqual(self.post(stamps).status_code, 200)

    def test_missing_or_forged_stamps_are_refused_in_both_languages(self):
        forged = f"{self.third.pk}.{'A' * passport_stamps.TOKEN_LENGTH}"
        response = self.post([stamp(self.first), stamp(self.second), forged, stamp(self.jinbo)])
        self.assertEqual(response.status_code, 400)
        answer = response.json()
        self.assertEqual(answer["missing"], [self.third.pk])
        self.assertEqual(answer["invalid"], [self.third.pk])
        self.assertIn("印章", answer["error"])
        self.assertIn("stamps", answer["error"])
        self.assertFalse(PassportCompletion.objects.exists())

    def test_bad_requests_get_clear_4xx(self):
        cases = [
            ("GET", None, 405),
            ("POST", "not json", 400),
            ("POST", b"\xff\xfe", 400),
            ("POST", "[1, 2]", 400),
            ("POST", json.dumps({"stamps": "1.x"}), 400),
            ("POST", json.dumps({"stamps": [12]}), 400),
            ("POST", json.dumps({"stamps": ["x.y"]}), 400),
            ("POST", json.dumps({"stamps": ["1" * 30 + ".abc"]}), 400),
            ("POST", json.dumps({"stamps": ["1.abc"] * 501}), 400),
            ("POST", json.dumps({"stamps": ["1.abc" * 5000]}), 413),
        ]
        for method, body, status in cases:
            with self.subTest(body=str(body)[:40]):
                if method == "GET":
                    response = self.client.get(COMPLETE)
                    self.assertEqual(response["Allow"], "POST")
                else:
                    response = self.client.post(
                        COMPLETE, data=body, content_type="application/json"
                    )
                self.assertEqual(response.status_code, status)
                self.assertIn(" / ", response.json()["error"])
        self.assertFalse(PassportCompletion.objects.exists())

    def test_nothing_to_collect_is_a_conflict(self):
        for page in (self.jinbo, self.meifeng, self.trail):
            page.unpublish()
        self.assertEqual(self.post([]).status_code, 409)

    def test_a_flood_from_one_phone_is_refused(self):
        for _ in range(passport_views.POSTS_PER_HOUR):
            self.post([])
        response = self.post(self.all_stamps())
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Retry-After"], "3600")
        self.assertEqual(self.post(self.all_stamps(), user_agent="PhoneB").status_code, 200)

    def test_nothing_personal_is_stored_or_set(self):
        """Only the day and a number are written; no cookie is set; the cache entry that
        recognises the phone is an opaque hash, not its address or browser."""
        response = self.post(self.all_stamps(), REMOTE_ADDR="203.0.113.9")
        self.assertEqual(response.cookies, {})
        self.assertEqual(
            {field.name for field in PassportCompletion._meta.get_fields()}, {"id", "day", "count"}
        )
        self.assertEqual(
            list(PassportCompletion.objects.values("day", "count")),
            [{"day": timezone.localdate(), "count": 1}],
        )
        keys = list(cache._cache.keys())  # LocMemCache in tests
        self.assertTrue(keys)
        self.assertFalse(any("203.0.113.9" in key or "PhoneA" in key for key in keys))


class CardTests(PassportFixture, TestCase):
    """The card: a PNG for the signed completion, in Chinese and English, never forged."""

    def card_url(self):
        return self.post(self.all_stamps()).json()["card"]

    def test_card_is_a_png_of_the_completion(self):
        response = self.client.get(self.card_url())
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "image/png")
        self.assertIn("public", response["Cache-Control"])
        image = Image.open(io.BytesIO(response.content))
        self.assertEqual(image.size, (passport_card.WIDTH, passport_card.HEIGHT))

    def test_forged_or_damaged_tokens_are_404(self):
        url = self.card_url()
        for bad in (
            url.replace("/card/", "/card/x"),
            url[:-8] + ".png",
            "/passport/card/abc.png",
            "/passport/card/" + "a" * 401 + ".png",
        ):
            with self.subTest(url=bad[:60]):
                self.assertEqual(self.client.get(bad).status_code, 404)

    def test_card_draws_chinese_text(self):
        """A CJK font is found, and two different Chinese headings draw differently (with
        a font lacking the characters both would be the same row of empty boxes)."""
        self.assertIsNotNone(passport_card.cjk_font_path())
        with translation.override("en"):
            text = passport_views.card_text(
                datetime.date(2026, 5, 1), Passport.current().stations, [self.trail]
            )
        first = passport_card.render_card(text)
        text.heading_zh = "金融打卡"
        second = passport_card.render_card(text)
        text.heading_zh = "历史文化"
        third = passport_card.render_card(text)
        self.assertNotEqual(
            Image.open(io.BytesIO(second)).tobytes(), Image.open(io.BytesIO(third)).tobytes()
        )
        self.assertNotEqual(first, second)
        self.assertEqual(
            (text.site_zh, text.site_en), ("渝中金融历史文化", "Yuzhong Financial Heritage")
        )
        self.assertIn("2026年5月1日", passport_card.bilingual_date(text.day))
        self.assertEqual([s.title for s in text.stamps][:2], ["小什字站", "美丰站"])

    def test_card_leaves_off_stations_since_removed(self):
        url = self.card_url()
        self.third.unpublish()
        with mock.patch.object(
            passport_views, "render_card", wraps=passport_card.render_card
        ) as render:
            self.assertEqual(self.client.get(url).status_code, 200)
        stamps = render.call_args.args[0].stamps
        self.assertEqual([s.title for s in stamps], ["小什字站", "美丰站", "金融博物馆"])


class ReportTests(PassportFixture, TestCase):
    """Reports → Check-in passport: completions per day, read-only, in both languages."""

    def test_report_lists_the_days(self):
        PassportCompletion.objects.create(day=timezone.localdate(), count=7)
        PassportCompletion.objects.create(
            day=timezone.localdate() - datetime.timedelta(days=1), count=3
        )
        admin = get_user_model().objects.create_superuser("admin", password="pw")
        self.client.force_login(admin)
        response = self.client.get(reverse("exhibits_passport_report"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'lang="zh-hans"')
        self.assertContains(response, "<td>7</td>", html=False)
        from wagtail.users.models import UserProfile

        profile = UserProfile.get_for_user(admin)
        profile.preferred_language = "en"
        profile.save()
        response = self.client.get(reverse("exhibits_passport_report"))
        self.assertContains(response, "Completed passports")
        self.assertContains(response, "10 check-in passports completed in the last 90 days")
        csv = self.client.get(reverse("exhibits_passport_report") + "?export=csv")
        self.assertEqual(csv.status_code, 200)

    def test_old_counts_go_with_the_retention_period(self):
        """prune_analytics deletes completion counts older than the site's retention."""
        today = timezone.localdate()
        PassportCompletion.objects.create(day=today, count=2)
        PassportCompletion.objects.create(day=today - datetime.timedelta(days=800), count=5)
        call_command("prune_analytics", stdout=io.StringIO())
        self.assertEqual(list(PassportCompletion.objects.values_list("count", flat=True)), [2])
