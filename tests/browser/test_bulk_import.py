"""Import / export clicked through in the Chinese admin: a curator downloads the exhibits
as CSV, changes a title and adds a row, uploads the file, reads the dry run and confirms;
the change is a draft over the live page and the new exhibit an unpublished page."""

import csv
import io
import re

import pytest

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import ExhibitPage
from tests.base import build_home
from tests.browser.admin import admin_as, editorial_users
from tests.browser.sites import restore_migration_rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MENU_ITEM = re.compile(r"^\s*(批量导入导出|Import \/ export)\s*$")


@pytest.fixture
def exhibit():
    restore_migration_rows()
    home = build_home()
    editorial_users()
    museum = MuseumPageFactory(parent=home, title_zh_hans="金融博物馆", slug_zh_hans="jinrong")
    page = ExhibitPageFactory(
        parent=museum, title_zh_hans="美丰银行柜台", title_en="Counter", position=1
    )
    return page


def edited_export(path):
    """The exported CSV with the exhibit's English title changed and a new exhibit."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    headers = rows[0]
    rows[1][headers.index("title_en")] = "Meifeng Bank counter"
    new = dict.fromkeys(headers, "")
    new.update(museum="jinrong", title_zh_hans="金库", title_en="The vault", position="2")
    rows.append([new[header] for header in headers])
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


def test_curator_imports_a_changed_export_as_drafts(live_server, browser, exhibit, tmp_path):
    context, page = admin_as(browser, live_server.url, "curator")
    page.get_by_role("link", name=MENU_ITEM).click()
    page.wait_for_url(f"{live_server.url}/admin/bulk/")

    with page.expect_download() as download:
        page.click("[data-bulk-export=exhibits-csv]")
    exported = tmp_path / "exhibits.csv"
    download.value.save_as(exported)
    edited = tmp_path / "edited.csv"
    edited.write_bytes(edited_export(exported))

    page.set_input_files("#id_file", str(edited))
    page.click("[data-bulk-upload]")
    page.locator("[data-bulk-rows]").wait_for()
    results = page.locator("[data-bulk-row]")
    assert [results.nth(n).get_attribute("data-bulk-row") for n in range(2)] == [
        "update",
        "create",
    ]
    assert "金库" in results.nth(1).inner_text()
    assert ExhibitPage.objects.count() == 1, "the dry run saved nothing"

    page.click("[data-bulk-confirm]")
    page.wait_for_url(f"{live_server.url}/admin/bulk/")
    assert page.locator(".messages .success").count() == 1

    live = ExhibitPage.objects.get(pk=exhibit.pk)
    assert live.live and live.title_en == "Counter"
    assert live.get_latest_revision_as_object().title_en == "Meifeng Bank counter"
    vault = ExhibitPage.objects.get(title_zh_hans="金库")
    assert not vault.live and vault.get_parent().pk == live.get_parent().pk
    context.close()
