"""Every rendition a visitor, a gallery screen or a partner's app asks for, made in advance.

A rendition made during a visitor's request decodes the whole original: seconds of work
and hundreds of megabytes for a large photo. So each image gets the renditions below
when it is saved (upload, new file, new focal point), and a page's images get them again
when the page is published, in the request that saves or publishes, after its transaction
commits. A visitor's request then only looks them up.

The specs are written exactly as the templates, the kiosk feed and the API write them: a
rendition is found by its spec string, so "format-webp|width-480" and
"width-480|format-webp" are two different renditions. tests/exhibits/test_renditions_ready.py
renders every page type after publishing and fails if any request still makes one.
"""

import copy
import io
import logging
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.files import File
from django.db import transaction
from PIL import Image as PILImage
from wagtail.images.models import Filter

logger = logging.getLogger("museum.media")

# Brace patterns expand the way {% picture %} and {% srcset_image %} expand them.
TEMPLATE_SPECS = (
    # components/card.html
    "format-{avif,webp,jpeg}|fill-{320x200,640x400}",
    # components/page_header.html, blocks/captioned_image_block.html (and galleries)
    "format-{avif,webp,jpeg}|width-{480,960}",
    # blocks/artefact_label_block.html
    "format-{avif,webp,jpeg}|width-{320,640}",
    # components/open_graph.html
    "width-1200|format-jpeg",
    # blocks/video_block.html (poster)
    "width-960",
)
# exhibits/kiosk/feed.py: RENDITIONS (landscape, portrait) and THUMBNAIL.
KIOSK_SPECS = (
    "fill-1920x1080-c50|format-webp|webpquality-80",
    "fill-1080x1200-c50|format-webp|webpquality-80",
    "fill-320x200-c50|format-webp|webpquality-75",
)
# exhibits/opendata/api.py: IMAGE_RENDITIONS.
API_SPECS = ("fill-480x320|format-webp", "max-1200x1200|format-webp")


def expand(patterns):
    """The spec strings a list of patterns stands for, in order, without repeats."""
    specs = []
    for pattern in patterns:
        specs.extend(Filter.expand_spec(pattern))
    return tuple(dict.fromkeys(specs))


RENDITION_SPECS = expand(TEMPLATE_SPECS + KIOSK_SPECS + API_SPECS)

# The longest side any spec above can ask for (the kiosk's landscape slide).
LARGEST_OUTPUT = 1920
# Formats of an original worth scaling down once, and how the working copy is saved.
WORKING_FORMATS = {
    "JPEG": {"quality": 95},
    "PNG": {"compress_level": 1},
    "WEBP": {"quality": 95},
}

# Saving these alone changes no rendition (Wagtail's own bookkeeping saves).
BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})


def working_copy(image):
    """The original scaled down once, as an encoded file, with a stand-in image to match.

    Every rendition is at most LARGEST_OUTPUT pixels on a side, so a copy whose short
    side is still that long gives the same renditions, and each one then decodes that
    copy instead of the whole original: for a 24 MP JPEG, Pillow's draft mode decodes
    at a fraction of the size, and 25 renditions take seconds instead of most of a
    minute. The stand-in has the copy's size and a focal point scaled to it; EXIF
    orientation and the colour profile travel with the copy, so Wagtail orients it the
    same way. Returns (None, None) where nothing is gained (small, animated, unusual
    formats): the renditions are then made from the original.
    """
    with image.open_file() as file, PILImage.open(file) as original:
        if original.format not in WORKING_FORMATS or getattr(original, "n_frames", 1) > 1:
            return None, None
        scale = LARGEST_OUTPUT / min(original.size)
        if scale > 0.75:
            return None, None
        size = (round(original.width * scale), round(original.height * scale))
        info = {key: original.info[key] for key in ("exif", "icc_profile") if key in original.info}
        original.draft(original.mode, size)  # JPEG: decode at 1/2, 1/4 or 1/8 scale
        source = original.convert("RGBA") if original.mode in ("1", "P") else original
        reduced = source.resize(size, PILImage.Resampling.LANCZOS)
        out = io.BytesIO()
        reduced.save(out, original.format, **WORKING_FORMATS[original.format], **info)
    scale_x, scale_y = size[0] / image.width, size[1] / image.height
    stand_in = copy.copy(image)
    stand_in.width, stand_in.height = size
    if image.has_focal_point():
        stand_in.focal_point_x = round(image.focal_point_x * scale_x)
        stand_in.focal_point_y = round(image.focal_point_y * scale_y)
        stand_in.focal_point_width = max(1, round(image.focal_point_width * scale_x))
        stand_in.focal_point_height = max(1, round(image.focal_point_height * scale_y))
    return out.getvalue(), stand_in


def make_renditions(image, filters):
    """Make the renditions for `filters`, one at a time, from a scaled-down working copy
    where that helps; keep memory to one decoded copy at a time."""
    data, stand_in = working_copy(image)
    if data is None:
        for spec_filter in filters:
            image.get_rendition(spec_filter)
        return
    rendition_model = image.get_rendition_model()
    new = []
    for spec_filter in filters:
        source = File(io.BytesIO(data), name=image.file.name)
        new.append(
            rendition_model(
                image=image,
                filter_spec=spec_filter.spec,
                focal_point_key=spec_filter.get_cache_key(image),
                file=stand_in.generate_rendition_file(spec_filter, source=source),
            )
        )
    # Another process may have made some meanwhile: theirs stay, ours are dropped.
    rendition_model.objects.bulk_create(new, ignore_conflicts=True)


def pregenerate(image):
    """Make every rendition in RENDITION_SPECS that `image` lacks; log what it cost.

    A broken or missing file is logged, never raised: the save or publish that
    asked for it has already succeeded.
    """
    started = time.monotonic()
    filters = [Filter(spec=spec) for spec in RENDITION_SPECS]
    try:
        # The database, not Wagtail's rendition cache: a cached rendition may be gone.
        existing = set(
            image.renditions.filter(filter_spec__in=RENDITION_SPECS).values_list(
                "filter_spec", "focal_point_key"
            )
        )
        missing = [
            spec_filter
            for spec_filter in filters
            if (spec_filter.spec, spec_filter.get_cache_key(image)) not in existing
        ]
        if not missing:
            return
        make_renditions(image, missing)
    except Exception:
        logger.exception("Renditions of image %s could not be made", image.pk)
        return
    logger.info(
        "Made %s renditions of image %s (%sx%s) in %.2f s",
        len(missing),
        image.pk,
        image.width,
        image.height,
        time.monotonic() - started,
    )


_paused = ContextVar("renditions_paused", default=False)


@contextmanager
def paused():
    """Make no renditions in advance inside this block.

    The seed's placeholder images are small (1200 x 800), so their first views are cheap,
    while making 25 renditions of each in advance would stretch `make run` by minutes.
    """
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def enabled():
    """Whether saving an image or publishing a page makes its renditions now."""
    return settings.MUSEUM_PREGENERATE_RENDITIONS and not _paused.get()


def pregenerate_after_commit(image_pk):
    """Pregenerate once the transaction commits: Wagtail deletes a replaced file's
    renditions after saving the image, inside the same transaction."""
    from wagtail.images import get_image_model

    def run():
        image = get_image_model().objects.filter(pk=image_pk).first()
        if image is not None:
            pregenerate(image)

    transaction.on_commit(run)


def image_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """post_save of the image model: the file is stored by now."""
    if raw or (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS) or not enabled():
        return
    pregenerate_after_commit(instance.pk)


def page_images(page):
    """The primary keys of a page's main image and of every image in its body, both languages."""
    from wagtail.images import get_image_model

    image_model = get_image_model()
    pks = []
    if getattr(page, "listing_image_id", None):
        pks.append(page.listing_image_id)
    for field in page._meta.get_fields():
        if not getattr(field, "stream_block", None):
            continue
        value = getattr(page, field.attname, None)
        if not value:
            continue
        for model, object_id, _path, _content_path in field.extract_references(value):
            if model is image_model or issubclass(image_model, model):
                pks.append(int(object_id))
    return list(dict.fromkeys(pks))


def page_published(sender, instance, **kwargs):
    """page_published: the page's images get any rendition they still lack."""
    from wagtail.images import get_image_model

    if not enabled():
        return
    pks = page_images(instance)
    if not pks:
        return

    def run():
        for image in get_image_model().objects.filter(pk__in=pks):
            pregenerate(image)

    transaction.on_commit(run)


def connect():
    from django.db.models.signals import post_save
    from wagtail.images import get_image_model
    from wagtail.signals import page_published as page_published_signal

    post_save.connect(image_saved, sender=get_image_model(), dispatch_uid="renditions-image")
    page_published_signal.connect(page_published, dispatch_uid="renditions-page")
