"""Synthetic exhibits in bulk, for reproducing a museum with thousands of exhibits.

Every synthetic exhibit says what it is in its title and introduction in both
languages ("合成展品 / Synthetic exhibit"), so nobody mistakes it for content. The
rows are written with bulk inserts in one transaction: no revisions, no QR codes, and
one save of the museum (so caches learn of the change) instead of a signal per page;
the search index is brought up to date for the new pages at the end.
2,000 exhibits take a few seconds, 10,000 under a minute.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from exhibits.models import ExhibitKind, ExhibitPage
from exhibits.models.querysets import prefetch_for_listing

KINDS = ExhibitKind.values
BATCH = 500
TITLE_ZH = "合成展品 {n:05d}"
TITLE_EN = "Synthetic exhibit {n:05d}"
SLUG = "synthetic-{n:05d}"
INTRO_ZH = "合成测试内容，仅用于性能测试：第 {n} 号，重庆银行与钱庄的模拟展品。"
INTRO_EN = (
    "Synthetic test content for performance testing only: number {n}, "
    "a simulated exhibit about Chongqing's banks and money shops."
)
AUDIO_TITLE = "合成录音 · Synthetic recording"
BODY_ZH = "<p>这是一段合成正文，讲述银行柜台、票号和钱庄的往事（第 {n} 号）。</p>"
BODY_EN = (
    "<p>Synthetic body text about banking counters, remittance houses and "
    "money shops (number {n}).</p>"
)


def _body(template, n, audio=None):
    blocks = [{"type": "paragraph", "value": template.format(n=n), "id": str(uuid.uuid4())}]
    if audio is not None:
        value = {"title": AUDIO_TITLE, "audio": audio.pk, "transcript": "", "is_placeholder": True}
        blocks.append({"type": "audio", "value": value, "id": str(uuid.uuid4())})
    return blocks


def _next_number(museum):
    return ExhibitPage.objects.child_of(museum).filter(slug_en__startswith="synthetic-").count() + 1


def add_synthetic_exhibits(museum, count, images=(), audio=None, index=True):
    """Add ``count`` live synthetic exhibits under ``museum``, spread over the kinds and
    numbered after the museum's existing ones; ``images`` are used in turn as their
    main images, and ``audio`` (a document), if given, as each body's narration.
    Returns the number added."""
    if count <= 0:
        return 0
    images = list(images)
    now = timezone.now()
    locale = Locale.get_default()
    content_type = ContentType.objects.get_for_model(ExhibitPage)
    museum = Page.objects.get(pk=museum.pk)  # the tree fields as stored now
    first_number = _next_number(museum)
    last_child = museum.get_last_child()
    first_step = 1 if last_child is None else int(last_child.path[-Page.steplen :], 36) + 1
    positions = {
        kind: (ExhibitPage.objects.child_of(museum).filter(kind=kind).count()) for kind in KINDS
    }
    with transaction.atomic():
        pages = []
        for offset in range(count):
            n = first_number + offset
            kind = KINDS[offset % len(KINDS)]
            positions[kind] += 1
            slug = SLUG.format(n=n)
            page = ExhibitPage(
                path=Page._get_path(museum.path, museum.depth + 1, first_step + offset),
                depth=museum.depth + 1,
                numchild=0,
                translation_key=uuid.uuid4(),
                locale=locale,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                content_type=content_type,
                title=TITLE_ZH.format(n=n),
                title_zh_hans=TITLE_ZH.format(n=n),
                title_en=TITLE_EN.format(n=n),
                draft_title=TITLE_ZH.format(n=n),
                slug=slug,
                slug_zh_hans=slug,
                slug_en=slug,
                url_path=f"{museum.url_path}{slug}/",
                url_path_zh_hans=f"{museum.url_path_zh_hans}{slug}/",
                url_path_en=f"{museum.url_path_en or museum.url_path_zh_hans}{slug}/",
                intro=INTRO_ZH.format(n=n),
                intro_zh_hans=INTRO_ZH.format(n=n),
                intro_en=INTRO_EN.format(n=n),
                body=_body(BODY_ZH, n, audio),
                body_zh_hans=_body(BODY_ZH, n, audio),
                body_en=_body(BODY_EN, n, audio),
                listing_image=images[offset % len(images)] if images else None,
                kind=kind,
                position=min(positions[kind], 32767),
            )
            pages.append(page)
        # The bodies' chooser blocks load their documents once for all the pages.
        prefetch_for_listing(pages, stream_fields=("body_zh_hans", "body_en"))
        for page in pages:
            page.search_document = page.build_search_document()
        _insert(pages)
        # A saved row (not a queryset update), so the signals that tell caches the
        # site changed are sent once for the whole bulk.
        museum.numchild += count
        museum.save(update_fields=["numchild"], clean=False)
    if index:
        index_pages(pages)
    return count


def _insert(pages):
    """Insert the page rows, then the exhibit rows: Django's bulk_create refuses a
    model with a parent table, so each table gets its own bulk insert (the path
    bulk_create itself takes)."""
    page_fields = [field for field in Page._meta.local_concrete_fields if field.name != "id"]
    exhibit_fields = ExhibitPage._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):
        batch = pages[start : start + BATCH]
        rows = Page._base_manager._insert(  # noqa: SLF001 -- see the docstring
            batch, fields=page_fields, returning_fields=[Page._meta.pk]
        )
        for page, (pk,) in zip(batch, rows, strict=True):
            page.pk = page.id = page.page_ptr_id = pk
        ExhibitPage._base_manager._insert(batch, fields=exhibit_fields)  # noqa: SLF001


def index_pages(pages):
    """Bring the search index up to date for these exhibits."""
    for backend in get_search_backends():
        for start in range(0, len(pages), BATCH):
            backend.add_bulk(ExhibitPage, pages[start : start + BATCH])
