"""ServiceSearch on the demo catalogue: one service across MPPs, languages, best bets."""

import pytest

from catalogue.models import ServicePage
from search.searching import ServiceSearch
from tests.helpers import search_keys as keys

pytestmark = pytest.mark.usefixtures("demo")


def test_one_service_is_shown_once_with_every_mpp_that_offers_it():
    results = ServiceSearch("akta kelahiran", "id").run().results
    first = results[0]
    assert first["key"] == "akta-kelahiran"
    assert len([r for r in results if r["key"] == "akta-kelahiran"]) == 1
    assert {offer["mpp"] for offer in first["offers"]} == {
        "mpp-jembrana",
        "mpp-jember",
        "mpp-karangasem",
        "mpp-buleleng",
        "mpp-kudus",
    }
    assert all(offer["counters"] for offer in first["offers"])


def test_a_chosen_mpp_narrows_to_its_own_page_and_counters():
    results = ServiceSearch("akta kelahiran", "id", filters={"mpp": ["mpp-kudus"]}).run().results
    assert results[0]["url"].startswith("/id/mpp-kudus/")
    assert [offer["mpp"] for offer in results[0]["offers"]] == ["mpp-kudus"]


def test_english_query_on_the_indonesian_interface_shows_indonesian_pages():
    results = ServiceSearch("birth certificate", "id").run().results
    assert results[0]["key"] == "akta-kelahiran"
    assert results[0]["url"].startswith("/id/")
    assert results[0]["title"] == "Akta Kelahiran"


def test_indonesian_query_on_the_english_interface_shows_english_pages():
    results = ServiceSearch("akta kelahiran", "en").run().results
    assert results[0]["key"] == "akta-kelahiran"
    assert results[0]["title"] == "Birth certificate"


def test_best_bets_pin_a_service_to_a_query():
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    target = ServicePage.objects.get(slug="kartu-pencari-kerja", locale__language_code="id", url_path__contains="kudus")
    before = keys("kerja")
    assert before[0] != "kartu-pencari-kerja" and "kartu-pencari-kerja" in before
    SearchPromotion.objects.create(query=Query.get("kerja"), page=target, sort_order=0)
    after = keys("kerja")
    assert after[0] == "kartu-pencari-kerja"
    assert after[1:] == [key for key in before if key != "kartu-pencari-kerja"]  # the rest keep their order
    assert ServiceSearch("kerja", "id").run().count == len(before)  # pinning adds nothing
    assert keys("  Kerja\t")[0] == "kartu-pencari-kerja"  # the plan's text, as Wagtail normalises it
