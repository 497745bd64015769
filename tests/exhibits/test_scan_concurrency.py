from concurrent.futures import ThreadPoolExecutor
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest
from django.db import connection
from django.utils import timezone

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import QRCode, ScanCount
from tests.base import build_home

SCANS = 60
WORKERS = 12


def scan(visitor, url):
    """One visitor's scan (each its own phone); urlopen follows the redirect to the page."""
    headers = {"Accept-Language": "zh-CN", "User-Agent": f"phone-{visitor}"}
    request = Request(url, headers=headers)  # noqa: S310 -- loopback live server
    try:
        with urlopen(request, timeout=30) as response:  # noqa: S310 -- loopback live server
            return response.status
    except HTTPError as error:
        return error.code


@pytest.mark.django_db(transaction=True)
def test_parallel_scans_are_counted_exactly(live_server):
    """Sixty visitors' scans of one code from twelve parallel clients count exactly sixty."""
    if connection.vendor != "postgresql":
        pytest.skip("parallel writers need PostgreSQL (SQLite serialises them anyway)")
    home = build_home()
    exhibit = ExhibitPageFactory(parent=MuseumPageFactory(parent=home))
    code = QRCode.objects.get(page=exhibit)
    url = f"{live_server.url}/q/{code.code}"
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        statuses = list(pool.map(scan, range(SCANS), [url] * SCANS))
    assert set(statuses) == {200}  # urlopen follows the redirect to the page
    assert ScanCount.objects.get(qr_code=code, day=timezone.localdate()).count == SCANS


@pytest.mark.django_db(transaction=True)
def test_parallel_first_scans_of_the_day_create_one_row():
    """Racing increments on a fresh day leave one row with the exact total."""
    from concurrent.futures import ThreadPoolExecutor as Pool

    from django.db import close_old_connections

    if connection.vendor != "postgresql":
        pytest.skip("parallel writers need PostgreSQL")
    home = build_home()
    code = QRCode.objects.get(page=ExhibitPageFactory(parent=MuseumPageFactory(parent=home)))

    def record(_):
        try:
            ScanCount.record(code)
        finally:
            close_old_connections()
            connection.close()

    with Pool(max_workers=WORKERS) as pool:
        list(pool.map(record, range(SCANS)))
    rows = ScanCount.objects.filter(qr_code=code)
    assert rows.count() == 1
    assert rows.get().count == SCANS
