"""The search page over HTTP: filters from the address, the chosen MPP, no results, the query log."""

import pytest

from search.models import QueryLog

pytestmark = pytest.mark.usefixtures("demo")


def test_page_ignores_invalid_filters_with_a_message(client):
    response = client.get("/id/cari/", {"q": "ktp", "fee": "cheap", "mpp": "mpp-atlantis"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "tidak valid dan diabaikan" in html
    assert "Perekaman" in html


def test_zero_results_page_helps(client):
    html = client.get("/en/search/", {"q": "qqqwwwzzz"}).content.decode()
    assert "0 services found" in html
    assert "Browse by life event" in html
    assert "/en/life-events/kelahiran/" in html


def test_chosen_mpp_is_remembered_for_the_visit(client):
    response = client.get("/id/cari/", {"q": "akta", "mpp": "mpp-kudus"})
    assert response.cookies["mpp"].value == "mpp-kudus"
    html = client.get("/id/cari/", {"q": "ktp"}).content.decode()
    assert "Menampilkan layanan di MPP Kabupaten Kudus" in html
    response = client.get("/id/cari/", {"q": "ktp", "mpp": "all"})
    assert response.cookies["mpp"].value == ""


def test_queries_are_logged_for_the_report(client, admin_user):
    client.get("/id/cari/", {"q": "Paspor"})
    client.get("/id/cari/", {"q": "qqqwwwzzz"})
    assert QueryLog.objects.filter(normalized="paspor", results__gt=0).exists()
    assert QueryLog.objects.filter(normalized="qqqwwwzzz", results=0).exists()
    client.force_login(admin_user)
    html = client.get("/admin/reports/search/").content.decode()
    assert "qqqwwwzzz" in html and "paspor" in html
