"""The JSON API and the search page over HTTP."""

import pytest

from search.models import QueryLog

pytestmark = pytest.mark.usefixtures("demo")


def test_api_returns_the_documented_contract(client):
    response = client.get("/api/v1/search/", {"q": "paspor", "lang": "en"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {"count", "results", "facets", "suggestion"}
    first = data["results"][0]
    assert set(first) >= {"key", "title", "url", "summary", "agency", "mpp", "counters", "fee_free", "highlights"}
    assert first["key"] in {"paspor-baru", "penggantian-paspor"}
    assert first["url"].startswith("/en/")
    assert data["facets"]["mpp"]


def test_api_filters_and_pages(client):
    data = client.get("/api/v1/search/", {"q": "akta", "mpp": "mpp-jember", "page": "1"}).json()
    assert data["results"]
    assert all(offer["mpp"] == "mpp-jember" for r in data["results"] for offer in r["offers"])


@pytest.mark.parametrize(
    "params",
    [
        {"q": "ktp", "mpp": "mpp-atlantis"},
        {"q": "ktp", "fee": "cheap"},
        {"q": "ktp", "lang": "fr"},
        {"q": "ktp", "page": "0"},
        {"q": "ktp", "online": "maybe"},
        {"q": ""},
        {"q": "x" * 10_000},
    ],
)
def test_api_rejects_invalid_input_with_400(client, params):
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 400
    assert response.json()["errors"]


@pytest.mark.parametrize(
    "query",
    ['ktp" OR 1=1; --', "ktp AND (sim OR", "title:ktp^10 ~2 *", "\x00\x1bktp", "КТП ktp 身份证", "!!!", "-sim +ktp"],
)
def test_odd_queries_give_a_normal_answer(client, query):
    response = client.get("/api/v1/search/", {"q": query})
    # A null character is refused with a clear 400; everything else is just a query.
    assert response.status_code == (400 if "\x00" in query else 200)
    assert client.get("/id/cari/", {"q": query}).status_code == 200


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


def test_autocomplete_suggests_titles(client):
    data = client.get("/api/v1/suggest/", {"q": "akta", "lang": "id"}).json()
    assert "Akta Kelahiran" in data["suggestions"]
    assert client.get("/api/v1/suggest/", {"q": "akta", "lang": "xx"}).status_code == 400


def test_a_regency_domain_searches_only_its_own_mpp(client, settings):
    from wagtail.models import Site

    from tests.helpers import mpp

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "mpp.jembranakab.example"]
    Site.objects.create(hostname="mpp.jembranakab.example", port=80, root_page=mpp("mpp-jembrana"))
    data = client.get("/api/v1/search/", {"q": "akta kelahiran"}, HTTP_HOST="mpp.jembranakab.example").json()
    assert data["results"][0]["key"] == "akta-kelahiran"
    assert {offer["mpp"] for r in data["results"] for offer in r["offers"]} == {"mpp-jembrana"}
    # Asking for another MPP on that domain finds nothing, rather than every MPP.
    assert not client.get(
        "/api/v1/search/", {"q": "akta", "mpp": "mpp-kudus"}, HTTP_HOST="mpp.jembranakab.example"
    ).json()["count"]
    everywhere = client.get("/api/v1/search/", {"q": "akta kelahiran"}).json()
    assert len(everywhere["results"][0]["offers"]) == 5


def test_search_never_imports_the_portal():
    """Layering: portal → search → catalogue. (The tooling files are moving to an app of their own.)"""
    from pathlib import Path

    from tests.helpers import imported_modules

    search = Path(__file__).resolve().parents[2] / "search"
    tooling = {"relevance.py", "bench.py", "generate_catalogue.py"}
    for path in search.rglob("*.py"):
        if path.name not in tooling and "migrations" not in path.parts:
            assert not {name for name in imported_modules(path) if name.split(".")[0] == "portal"}, path
