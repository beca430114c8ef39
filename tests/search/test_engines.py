"""What every engine shares: the tiers of a plan, grouping and paging by service, and what engines depend on.

Where both engines are compared, the Elasticsearch server of ``conftest.py`` is used.
"""

import pytest

from search.engines import embedded_engine
from search.engines.base import ALL_FIELDS, STRONG_FIELDS, Engine, tiers_for
from search.query import build_plan
from search.searching import ServiceSearch
from tests.helpers import search_keys as keys


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "tiers"),
    [
        ("ktp", [(1, "strong"), (1, "all")]),
        ("paspor hilang", [(2, "strong"), (2, "all"), (1, "strong"), (1, "all")]),
        ("ktp hilang rusak", [(3, "strong"), (3, "all"), (2, "strong"), (2, "all"), (1, "strong"), (1, "all")]),
    ],
)
def test_tiers_never_repeat_a_query(query, tiers):
    names = {STRONG_FIELDS: "strong", ALL_FIELDS: "all"}
    assert [(need, names[fields]) for need, fields in tiers_for(build_plan(query, "id"))] == tiers


@pytest.mark.usefixtures("demo")
class TestOnTheDemoCatalogue:
    def test_a_word_in_what_services_are_called_lists_those_services_not_every_one_that_needs_it(self):
        ktp = keys("ktp")
        assert ktp[0] == "perekaman-ktp-el"
        assert "skck" not in ktp  # a police certificate asks for a KTP-el but is not about one
        # A word found only in requirements still finds the services that ask for it.
        assert "skck" in keys("pas foto")

    def test_and_first_then_relaxed(self):
        strict = ServiceSearch("paspor", "id").run()
        assert not strict.relaxed
        relaxed = ServiceSearch("paspor zzzyyyxxx", "id").run()
        assert relaxed.relaxed and relaxed.results[0]["key"] in {"paspor-baru", "penggantian-paspor"}

    def test_every_word_but_one_comes_before_any_word(self):
        """An unknown extra word does not widen "ktp hilang" to every service with "ktp" or "hilang"."""
        found = ServiceSearch("ktp hilang zzzyyyxxx", "id").run()
        assert found.relaxed
        assert [result["key"] for result in found.results] == ["penggantian-ktp-el"]
        any_word = embedded_engine().run(
            build_plan("ktp hilang zzzyyyxxx", "id"), {}, need=1, fields=ALL_FIELDS, offset=0, limit=10, pinned=[]
        )
        assert any_word.count > 10  # what the "any word" tier alone would have listed

    def test_results_are_paged_by_service_with_the_number_of_services(self):
        every = keys("pas foto")
        first = ServiceSearch("pas foto", "id", page_size=2).run()
        second = ServiceSearch("pas foto", "id", page=2, page_size=2).run()
        assert first.count == second.count == len(every) >= 4
        assert first.pages == (len(every) + 1) // 2
        assert [r["key"] for r in first.results + second.results] == every[:4]
        assert ServiceSearch("pas foto", "id", page=99).run().results == []

    def test_a_service_at_many_mpps_lists_the_first_ones_and_counts_the_rest(self, monkeypatch, client):
        monkeypatch.setattr(Engine, "max_offers", 2)
        result = ServiceSearch("akta kelahiran", "id").run().results[0]
        assert result["offer_count"] == 5
        assert [offer["mpp_title"] for offer in result["offers"]] == sorted(o["mpp_title"] for o in result["offers"])
        assert len(result["offers"]) == 2 and result["more_offers"] == 3
        page = client.get("/id/cari/", {"q": "akta kelahiran"}).content.decode()
        assert "dan 3 MPP lainnya" in page


class TestBothEnginesAgree:
    def test_result_contract_and_grouping_match_the_embedded_engine(self, es_engine):
        embedded = ServiceSearch("akta kelahiran", "en", engine="embedded").run()
        elastic = ServiceSearch("akta kelahiran", "en", engine="elasticsearch").run()
        assert elastic.engine == "elasticsearch"
        assert set(elastic.results[0]) == set(embedded.results[0])
        assert elastic.results[0]["key"] == "akta-kelahiran"
        assert {o["mpp"] for o in elastic.results[0]["offers"]} == {o["mpp"] for o in embedded.results[0]["offers"]}

    def test_both_engines_page_by_service_and_list_the_same_offers(self, es_engine, monkeypatch):
        monkeypatch.setattr(Engine, "max_offers", 2)
        runs = {
            engine: [ServiceSearch("pas foto", "id", page=page, page_size=2, engine=engine).run() for page in (1, 2)]
            for engine in ("embedded", "elasticsearch")
        }
        assert [r.count for r in runs["elasticsearch"]] == [r.count for r in runs["embedded"]]
        first = {engine: ServiceSearch("akta kelahiran", "id", engine=engine).run().results[0] for engine in runs}
        for engine, result in first.items():
            assert (result["offer_count"], result["more_offers"], len(result["offers"])) == (5, 3, 2), engine
        assert [o["mpp"] for o in first["elasticsearch"]["offers"]] == [o["mpp"] for o in first["embedded"]["offers"]]
        elastic_keys = [r["key"] for run in runs["elasticsearch"] for r in run.results]
        assert len(elastic_keys) == len(set(elastic_keys)) == 4  # two pages, no service twice

    def test_both_engines_relax_alike(self, es_engine):
        """No service has every word: both take the services with every word but one, and say so."""
        for query in ["ktp hilang zzzyyyxxx", "akta kelahiran zzzyyyxxx", "ngurus paspor hilang zzzyyyxxx"]:
            embedded = ServiceSearch(query, "id", engine="embedded").run()
            elastic = ServiceSearch(query, "id", engine="elasticsearch").run()
            assert embedded.relaxed and elastic.relaxed, query
            assert {r["key"] for r in elastic.results} == {r["key"] for r in embedded.results}, query
            assert elastic.count == embedded.count <= 3, query
