"""No dead ends in search: a search scoped to one MPP (chosen, or a place word) that lacks the
service says so first, with the MPP's recorded alternatives, then the nearest MPPs."""

import pytest

from search.searching import ServiceSearch

pytestmark = pytest.mark.usefixtures("demo")


def test_a_place_word_scopes_the_search_to_that_mpp():
    results = ServiceSearch("akta kelahiran jember", "id").run()
    assert results.scope == ["mpp-jember"] and results.scoped_by_place
    assert results.results[0]["key"] == "akta-kelahiran"
    assert results.results[0]["url"].startswith("/id/mpp-jember/")
    assert results.not_here == []


def test_passport_kudus_in_english_finds_the_kudus_passport_services_only():
    results = ServiceSearch("passport kudus", "en").run()
    assert results.scope == ["mpp-kudus"]
    assert {r["key"] for r in results.results} == {"paspor-baru", "penggantian-paspor"}
    assert all(r["url"].startswith("/en/mpp-kudus/") for r in results.results)


def test_a_place_word_alone_is_an_ordinary_word():
    results = ServiceSearch("jember", "id").run()
    assert results.scope == [] and results.count


def test_sim_renewal_at_jember_says_not_here_with_satpas_first():
    results = ServiceSearch("perpanjang sim", "id", filters={"mpp": ["mpp-jember"]}).run()
    assert results.count == 0
    [answer] = results.not_here
    assert answer["key"] == "perpanjangan-sim"
    assert answer["mpp"] == "MPP Kabupaten Jember"
    kinds = [option["kind"] for option in answer["options"]]
    assert kinds[0] == "office" and "online" in kinds and kinds[-1] == "mpp"
    assert answer["options"][0]["name"].startswith("Satpas Polres Jember")
    distances = [option["distance_km"] for option in answer["options"] if option["kind"] == "mpp"]
    assert distances == sorted(distances) and len(distances) == 3


def test_not_here_only_for_a_search_where_every_word_matched():
    results = ServiceSearch("sim kandang", "id", filters={"mpp": ["mpp-jember"]}).run()
    assert results.not_here == []


@pytest.mark.parametrize("language, query", [("id", "perpanjang sim jember"), ("en", "renew driving licence jember")])
def test_the_search_page_answers_not_at_mpp_jember_first(client, language, query):
    path = {"id": "/id/cari/", "en": "/en/search/"}[language]
    response = client.get(path, {"q": query})
    html = response.content.decode()
    expected = {
        "id": ("Tidak ada di MPP Kabupaten Jember", "Satpas Polres Jember"),
        "en": ("Not at Jember Public Service Mall (MPP)", "Jember Police driving licence office (Satpas)"),
    }[language]
    assert expected[0] in html
    assert html.index(expected[1]) < html.index("korlantas.polri.go.id") < html.index("/mpp-jembrana/polres/")
    assert "mpp" not in response.cookies  # a place word does not change the remembered MPP


def test_show_all_mpps_drops_the_place_scope(client):
    html = client.get("/id/cari/", {"q": "perpanjang sim jember", "mpp": "all"}).content.decode()
    assert "Tidak ada di MPP" not in html
    assert "/id/mpp-jembrana/polres/perpanjangan-sim/" in html


def test_the_search_api_carries_not_here(client):
    data = client.get("/api/v1/search/", {"q": "perpanjang sim", "mpp": "mpp-jember", "lang": "en"}).json()
    assert data["count"] == 0 and data["scope"] == ["mpp-jember"]
    [answer] = data["not_here"]
    assert answer["key"] == "perpanjangan-sim"
    first = answer["options"][0]
    assert first["kind"] == "office" and first["name"] == "Jember Police driving licence office (Satpas)"
    assert {"kind", "name", "address", "url"} <= set(first)
    assert {option["kind"] for option in answer["options"]} == {"office", "online", "mpp"}
