"""The Elasticsearch engine against a real Elasticsearch 8 server (see conftest.py).

Where both engines must agree, the tests are in test_engines.py and test_facets.py.
"""

import logging
import os
import signal
from functools import partial

from django.core.management import call_command

import pytest

from catalogue.models import ServicePage
from search.searching import ServiceSearch, suggest
from tests.helpers import search_keys
from tooling import relevance

pytestmark = pytest.mark.usefixtures("demo")


es_keys = partial(search_keys, engine="elasticsearch")


def test_relevance_on_the_sample_and_the_test_set(es_engine):
    metrics = relevance.evaluate(relevance.portal_search("elasticsearch"), relevance.default_queries())
    assert metrics.success_at_3 >= 0.95, metrics.misses


def test_both_engines_agree_on_the_top_result(es_engine):
    for query, language, _accepted in relevance.default_queries()[:40]:
        embedded = ServiceSearch(query, language, engine="embedded").run().results
        elastic = ServiceSearch(query, language, engine="elasticsearch").run().results
        assert bool(embedded) == bool(elastic), query
        if embedded:
            assert {r["key"] for r in embedded[:3]} & {r["key"] for r in elastic[:3]}, query


def test_fuzziness_finds_typos_but_not_for_acronyms(es_engine):
    assert "perpanjangan-sim" in es_keys("perpanjngan sim")[:3]
    assert es_keys("skxk") != ["skck"]
    # The fuzzy word is analysed in the query's language: on the English site "kelahran" was
    # stemmed as Indonesian ("lahran") and fuzzily matched the land-acquisition duty.
    assert "bphtb" not in es_keys("kelahran", "en")


def test_autocomplete_uses_the_completion_suggester(es_engine):
    titles = suggest("pasp", "id", engine="elasticsearch")
    assert any(title.startswith("Permohonan Paspor") for title in titles)
    assert all("Passport" not in title for title in titles)


def test_publishing_is_searchable_at_once(private_es_engine):
    page = ServicePage.objects.get(slug="skck", locale__language_code="id", url_path__contains="kudus")
    page.alternative_names += "\nzebrakuning"
    page.save_revision()
    assert not es_keys("zebrakuning")
    page.get_latest_revision().publish()
    # No wait or poll: publishing refreshes the index before it returns (how long it takes is
    # a benchmark's business, not a unit test's).
    assert es_keys("zebrakuning") == ["skck"]
    page.unpublish()
    assert "mpp-kudus" not in [
        o["mpp"]
        for r in ServiceSearch("skck", "id", engine="elasticsearch").run().results
        for o in r["offers"]
        if r["key"] == "skck"
    ]


def test_rebuild_swaps_the_alias_to_a_new_index(private_es_engine):
    engine = private_es_engine
    before = set(engine.client.indices.get_alias(name=engine.alias))
    call_command("search_index", "--engine", "elasticsearch", "--chunk-size", "40", "--no-progress")
    after = set(engine.client.indices.get_alias(name=engine.alias))
    assert len(after) == 1 and after != before
    assert not engine.client.indices.exists(index=list(before)[0])
    assert engine.count() == ServicePage.objects.live().count()
    assert es_keys("skck")[0] == "skck"


def test_unreachable_server_falls_back_to_embedded(settings, caplog):
    from search.engines import _elasticsearch

    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    _elasticsearch.cache_clear()
    with caplog.at_level(logging.WARNING):
        results = ServiceSearch("paspor", "id").run()
    _elasticsearch.cache_clear()
    assert results.engine == "embedded"
    assert results.results[0]["key"] in {"paspor-baru", "penggantian-paspor"}
    assert "uses the embedded engine" in caplog.text


def test_a_list_of_nodes_skips_one_that_is_down(settings, elasticsearch_server, elasticsearch_demo_index):
    """ELASTICSEARCH_URL names a cluster's nodes; one refusing connections does not send search to the fallback."""
    from search.engines import _elasticsearch
    from tests.search.conftest import use_elasticsearch

    use_elasticsearch(settings, f"http://127.0.0.1:9, {elasticsearch_server['url']}", elasticsearch_demo_index)
    try:
        runs = [ServiceSearch("paspor", "id").run() for _ in range(4)]
    finally:
        _elasticsearch.cache_clear()
    assert {run.engine for run in runs} == {"elasticsearch"}
    assert runs[0].results[0]["key"] in {"paspor-baru", "penggantian-paspor"}


def test_an_index_has_a_replica_where_a_second_node_can_hold_it(es_engine):
    index_settings = es_engine.client.indices.get_settings(index=es_engine.alias)
    assert [s["settings"]["index"]["auto_expand_replicas"] for s in index_settings.values()] == ["0-1"]
    # On the single test node that means no replica, and the index is green.
    assert es_engine.client.cluster.health(index=es_engine.alias)["status"] == "green"


def test_a_stopped_server_times_out_and_falls_back(settings, elasticsearch_server, es_engine, client, caplog):
    """Freeze the real server (SIGSTOP): requests time out, search still answers from the embedded engine."""
    from search.engines import _elasticsearch

    if not elasticsearch_server["pid"]:
        pytest.skip("external Elasticsearch server: cannot stop it")
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    _elasticsearch.cache_clear()
    os.killpg(elasticsearch_server["pid"], signal.SIGSTOP)
    try:
        with caplog.at_level(logging.WARNING):
            response = client.get("/id/cari/", {"q": "paspor"})
            api = client.get("/api/v1/search/", {"q": "paspor"})
    finally:
        os.killpg(elasticsearch_server["pid"], signal.SIGCONT)
        _elasticsearch.cache_clear()
    assert response.status_code == 200 and api.status_code == 200
    assert api.json()["results"][0]["key"] in {"paspor-baru", "penggantian-paspor"}
    assert "uses the embedded engine" in caplog.text


def test_a_missing_index_falls_back_to_embedded(settings, elasticsearch_server, client, caplog):
    """Elasticsearch answers, but each search of the multi-search fails (no index behind the alias)."""
    from search.engines import _elasticsearch

    settings.ELASTICSEARCH_URL = elasticsearch_server["url"]
    settings.ELASTICSEARCH_INDEX_PREFIX = "test-never-indexed"
    _elasticsearch.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            response = client.get("/id/cari/", {"q": "paspor hilang zzzyyyxxx"})
            api = client.get("/api/v1/search/", {"q": "paspor"})
    finally:
        _elasticsearch.cache_clear()
    assert response.status_code == 200 and api.status_code == 200
    assert api.json()["results"][0]["key"] in {"paspor-baru", "penggantian-paspor"}
    assert "index_not_found" in caplog.text and "uses the embedded engine" in caplog.text
