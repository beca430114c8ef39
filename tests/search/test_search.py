"""Citizen search on the embedded engine (the default): relevance, grouping, facets, lifecycle."""

from django.utils import timezone

import pytest

from catalogue.models import ServicePage
from search import relevance
from search.models import SearchDocument
from search.searching import ServiceSearch

pytestmark = pytest.mark.usefixtures("demo")


def keys(query, language="id", **kwargs):
    return [result["key"] for result in ServiceSearch(query, language, **kwargs).run().results]


def test_the_sample_copy_matches_the_spec_when_it_is_beside_the_repository():
    if relevance.SHARED_SAMPLE.exists():
        assert relevance.load_queries(relevance.SAMPLE) == relevance.load_queries(relevance.SHARED_SAMPLE)
    assert len(relevance.load_queries(relevance.SAMPLE)) == 27


def test_relevance_on_the_sample_and_the_test_set():
    queries = relevance.default_queries()
    assert len(queries) >= 100
    metrics = relevance.evaluate(relevance.portal_search("embedded"), queries)
    assert metrics.success_at_3 >= 0.95, metrics.misses


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


def test_facets_count_under_the_other_filters():
    everything = ServiceSearch("pajak", "id").run()
    kudus = ServiceSearch("pajak", "id", filters={"mpp": ["mpp-kudus"], "fee": ["free"]}).run()
    # The MPP facet ignores the MPP filter but applies the fee filter, and the other way round.
    assert kudus.facets["mpp"]["mpp-kudus"] <= everything.facets["mpp"]["mpp-kudus"]
    assert set(kudus.facets["mpp"]) > {"mpp-kudus"}
    assert set(kudus.facets["fee"]) >= {"free"}
    assert all(offer["mpp"] == "mpp-kudus" for r in kudus.results for offer in r["offers"])


def test_filters_combine():
    results = ServiceSearch("bpjs", "id", filters={"agency": ["bpjs-kesehatan"], "online": ["yes"]}).run().results
    assert results
    assert {r["key"] for r in results} <= {"pendaftaran-bpjs-kesehatan", "pindah-faskes-bpjs-kesehatan"}


def test_highlights_mark_the_matched_words_and_escape_the_rest():
    result = ServiceSearch("skck", "id").run().results[0]
    assert "<mark>SKCK</mark>" in result["highlights"]["title"]


def test_did_you_mean_only_when_few_results_and_never_for_acronyms():
    assert ServiceSearch("pasporr", "id").run().suggestion in (None, "paspor")
    assert ServiceSearch("kelahran", "id").run().results
    assert ServiceSearch("sertifkat tnah", "id").run().count
    assert ServiceSearch("skkc", "id").run().suggestion is None  # an acronym-looking token is left alone
    assert ServiceSearch("ktp", "id").run().suggestion is None


def test_a_word_in_what_services_are_called_lists_those_services_not_every_one_that_needs_it():
    ktp = keys("ktp")
    assert ktp[0] == "perekaman-ktp-el"
    assert "skck" not in ktp  # a police certificate asks for a KTP-el but is not about one
    # A word found only in requirements still finds the services that ask for it.
    assert "skck" in keys("pas foto")


def test_results_are_paged_by_service_with_the_number_of_services():
    every = keys("pas foto")
    first = ServiceSearch("pas foto", "id", page_size=2).run()
    second = ServiceSearch("pas foto", "id", page=2, page_size=2).run()
    assert first.count == second.count == len(every) >= 4
    assert first.pages == (len(every) + 1) // 2
    assert [r["key"] for r in first.results + second.results] == every[:4]
    assert ServiceSearch("pas foto", "id", page=99).run().results == []


def test_a_service_at_many_mpps_lists_the_first_ones_and_counts_the_rest(monkeypatch, client):
    from search.engines.base import Engine

    monkeypatch.setattr(Engine, "max_offers", 2)
    result = ServiceSearch("akta kelahiran", "id").run().results[0]
    assert result["offer_count"] == 5
    assert [offer["mpp_title"] for offer in result["offers"]] == sorted(o["mpp_title"] for o in result["offers"])
    assert len(result["offers"]) == 2 and result["more_offers"] == 3
    page = client.get("/id/cari/", {"q": "akta kelahiran"}).content.decode()
    assert "dan 3 MPP lainnya" in page


def test_full_text_structures_survive_every_migration():
    """Altering the index table on SQLite rebuilds it, which would silently drop the FTS triggers."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'portal_search_%'")
            assert {row[0] for row in cursor.fetchall()} == {"portal_search_ai", "portal_search_ad", "portal_search_au"}
        else:
            table = SearchDocument._meta.db_table
            columns = [column.name for column in connection.introspection.get_table_description(cursor, table)]
            assert {"search_vector", "search_vector_strong"} <= set(columns)


def test_the_match_index_holds_every_column_a_search_carries():
    """SQLite reads the matches' columns from this index (INDEXED BY): a missing column means the wide rows."""
    from search.engines.embedded import MATCH_COLUMNS
    from search.models import MATCH_INDEX, MATCH_INDEX_COLUMNS

    assert set(MATCH_COLUMNS) <= set(MATCH_INDEX_COLUMNS)
    assert MATCH_INDEX_COLUMNS[0] == "id"  # looked up by the full-text row id
    assert MATCH_INDEX in {index.name for index in SearchDocument._meta.indexes}


def test_and_first_then_relaxed():
    strict = ServiceSearch("paspor", "id").run()
    assert not strict.relaxed
    relaxed = ServiceSearch("paspor zzzyyyxxx", "id").run()
    assert relaxed.relaxed and relaxed.results[0]["key"] in {"paspor-baru", "penggantian-paspor"}


def test_every_word_but_one_comes_before_any_word():
    """An unknown extra word does not widen "ktp hilang" to every service with "ktp" or "hilang"."""
    from search.engines import embedded_engine
    from search.engines.base import ALL_FIELDS
    from search.query import build_plan

    found = ServiceSearch("ktp hilang zzzyyyxxx", "id").run()
    assert found.relaxed
    assert [result["key"] for result in found.results] == ["penggantian-ktp-el"]
    any_word = embedded_engine().run(
        build_plan("ktp hilang zzzyyyxxx", "id"), {}, need=1, fields=ALL_FIELDS, offset=0, limit=10, pinned=[]
    )
    assert any_word.count > 10  # what the "any word" tier alone would have listed


@pytest.mark.parametrize(
    ("query", "tiers"),
    [
        ("ktp", [(1, "strong"), (1, "all")]),
        ("paspor hilang", [(2, "strong"), (2, "all"), (1, "strong"), (1, "all")]),
        ("ktp hilang rusak", [(3, "strong"), (3, "all"), (2, "strong"), (2, "all"), (1, "strong"), (1, "all")]),
    ],
)
def test_tiers_never_repeat_a_query(query, tiers):
    from search.engines.base import ALL_FIELDS, STRONG_FIELDS, tiers_for
    from search.query import build_plan

    names = {STRONG_FIELDS: "strong", ALL_FIELDS: "all"}
    assert [(need, names[fields]) for need, fields in tiers_for(build_plan(query, "id"))] == tiers


def test_publishing_makes_a_change_searchable_at_once_and_drafts_never():
    page = ServicePage.objects.get(slug="skck", locale__language_code="id", url_path__contains="kudus")
    page.alternative_names += "\nzebrakuning"
    page.save_revision()  # a draft
    assert not keys("zebrakuning")
    started = timezone.now()
    page.get_latest_revision().publish()
    assert keys("zebrakuning") == ["skck"]
    assert (timezone.now() - started).total_seconds() < 1


def test_unpublishing_removes_a_service_from_search():
    page = ServicePage.objects.get(slug="bphtb", locale__language_code="id", url_path__contains="kudus")
    assert SearchDocument.objects.filter(page=page).exists()
    page.unpublish()
    assert not SearchDocument.objects.filter(page=page).exists()
    offers = [o["mpp"] for r in ServiceSearch("bphtb", "id").run().results if r["key"] == "bphtb" for o in r["offers"]]
    assert "mpp-kudus" not in offers


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


def test_search_index_command_rebuilds_the_embedded_index(capsys):
    from django.core.management import call_command

    SearchDocument.objects.filter(language="en").delete()
    changed = SearchDocument.objects.filter(language="id").first()
    SearchDocument.objects.filter(pk=changed.pk).update(title="stale", terms_title="stale")
    gone = ServicePage.objects.live().filter(locale__language_code="id").last()
    ServicePage.objects.filter(pk=gone.pk).update(live=False)  # unpublished without signals
    call_command("search_index", "--engine", "embedded", "--chunk-size", "50", "--no-progress")
    assert SearchDocument.objects.count() == ServicePage.objects.live().count()
    assert not SearchDocument.objects.filter(page_id=gone.pk).exists()
    assert SearchDocument.objects.get(page_id=changed.page_id).title != "stale"
    assert keys("skck")[0] == "skck"
    assert keys("skck", "en")[0] == "skck"
    assert not keys("stale")
