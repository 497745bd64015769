"""Memory of a recording request: RSS growth while a 160 MB video is sent by byte range.

A public recording must not let one anonymous request grow a worker by the size
of the file. This builds a throwaway database, stores a 160 MB sparse .mp4 in a
temporary media folder, sends `Range: bytes=0-` (what a browser's <video> sends
first), a middle range and a plain GET through Django's request handler,
consumes each response chunk by chunk as a WSGI server does, and prints how far
the process's peak RSS rose above its RSS before the request. The budget is
20 MB. A benchmark to read, not a test: tests/exhibits/test_media_stream.py
holds the view to bounded chunks.

    .venv/bin/python -m tests.benchmarks.media_range [size in MB, default 160]
"""

import contextlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

MB = 1024 * 1024
BUDGET_MB = 20


def rss_kb(field):
    """A line of /proc/self/status in kB: VmRSS (now) or VmHWM (peak)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def reset_peak():
    """Start a new peak-RSS measurement (Linux: writing 5 to clear_refs resets VmHWM)."""
    Path("/proc/self/clear_refs").write_text("5")


def measure(client, url, headers):
    """(status, bytes received, peak RSS growth in MB, seconds) for one request."""
    from django.core.signals import request_finished
    from django.db import close_old_connections

    before = rss_kb("VmRSS")
    reset_peak()
    started = time.monotonic()
    response = client.get(url, headers=headers)
    received = 0
    if response.streaming:
        for chunk in response.streaming_content:  # closes the response at the end
            received += len(chunk)
    else:
        received = len(response.content)
        request_finished.disconnect(close_old_connections)
        response.close()
        request_finished.connect(close_old_connections)
    elapsed = time.monotonic() - started
    growth = (rss_kb("VmHWM") - before) / 1024
    return response.status_code, received, growth, elapsed


def report(size_mb, stdout=None):
    """Store a sparse recording of `size_mb` MB, request it three ways, print the figures."""
    from django.core.files.base import File
    from django.test import Client, override_settings
    from wagtail.documents import get_document_model

    from exhibits.templatetags.exhibits_tags import player_url

    stdout = stdout or sys.stdout
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="museum-media-bench-") as media_root:
        with override_settings(MEDIA_ROOT=media_root):
            source = Path(media_root) / "source.mp4"
            with source.open("wb") as handle:
                handle.truncate(size_mb * MB)  # sparse: no disk, no page cache to fill
            document = get_document_model()(title="Benchmark video")
            with source.open("rb") as handle:
                document.file.save("benchmark.mp4", File(handle), save=True)
            url = player_url(document)
            size = size_mb * MB
            cases = (
                ("Range: bytes=0-", {"range": "bytes=0-"}),
                ("Range: middle half", {"range": f"bytes={size // 4}-{3 * size // 4 - 1}"}),
                ("whole file (GET)", {}),
            )
            client = Client(HTTP_HOST="localhost")
            client.get(url, headers={"range": "bytes=0-1"}).close()  # warm imports and caches
            stdout.write(f"{size_mb} MB video at {url}; budget {BUDGET_MB} MB of RSS growth\n")
            for label, headers in cases:
                status, received, growth, elapsed = measure(client, url, headers)
                worst = max(worst, growth)
                stdout.write(
                    f"{label:<20} {status}  {received / MB:7.1f} MB sent  "
                    f"peak RSS +{growth:6.1f} MB  {elapsed:5.2f} s\n"
                )
    verdict = "within" if worst < BUDGET_MB else "OVER"
    stdout.write(f"worst growth {worst:.1f} MB: {verdict} the {BUDGET_MB} MB budget\n")
    return worst


def main():
    """Run the measurement in a throwaway database (the test settings' one)."""
    size_mb = int(sys.argv[1]) if len(sys.argv) > 1 else 160
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "museum.settings.test")
    os.environ.setdefault("MUSEUM_LOG_LEVEL", "WARNING")  # the task log would bury the figures
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    try:
        # Migrations and modeltranslation's column sync talk a lot; only the table matters.
        with contextlib.redirect_stdout(io.StringIO()):
            connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        worst = report(size_mb)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
    sys.exit(0 if worst < BUDGET_MB else 1)


if __name__ == "__main__":
    main()
