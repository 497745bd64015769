import ctypes
import os
import time

import django.test.client
import pytest
from django.core.cache import cache
from django.core.management import call_command
from PIL import Image
from willow.plugins.pillow import PillowImage

# The encoders' fastest settings, for image renditions made in tests, as the test settings
# hash passwords with MD5: the same formats, sizes and code path, larger files. At their
# defaults AVIF took about 0.13 s of CPU for a 960 px rendition and WebP 0.03 s; at these,
# 0.012 s and 0.008 s. Pages, the kiosk feed and the API ask for AVIF and WebP renditions of
# every image they show, and each TestCase makes its own again after the rollback.
FAST_ENCODING = {"AVIF": {"speed": 10}, "WEBP": {"method": 0}}


def _encoding_fast(save, defaults):
    def save_fast(image, fp, filename, *args, **kwargs):
        for name, value in defaults.items():
            image.encoderinfo.setdefault(name, value)
        return save(image, fp, filename, *args, **kwargs)

    return save_fast


@pytest.fixture(scope="session", autouse=True)
def _fast_image_encoding():
    """Encode renditions with FAST_ENCODING unless a caller chooses its own settings, and
    resize them with the fastest sampling."""
    Image.init()
    saved = []
    for image_format, defaults in FAST_ENCODING.items():
        for registry in (Image.SAVE, Image.SAVE_ALL):
            if image_format in registry:
                saved.append((registry, image_format, registry[image_format]))
                registry[image_format] = _encoding_fast(registry[image_format], defaults)
    resize = PillowImage.resize
    PillowImage.resize = _resize_fast
    yield
    PillowImage.resize = resize
    for registry, image_format, save in saved:
        registry[image_format] = save


def _resize_fast(willow_image, size):
    """Willow's resize with nearest-neighbour sampling instead of Lanczos: the same sizes
    in a hundredth of the time (Lanczos took 10-16 ms a rendition, a tenth of the suite's
    image work)."""
    image = willow_image.image
    if image.mode in ("1", "P"):
        image = image.convert("RGBA" if willow_image.has_alpha() else "RGB")
    return PillowImage(image.resize(size, Image.Resampling.NEAREST))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Fill the per-language columns of pages made by migrations (the root page).

    wagtail-modeltranslation adds Page's language columns outside migrations,
    so rows that migrations create have them empty until this runs.
    """
    with django_db_blocker.unblock():
        call_command("update_translation_fields", verbosity=0)


class ContextNotRecorded:
    """``response.context`` in a test that did not ask for it."""

    MESSAGE = (
        "response.context is only recorded for tests marked "
        "@pytest.mark.template_contexts (tests/conftest.py)"
    )

    def __len__(self):  # falsy, so that the client leaves it as it is
        return 0

    def __getitem__(self, key):
        raise AssertionError(self.MESSAGE)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise AssertionError(self.MESSAGE)


CONTEXT_NOT_RECORDED = ContextNotRecorded()


def store_rendered_templates_only(store, signal, sender, template, context, **kwargs):
    """Django's store_rendered_templates without its copy of each template's context."""
    store.setdefault("templates", []).append(template)
    store["context"] = CONTEXT_NOT_RECORDED


@pytest.fixture(autouse=True)
def _template_contexts(request, monkeypatch):
    """Django's test client copies the context of every template a response renders, for
    ``response.context``: in an admin edit view, hundreds of copies, a sixth of the CPU of
    tests that render pages or the admin. Only tests marked ``template_contexts`` get the
    contexts; the templates' names (``assertTemplateUsed``) are kept for every test."""
    if not request.node.get_closest_marker("template_contexts"):
        monkeypatch.setattr(
            django.test.client, "store_rendered_templates", store_rendered_templates_only
        )


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache (rate-limit counters, scan windows)."""
    cache.clear()


PR_SET_CHILD_SUBREAPER = 36


def pytest_configure(config):
    """Adopt the processes that tests' children leave behind (Chromium's renderers and
    zygotes), so that pytest reaps them at the end and a ``time`` around the suite
    counts their CPU: otherwise it counts only what each parent reaped in turn."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (AttributeError, OSError):  # not Linux
        pass


def pytest_unconfigure(config):
    """Reap every process the suite adopted, waiting a few seconds for the last ones."""
    deadline = time.monotonic() + 5
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            if time.monotonic() > deadline:
                return
            time.sleep(0.05)
