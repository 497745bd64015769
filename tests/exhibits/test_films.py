"""Documentary films: caption files checked before visitors get them, the film page in
both languages with a player that plays inline after a tap, the video served by byte
range, the open data, the screens' loop and the seed's placeholder film."""

import struct

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model

from exhibits import webvtt
from exhibits.factories import (
    ExhibitPageFactory,
    FilmIndexPageFactory,
    FilmPageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
)
from exhibits.models import FilmRelatedPage, Screen
from exhibits.models.films import stream_path
from exhibits.seed import film
from tests.base import build_home, url_in

VTT = (
    b"WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\nFirst line\n\n"
    b"00:00:02.500 --> 00:01:00.000 align:center\nSecond\n"
)
# A WebM file begins with the EBML magic number; players need no more for these tests.
WEBM = b"\x1a\x45\xdf\xa3" + bytes(2000)


def document(name, data):
    item = get_document_model()(title=name)
    item.file.save(name, ContentFile(data), save=True)
    return item


class WebVTTTests(TestCase):
    """Caption files a player would drop are refused, saying what and where in both languages."""

    def test_reads_cues_with_and_without_identifiers_and_settings(self):
        cues = webvtt.parse(VTT)
        self.assertEqual(
            [(cue.start, cue.end, cue.text) for cue in cues],
            [
                (0.0, 2.5, "First line"),
                (2.5, 60.0, "Second"),
            ],
        )

    def test_accepts_a_byte_order_mark_crlf_hours_and_notes(self):
        data = (
            "\ufeffWEBVTT - 字幕\r\n\r\nNOTE 说明\r\n\r\n01:00:00.000 --> 01:00:01.000\r\n你好\r\n"
        )
        self.assertEqual(webvtt.parse(data.encode())[0].start, 3600.0)

    def test_the_placeholder_captions_are_valid(self):
        for language in ("zh-hans", "en"):
            cues = webvtt.parse(film.captions_vtt(language))
            self.assertEqual(len(cues), len(film.CARDS))
            self.assertEqual(cues[-1].end, film.duration_seconds())

    def test_broken_files_are_refused_with_the_line(self):
        cases = {
            b"1\n00:00:00.000 --> 00:00:01.000\nno header\n": 1,
            b"WEBVTT\n\n00:00.000 -> 00:01.000\nbad arrow\n": 3,
            b"WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nSRT commas\n": 3,
            b"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nbackwards\n": 3,
            b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n00:00:02.000 --> 00:00:03.000\nx\n": 3,
        }
        for data, line in cases.items():
            with self.subTest(data=data), self.assertRaises(webvtt.WebVTTError) as caught:
                webvtt.parse(data)
            self.assertEqual(caught.exception.line, line)

    def test_empty_non_utf8_and_huge_files_are_refused(self):
        for data in (
            b"WEBVTT\n\n",
            "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n字".encode("gb18030"),
            b"WEBVTT\n" + b"x" * webvtt.MAX_BYTES,
        ):
            with self.subTest(data=data[:20]), self.assertRaises(webvtt.WebVTTError):
                webvtt.parse(data)

    def test_the_message_comes_in_both_languages(self):
        try:
            webvtt.parse(b"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nbackwards\n")
        except webvtt.WebVTTError as error:
            message = error.in_both_languages()
        chinese, english = message.split(" / ")
        self.assertIn("3", chinese)
        self.assertEqual(english, "Line 3: A cue ends before it starts.")


class FilmFixture:
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home()
        cls.museum = MuseumPageFactory(parent=cls.home)
        cls.exhibit = ExhibitPageFactory(parent=cls.museum)
        cls.index = FilmIndexPageFactory(parent=cls.home)
        cls.video = document("film.mp4", film.placeholder_film_mp4())
        cls.captions_zh = document("film.zh-hans.vtt", film.captions_vtt("zh-hans"))
        cls.captions_en = document("film.en.vtt", film.captions_vtt("en"))
        cls.film = FilmPageFactory(
            parent=cls.index,
            video=cls.video,
            captions_chinese=cls.captions_zh,
            captions_english=cls.captions_en,
            listing_image=MuseumImageFactory(),
            credits_zh_hans="导演：某某",
            credits_en="Director: someone",
            transcript_zh_hans="<p>中文文字稿</p>",
            transcript_en="<p>English transcript</p>",
        )
        FilmRelatedPage.objects.create(film=cls.film, page=cls.exhibit, sort_order=0)


class FilmPageTests(FilmFixture, TestCase):
    """The film page plays inline after a tap, with captions in both languages."""

    def test_renders_the_player_in_both_languages(self):
        for language, default_track in (("zh-hans", "zh-Hans"), ("en", "en")):
            with self.subTest(language=language), translation.override(language):
                response = self.client.get(url_in(self.film, language))
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                video = html[html.index("<video") : html.index("</video>")]
                for attribute in (
                    "playsinline",
                    "webkit-playsinline",
                    "x5-playsinline",
                    "controls",
                ):
                    self.assertIn(f" {attribute}", video)
                self.assertNotIn("autoplay", video)
                self.assertIn('preload="none"', video)
                self.assertIn("poster=", video)
                self.assertIn(f'src="{stream_path(self.video)}"', video)
                self.assertIn('type="video/mp4"', video)
                tracks = [part.split(">")[0] for part in video.split("<track")[1:]]
                self.assertEqual(len(tracks), 2)
                self.assertEqual(
                    [t for t in tracks if " default" in t],
                    [t for t in tracks if f'srclang="{default_track}"' in t],
                )
                self.assertEqual(len([t for t in tracks if " default" in t]), 1)
                self.assertIn("transcript" if language == "en" else "文字稿", html)
                self.assertIn(
                    self.exhibit.title if language == "zh-hans" else self.exhibit.title_en, html
                )

    def test_the_index_lists_live_films(self):
        draft = FilmPageFactory(parent=self.index, live=False)
        with translation.override("en"):
            html = self.client.get(url_in(self.index, "en")).content.decode()
        self.assertIn(self.film.title_en, html)
        self.assertNotIn(draft.title_en, html)

    def test_the_home_page_links_the_film_index(self):
        with translation.override("en"):
            html = self.client.get(url_in(self.home, "en")).content.decode()
        self.assertIn(url_in(self.index, "en"), html)

    def test_the_video_and_captions_are_served_by_byte_range(self):
        response = self.client.get(stream_path(self.video), HTTP_RANGE="bytes=0-99")
        self.assertEqual(response.status_code, 206)
        self.assertEqual(response["Content-Type"], "video/mp4")
        self.assertEqual(response["Content-Range"], f"bytes 0-99/{self.video.file.size}")
        self.assertEqual(b"".join(response.streaming_content)[4:8], b"ftyp")
        webm = document("film.webm", WEBM)
        response = self.client.get(stream_path(webm), HTTP_RANGE="bytes=-4")
        self.assertEqual(response.status_code, 206)
        self.assertEqual(response["Content-Type"], "video/webm")
        self.assertEqual(b"".join(response.streaming_content), bytes(4))
        captions = self.client.get(stream_path(self.captions_en))
        self.assertEqual(captions["Content-Type"], "text/vtt")
        self.assertTrue(b"".join(captions.streaming_content).startswith(b"WEBVTT"))

    def test_broken_captions_and_a_false_video_are_refused_in_both_languages(self):
        self.film.captions_english = document("broken.vtt", b"00:00:01.000 --> 00:00:02.000\nhi\n")
        self.film.video = document("not-a-film.mp4", b"%PDF-1.4 not a video at all")
        with self.assertRaises(ValidationError) as caught:
            self.film.full_clean()
        errors = caught.exception.message_dict
        self.assertIn("Line 1:", errors["captions_english"][0])
        self.assertIn(" / ", errors["captions_english"][0])
        self.assertIn(" / ", errors["video"][0])
        self.assertNotIn("captions_chinese", errors)

    def test_captions_must_be_webvtt_and_the_video_mp4_or_webm(self):
        self.film.captions_chinese = document("captions.txt", VTT)
        self.film.video = document("clip.webm", WEBM)
        with self.assertRaises(ValidationError) as caught:
            self.film.full_clean()
        self.assertEqual(set(caught.exception.message_dict), {"captions_chinese"})

    def test_open_data_lists_the_files_and_related_pages(self):
        response = self.client.get(f"/api/v2/pages/{self.film.pk}/")
        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertEqual(data["meta"]["type"], "exhibits.FilmPage")
        self.assertTrue(data["video_url"].endswith(stream_path(self.video)))
        self.assertTrue(data["captions_zh_hans_url"].endswith(stream_path(self.captions_zh)))
        self.assertTrue(data["captions_en_url"].endswith(stream_path(self.captions_en)))
        self.assertEqual(data["duration_seconds"], 12)
        self.assertEqual(data["credits_en"], "Director: someone")
        self.assertEqual(data["related_page_ids"], [self.exhibit.pk])

    def test_search_finds_a_film_by_its_transcript_words(self):
        with translation.override("en"):
            html = self.client.get(reverse("search"), {"q": "transcript"}).content.decode()
        self.assertIn(self.film.title_en, html)


class FilmKioskTests(FilmFixture, TestCase):
    """A screen set to show films loops the films that name its museum or its exhibits."""

    def feed(self, **settings):
        screen = Screen.objects.create(name="Hall", slug="hall", museum=self.museum, **settings)
        return self.client.get(reverse("kiosk_feed", args=[screen.slug])).json()

    def test_films_join_the_loop_after_the_exhibits(self):
        data = self.feed(show_films=True)
        self.assertEqual(data["loop"], [self.exhibit.pk, self.film.pk])
        entry = next(item for item in data["exhibits"] if item["id"] == self.film.pk)
        self.assertEqual(entry["film"]["src"], stream_path(self.video))
        self.assertEqual(set(entry["film"]["captions"]), {"zh-hans", "en"})
        self.assertEqual(entry["film"]["seconds"], 12)
        self.assertIsNotNone(entry["image"])
        self.assertNotIn(
            self.film.pk, [pk for group in data["explore"] for pk in group["exhibits"]]
        )

    def test_films_stay_off_screens_not_set_to_show_them(self):
        data = self.feed()
        self.assertEqual(data["loop"], [self.exhibit.pk])

    def test_unpublished_films_leave_the_loop(self):
        self.film.unpublish()
        self.assertEqual(self.feed(show_films=True)["loop"], [self.exhibit.pk])

    def test_the_feed_costs_the_same_for_one_film_as_for_five(self):
        screen = Screen.objects.create(
            name="Hall", slug="hall", museum=self.museum, show_films=True
        )
        url = reverse("kiosk_feed", args=[screen.slug])

        def count():
            self.client.get(url)
            with CaptureQueriesContext(connection) as queries:
                self.client.get(url)
            return len(queries)

        one = count()
        for _n in range(4):
            extra = FilmPageFactory(
                parent=self.index, video=self.video, listing_image=MuseumImageFactory()
            )
            FilmRelatedPage.objects.create(film=extra, page=self.museum, sort_order=0)
        self.assertEqual(len(self.client.get(url).json()["loop"]), 6)
        self.assertEqual(count(), one)


class PlaceholderFilmTests(TestCase):
    """The seed's film is a real MP4 (moov before mdat), twelve seconds, under 600 KB."""

    def test_structure(self):
        data = film.placeholder_film_mp4()
        self.assertLess(len(data), 600 * 1024)
        boxes, offset = [], 0
        while offset < len(data):
            size, kind = struct.unpack(">I4s", data[offset : offset + 8])
            boxes.append(kind)
            offset += size
        self.assertEqual(boxes, [b"ftyp", b"moov", b"mdat"])
        mvhd = data.index(b"mvhd")
        timescale, duration = struct.unpack(">II", data[mvhd + 16 : mvhd + 24])
        self.assertEqual(duration / timescale, film.duration_seconds())
        self.assertIn(b"avcC", data)
