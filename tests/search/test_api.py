"""The JSON API over HTTP: /api/v1/search/ and /api/v1/suggest/."""

import pytest

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
        {"q": "ktp", "agency": "dukcapil\x00"},
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


# The most queries one search request makes, whatever the catalogue's size, the number of results or the
# page: filters are checked against the values given (never a list of every MPP and agency), labels come
# from a cache, and URLs, alerts and "not here" (a second search, across every MPP) take a fixed number of
# queries for the whole page. About 12 for a plain search; the rest are the scoped search's "not here".
SEARCH_QUERIES = 30


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v1/search/", {"q": "ktp", "lang": "id"}),
        ("/api/v1/search/", {"q": "akta", "mpp": "mpp-jember", "agency": "dukcapil", "category": "kelahiran"}),
        ("/api/v1/search/", {"q": "perpanjang sim jember", "page": "1"}),
        ("/api/v1/search/", {"q": "surat", "lang": "en", "page": "2", "fee": "free"}),
        ("/id/cari/", {"q": "ktp"}),
        ("/id/cari/", {"q": "akta", "mpp": "mpp-jember", "agency": "dukcapil", "category": "kelahiran"}),
        ("/en/search/", {"q": "passport", "mpp": "mpp-kudus", "agency": "nowhere"}),
    ],
)
def test_a_search_request_makes_a_bounded_number_of_queries(client, django_assert_max_num_queries, path, params):
    client.get(path, params)  # caches filled by the first request of a process (site root paths, locales)
    with django_assert_max_num_queries(SEARCH_QUERIES):
        response = client.get(path, params)
    assert response.status_code == 200
