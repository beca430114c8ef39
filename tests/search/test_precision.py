"""Search keeps its precision: filler words and service verbs never match on their own."""

import pytest

from search.query import build_plan
from search.searching import ServiceSearch

pytestmark = pytest.mark.usefixtures("demo")


def test_filler_words_are_left_out_of_the_plan():
    plan = build_plan("bikin kandang ayam", "id")
    assert plan.ignored == ["bikin"]
    assert [group.words for group in plan.groups] == [("kandang",), ("ayam",)]


def test_a_query_of_filler_alone_finds_nothing():
    for query, language in [("bikin", "id"), ("cara membuat", "id"), ("how to make", "en")]:
        results = ServiceSearch(query, language).run()
        assert results.count == 0, query


def test_filler_plus_unknown_words_finds_nothing(client):
    assert ServiceSearch("bikin kandang ayam", "id").run().count == 0
    html = client.get("/id/cari/", {"q": "bikin kandang ayam"}).content.decode()
    assert "0 layanan ditemukan" in html
    assert "Tidak dipakai: bikin" in html


def test_filler_still_finds_the_service_named_by_the_other_words():
    assert ServiceSearch("bikin ktp baru", "id").run().results[0]["key"] == "perekaman-ktp-el"
    assert ServiceSearch("how to get a passport", "en").run().results[0]["key"] in {"paspor-baru", "penggantian-paspor"}


def test_the_page_says_what_to_type_after_filler_only(client):
    html = client.get("/en/search/", {"q": "how to make"}).content.decode()
    assert "Type what you need" in html


def test_the_relaxed_note_names_the_words_no_result_matched(client):
    results = ServiceSearch("akta kelahiran zzqx", "id").run()
    assert results.relaxed
    assert results.unmatched == ["zzqx"]
    html = client.get("/en/search/", {"q": "birth certificate zzqx"}).content.decode()
    assert "Not found: zzqx." in html
