"""Relevance of the embedded engine (the default) on the sample and the test set of queries."""

import pytest

from tooling import relevance

pytestmark = pytest.mark.usefixtures("demo")


def test_the_sample_copy_matches_the_spec_when_it_is_beside_the_repository():
    if relevance.SHARED_SAMPLE.exists():
        assert relevance.load_queries(relevance.SAMPLE) == relevance.load_queries(relevance.SHARED_SAMPLE)
    assert len(relevance.load_queries(relevance.SAMPLE)) == 27


def test_relevance_on_the_sample_and_the_test_set():
    queries = relevance.default_queries()
    assert len(queries) >= 100
    metrics = relevance.evaluate(relevance.portal_search("embedded"), queries)
    assert metrics.success_at_3 >= 0.95, metrics.misses
