"""Builds the seed page tree from `exhibits.seed.content`.

Pages are matched by their Chinese slug under their parent: a page that exists
is left as curators made it, a missing one is created and published. With
`update_unchanged`, a page nobody has edited since the seed published it gets
the current seed text (see `SeedLoader.refresh`). Images and recordings live in
one collection so a reset can remove exactly them.
"""

import io
import re
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, Site

from exhibits import public_urls
from exhibits.models import (
    ExhibitPage,
    HeritageSiteIndexPage,
    HeritageSitePage,
    HomePage,
    MuseumImage,
    MuseumPage,
    Screen,
    TrailPage,
    TrailStopPage,
)
from exhibits.seed import content
from exhibits.seed.film_pages import FilmSeedMixin
from exhibits.seed.glossary import load_glossary
from exhibits.seed.media import narration_path, placeholder_image_bytes
from exhibits.seed.programmes import load_programmes
from exhibits.seed.values import (
    LANGUAGES,
    body_blocks,
    coordinate,
    image_title,
    localized,
    narration_title,
    paragraph,
    seeded_state,
    source_blocks,
    untouched_since_seeding,
)

SEED_COLLECTION = "种子内容（占位素材）· Seed content (placeholders)"
SEED_COLLECTION_NAMES = (SEED_COLLECTION, "Seed content (placeholders)")  # current, then earlier


@dataclass
class SeedReport:
    """What a run did: pages created, updated to the current seed, kept, and kept because edited."""

    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    kept: list = field(default_factory=list)
    edited: list = field(default_factory=list)
    retitled: list = field(default_factory=list)


class SeedLoader(FilmSeedMixin):
    """Creates what is missing of the seed tree; `reset()` removes it first."""

    def __init__(self, update_unchanged=False):
        self.report = SeedReport()
        self.update_unchanged = update_unchanged
        self._collection = None

    # --- Media ---------------------------------------------------------------

    @property
    def collection(self):
        if self._collection is None:
            existing = Collection.objects.filter(name__in=SEED_COLLECTION_NAMES).first()
            if existing and existing.name != SEED_COLLECTION and self.update_unchanged:
                existing.name = SEED_COLLECTION
                existing.save(update_fields=["name"])
            self._collection = existing or Collection.get_first_root_node().add_child(
                name=SEED_COLLECTION
            )
        return self._collection

    def seeded_file(self, model, folder, name):
        """The seed's image or document stored as `name` in the seed collection.

        When the name is taken, storage inserts `_` and 7 characters before the first dot.
        """
        root, dot, suffixes = name.partition(".")
        pattern = rf"^{folder}/{re.escape(root)}(_[A-Za-z0-9]{{7}})?{re.escape(dot + suffixes)}$"
        return model.objects.filter(collection=self.collection, file__regex=pattern).first()

    def retitle(self, item, title, generated, fields=None):
        """Give a seeded image or document the current seed title if curators kept the seed's.

        `generated` says whether its title is one the seed wrote (this or an earlier format).
        """
        if not self.update_unchanged or item.title == title or not generated(item.title):
            return
        item.title = title
        for name, value in (fields or {}).items():
            setattr(item, name, value)
        item.save(update_fields=["title", *(fields or {})])
        self.report.retitled.append(item)

    def placeholder_image(self, key, title, create=True):
        """The placeholder for page `key`, made once; None if missing and `create` is off."""
        descriptions = localized(
            "description",
            {"zh": f"占位图：{title['zh']}", "en": f"Placeholder image: {title['en']}"},
        )
        image = self.seeded_file(MuseumImage, "original_images", f"placeholder-{key}.jpg")
        if image:
            self.retitle(
                image,
                image_title(title),
                lambda old: old.startswith("Placeholder: ") or old.endswith(" (placeholder)"),
                descriptions,
            )
            return image
        if not create:
            return None
        image = MuseumImage(
            title=image_title(title),
            file=ImageFile(
                io.BytesIO(placeholder_image_bytes(key, title["en"] or key)),
                name=f"placeholder-{key}.jpg",
            ),
            collection=self.collection,
            is_placeholder=True,
            **descriptions,
            **localized(
                "credit", {"zh": "占位图，由系统生成", "en": "Placeholder generated by this site"}
            ),
        )
        image.save()
        return image

    def narration(self, key, language, title):
        path = narration_path(key, language)
        if path is None:
            return None
        Document = get_document_model()
        doc_title = narration_title(title, language)
        document = self.seeded_file(Document, "documents", path.name)
        if document is not None:
            self.retitle(
                document,
                doc_title,
                lambda old: (
                    old.startswith("Synthetic narration") or "语音导览（合成占位录音" in old
                ),
            )
        else:
            document = Document(title=doc_title, collection=self.collection)
            document.file.save(path.name, ContentFile(path.read_bytes()), save=False)
            document.save()
        return document

    # --- Pages ---------------------------------------------------------------

    def page_values(self, data, extra=None):
        """The field values the seed writes on a page, by field name."""
        return {
            **localized("title", data["title"]),
            **localized("slug", data["slug"]),
            **localized("intro", data.get("intro", {"zh": "", "en": ""})),
            **self.body_fields(data),
            "sources": source_blocks(data.get("sources", [])),
            "fact_check_notes": data.get("fact_check_notes", ""),
            **(extra or {}),
        }

    def upsert(self, parent, model, data, extra=None):
        """Create the page under `parent` unless one with its Chinese slug exists."""
        slug_zh = data["slug"]["zh"]
        values = self.page_values(data, extra)
        image_key = f"{model.__name__}-{slug_zh}"
        existing = model.objects.child_of(parent).filter(slug_zh_hans=slug_zh).first()
        if existing:
            if self.update_unchanged:
                self.placeholder_image(image_key, data["title"], create=False)
            self.refresh(existing, values)
            return existing
        page = model(**values, listing_image=self.placeholder_image(image_key, data["title"]))
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.created.append(page)
        return page

    def refresh(self, page, values):
        """Bring an existing page to the current seed text if nobody has edited it since seeding.

        Without `update_unchanged` the page is only kept. A page curators edited is kept as they
        left it and reported in `edited`; an unedited one gets a new revision, published without
        a user, so the next run still recognises it as the seed's.
        """
        if not self.update_unchanged:
            self.report.kept.append(page)
            return
        names = list(values)
        current = seeded_state(page, names)
        if seeded_state(type(page)(**values), names) == current:
            self.report.kept.append(page)
            return
        if not untouched_since_seeding(page, names):
            self.report.edited.append(page)
            return
        for name, value in values.items():
            setattr(page, name, value)
        page.save_revision().publish()
        self.report.updated.append(page)

    def body_fields(self, data):
        body = data.get("body", {"zh": [], "en": []})
        return {
            f"body_{suffix}": body_blocks(body.get(short, []))
            for short, suffix in LANGUAGES.items()
        }

    def located(self, data):
        return {
            "latitude": coordinate(data.get("latitude")),
            "longitude": coordinate(data.get("longitude")),
            "location_certainty": data.get("location_certainty", "rough"),
            **localized("location_note", data.get("location_note", {})),
        }

    def home(self):
        data = {**content.HOME, "slug": {"zh": "home", "en": "home"}}
        home = HomePage.objects.first()
        if home is not None:
            if self.update_unchanged:
                self.placeholder_image(f"HomePage-{home.slug_zh_hans}", data["title"], create=False)
            self.refresh(home, self.page_values(data))
        else:
            root = Page.get_first_root_node()
            # Wagtail's install leaves a plain "Welcome" page as the site root.
            for welcome in root.get_children().filter(content_type__model="page", numchild=0):
                welcome.delete()
            home = self.upsert(root, HomePage, data)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = "渝中金融历史文化 · Yuzhong Financial Heritage"
        site.save()
        public_urls.sync_default_site()
        return home

    def sites(self, home):
        index = self.upsert(home, HeritageSiteIndexPage, content.HERITAGE_INDEX)
        pages = {}
        for data in content.SITES:
            extra = {
                **self.located(data),
                "year_built": data.get("year_built"),
                "protection_level": data.get("protection_level", "unknown"),
            }
            for name in HeritageSitePage.description_fields:
                extra.update(localized(name, data.get(name, {})))
            themes = data.get("exhibition_themes", {})
            extra.update(
                localized("exhibition_themes", {k: "\n".join(v) for k, v in themes.items()})
            )
            pages[data["key"]] = self.upsert(index, HeritageSitePage, data, extra)
        return pages

    def museums(self, home, sites):
        pages = {}
        for data in content.MUSEUMS:
            extra = {**self.located(data), "building": sites.get(data.get("building"))}
            for name in (
                "short_name",
                "address",
                "opening_hours",
                "admission",
                "accessibility",
                "contact_notes",
            ):
                extra.update(localized(name, data.get(name, {})))
            museum = self.upsert(home, MuseumPage, data, extra)
            pages[data["key"]] = museum
            for exhibit in data["exhibits"]:
                self.exhibit(museum, exhibit)
        return pages

    def exhibit(self, museum, data):
        extra = {
            "kind": data["kind"],
            "position": data["position"],
            "period_start_year": data.get("period_start_year"),
            "period_end_year": data.get("period_end_year"),
            **localized("period_label", data.get("period_label", {})),
            **localized("location_in_museum", data.get("location_in_museum", {})),
        }
        transcript = data.get("audio_transcript")
        if transcript:
            data = {**data, "body": dict(data.get("body", {}))}
            for short, language in (("zh", "zh-hans"), ("en", "en")):
                document = self.narration(data["key"], language, data["title"])
                if document is None:
                    continue
                audio = (
                    "audio",
                    {
                        "title": {
                            "zh": "语音导览（合成占位录音）",
                            "en": "Audio guide (synthetic placeholder)",
                        }[short],
                        "audio": document,
                        "transcript": paragraph(transcript[short]),
                        "is_placeholder": True,
                    },
                )
                data["body"][short] = [audio, *data["body"].get(short, [])]
        return self.upsert(museum, ExhibitPage, data, extra)

    def trail(self, home, sites, museums):
        data = content.TRAIL
        extra = {}
        for name in ("start_point", "end_point", "accessibility"):
            extra.update(localized(name, data.get(name, {})))
        trail = self.upsert(home, TrailPage, data, extra)
        targets = {"site": sites, "museum": museums}
        for stop in data["stops"]:
            linked = stop.get("linked")
            stop_extra = {
                **self.located(stop),
                "position": stop["position"],
                "linked_page": targets[linked[0]].get(linked[1]) if linked else None,
                **localized("directions_to_next", stop.get("directions_to_next", {})),
            }
            self.upsert(trail, TrailStopPage, stop, stop_extra)
        return trail

    def screens(self, museums):
        """One gallery screen per museum with exhibits, looping all of them and the
        museum's coming programmes."""
        for key, museum in museums.items():
            if not ExhibitPage.objects.child_of(museum).exists():
                continue
            Screen.objects.get_or_create(
                slug=f"{key}-entrance".replace("_", "-"),
                defaults={
                    "museum": museum,
                    "name": f"{museum.title_zh_hans} · 入口屏",
                    # The museum's films (the seed's placeholder, for one) join the loop.
                    "show_films": True,
                    "show_programmes": True,
                },
            )

    def run(self):
        with translation.override("zh-hans"), transaction.atomic():
            home = self.home()
            sites = self.sites(home)
            museums = self.museums(home, sites)
            self.trail(home, sites, museums)
            self.films(home, sites, museums)
            load_programmes(self, home, museums)
            self.screens(museums)
            load_glossary()
        return self.report

    def reset(self):
        """Remove the seeded tree and its media; pages curators added under it go too."""
        with transaction.atomic():
            for home in HomePage.objects.all():
                home.delete()
            collection = Collection.objects.filter(name__in=SEED_COLLECTION_NAMES).first()
            if collection:
                for image in MuseumImage.objects.filter(collection=collection):
                    image.delete()
                for document in get_document_model().objects.filter(collection=collection):
                    document.delete()
