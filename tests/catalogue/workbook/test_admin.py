"""The workbook in the admin: upload, preview with an error, fix, confirm; then the review. The admin
speaks the language of its URL (Indonesian here)."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tests.helpers import workflow_action

from .conftest import fresh, tables_of, xlsx


def upload(client, tables):
    data = {"workbook": SimpleUploadedFile("layanan.xlsx", xlsx(tables))}
    return client.post(reverse("catalogue_workbook_import"), data)


def test_upload_preview_fix_confirm_and_approve(wb, client):
    client.force_login(wb.editor)
    listing = client.get(reverse("services:index")).content.decode()
    assert reverse("catalogue_workbook_import") in listing

    tables = tables_of(wb.editor)
    layanan = next(r for r in tables["Layanan"] if r["kunci"] == "akta-kelahiran")
    layanan["ringkasan_id"] = "Akta kelahiran untuk bayi dan anak."
    layanan["lama"] = "satu"
    response = upload(client, tables)
    page = response.content.decode()
    assert response.status_code == 400
    assert "Layanan!L3" in page and "&#x27;satu&#x27; bukan bilangan bulat" in page
    assert 'name="token"' not in page
    assert not fresh(wb.akta).has_unpublished_changes

    layanan["lama"] = "1"
    response = upload(client, tables)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Layanan!F3" in page and "Akta kelahiran untuk bayi dan anak." in page
    assert not fresh(wb.akta).has_unpublished_changes  # a preview writes nothing
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)

    # Only the session that uploaded it can confirm it.
    other = Client()
    other.force_login(wb.samsat_editor)
    assert other.post(reverse("catalogue_workbook_import"), {"token": token}).status_code == 302
    assert not fresh(wb.akta).has_unpublished_changes

    response = client.post(reverse("catalogue_workbook_import"), {"token": token})
    assert response.status_code == 302 and response["Location"] == reverse("services:index")
    draft = fresh(wb.akta)
    assert draft.workflow_in_progress and draft.summary == "Akta kelahiran untuk anak."
    # The confirmation is spent.
    assert client.post(reverse("catalogue_workbook_import"), {"token": token}).status_code == 302
    assert fresh(wb.akta).revisions.count() == draft.revisions.count()

    client.force_login(wb.reviewer)
    compare = client.get(reverse("wagtailadmin_pages:revisions_compare", args=(draft.pk, "live", "latest")))
    assert compare.status_code == 200 and "bayi dan" in compare.content.decode()
    assert workflow_action(client, draft, "approve").status_code == 302
    live = fresh(wb.akta)
    assert live.summary == "Akta kelahiran untuk bayi dan anak." and live.live
    public = client.get(live.url)
    assert "Akta kelahiran untuk bayi dan anak." in public.content.decode()


def test_a_file_that_is_no_workbook_gets_a_friendly_page(wb, client):
    client.force_login(wb.editor)
    data = {"workbook": SimpleUploadedFile("layanan.xlsx", b"not a workbook")}
    response = client.post(reverse("catalogue_workbook_import"), data)
    assert response.status_code == 400
    assert "bukan buku kerja Excel" in response.content.decode()
    assert client.post(reverse("catalogue_workbook_import"), {}).status_code == 400
