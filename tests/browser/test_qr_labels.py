import io
import re

import pytest
import zxingcpp
from django.contrib.auth import get_user_model
from PIL import Image

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import QRCode
from tests.base import build_home
from tests.browser.admin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def museum():
    home = build_home()
    museum = MuseumPageFactory(
        parent=home, title_zh_hans="重庆金融历史博物馆", title_en="Financial History Museum"
    )
    for n in (1, 2):
        ExhibitPageFactory(
            parent=museum, title_zh_hans=f"场景{n}", title_en=f"Scene {n}", position=n
        )
    get_user_model().objects.create_superuser("admin", password="pw")
    return museum


def test_label_sheet_prints_one_scannable_label_per_a4_page(live_server, page, museum):
    """Printed from Chromium, the sheet has one A4 page per label and each QR decodes."""
    sign_in(page.context, live_server.url, "admin")
    page.goto(f"{live_server.url}/admin/qr-labels/?museum={museum.pk}", wait_until="networkidle")
    page.emulate_media(media="print")
    codes = QRCode.objects.filter(page__path__startswith=museum.path).order_by("page__path")
    assert page.locator(".label").count() == codes.count() == 3

    pdf = page.pdf(format="A4", print_background=True)
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 3

    first = page.locator(".label").first
    shot = Image.open(io.BytesIO(first.screenshot()))
    decoded = [result.text for result in zxingcpp.read_barcodes(shot)]
    assert decoded == [codes[0].short_url]
    assert codes[0].code in first.inner_text()
    assert codes[0].number in first.inner_text()
    assert page.request_log.off_machine() == []
