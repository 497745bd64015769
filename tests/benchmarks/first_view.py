"""First view of a page with a fresh 24-megapixel image, with and without pregenerated renditions.

Uploads a 6000 × 4000 JPEG as an exhibit page's main image and as an image in its body,
publishes the page, then times the first and a second ("warm") view of the page and the
growth of the process's peak memory. Each case runs in its own process, so the peak
memory of one does not hide the other's. A benchmark to read, not a test:
tests/exhibits/test_renditions_ready.py holds the behaviour.

    .venv/bin/python -m tests.benchmarks.first_view
"""

import contextlib
import io
import os
import resource
import subprocess
import sys
import tempfile
import time

WIDTH, HEIGHT = 6000, 4000


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def photo_bytes():
    """A 24 MP JPEG with smooth detail, about the weight of a real photo's header and body."""
    from PIL import Image

    gradient = Image.radial_gradient("L").resize((WIDTH, HEIGHT))
    noise = Image.effect_noise((WIDTH // 8, HEIGHT // 8), 40).resize((WIDTH, HEIGHT))
    photo = Image.merge(
        "RGB", (gradient, noise, Image.linear_gradient("L").resize((WIDTH, HEIGHT)))
    )
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=85)
    return out.getvalue()


def run_case(pregenerate, photo_path):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "museum.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.core.files.images import ImageFile
    from django.core.management import call_command
    from django.db import connection
    from django.db.models.signals import post_save
    from django.test import Client
    from django.test.utils import setup_test_environment
    from wagtail.signals import page_published

    from exhibits.factories import ExhibitPageFactory, MuseumImageFactory, MuseumPageFactory
    from exhibits.images import renditions
    from exhibits.models import MuseumImage, MuseumRendition
    from tests.base import build_home, url_in

    # The test settings switch advance renditions off; this benchmark compares both.
    settings.MUSEUM_PREGENERATE_RENDITIONS = pregenerate
    if not pregenerate:
        post_save.disconnect(sender=MuseumImage, dispatch_uid="renditions-image")
        page_published.disconnect(dispatch_uid="renditions-page")

    setup_test_environment()
    with contextlib.redirect_stdout(io.StringIO()):
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        call_command("update_translation_fields", verbosity=0)
    with open(photo_path, "rb") as photo:
        data = photo.read()
    home = build_home()
    museum = MuseumPageFactory(parent=home)
    page = ExhibitPageFactory(parent=museum)
    start_mb = peak_mb()

    started = time.monotonic()
    image = MuseumImageFactory(file=ImageFile(io.BytesIO(data), name="vault-hall.jpg"))
    upload_s = time.monotonic() - started

    page.listing_image = image
    page.body_zh_hans = [("image", {"image": image, "caption": "", "credit": ""})]
    started = time.monotonic()
    page.save_revision().publish()
    publish_s = time.monotonic() - started
    made_before_view = MuseumRendition.objects.filter(image=image).count()

    client = Client()
    url = url_in(page, "zh-hans")
    views = []
    for _attempt in range(2):
        before = MuseumRendition.objects.count()
        started = time.monotonic()
        response = client.get(url)
        assert response.status_code == 200, response.status_code
        views.append((time.monotonic() - started, MuseumRendition.objects.count() - before))
    print(
        f"{'with' if pregenerate else 'without'} pregeneration: "
        f"upload {upload_s:.2f} s, publish {publish_s:.2f} s, "
        f"{made_before_view} renditions ready before the first view "
        f"(of {len(renditions.RENDITION_SPECS)} specs); "
        f"first view {views[0][0]:.2f} s ({views[0][1]} renditions made), "
        f"warm view {views[1][0]:.3f} s ({views[1][1]} made); "
        f"peak memory +{peak_mb() - start_mb:.0f} MB"
    )


def main():
    if len(sys.argv) > 2:
        run_case(sys.argv[1] == "with", sys.argv[2])
        return
    with tempfile.NamedTemporaryFile(suffix=".jpg") as photo:
        # Made here, so making it does not count in either case's peak memory.
        photo.write(photo_bytes())
        photo.flush()
        for case in ("without", "with"):
            subprocess.run(
                [sys.executable, "-m", "tests.benchmarks.first_view", case, photo.name],
                check=True,
            )


if __name__ == "__main__":
    main()
