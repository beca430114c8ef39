"""The query plan: cleaned and analysed once, with what every engine needs."""

import pytest

from search import analysis
from search.query import build_plan
from search.searching import ServiceSearch

pytestmark = pytest.mark.django_db


def test_a_query_is_cleaned_once_into_the_plan():
    plan = build_plan("  Paspor\x1b \t HILANG ", "id")
    assert plan.text == "Paspor HILANG"
    # Best bets and the query log read this key; Wagtail stores promoted queries the same way.
    assert plan.normalized == "paspor hilang"
    assert build_plan("x" * 300, "id").text == "x" * 200


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_fuzzy_term_is_the_word_in_the_querys_language(language):
    plan = build_plan("kelahran", language)
    expected = analysis.stem(analysis.canonical("kelahran", language), language)
    assert [group.fuzzy_term for group in plan.groups] == [expected]
    assert {"id": "lahran", "en": "kelahran"}[language] == expected


def test_no_fuzzy_term_for_acronyms_tokens_with_digits_or_phrases():
    assert [group.fuzzy_term for group in build_plan("skkc ak1 pbb-p2", "id").groups] == [None, None, None, None]
    phrase = build_plan("surat kelakuan baik", "id").groups
    assert len(phrase) == 1 and phrase[0].fuzzy_term is None


def test_query_expands_a_phrase_with_its_meanings():
    plan = build_plan("surat kelakuan baik", "id")
    assert len(plan.groups) == 1
    assert ("skck",) in plan.groups[0].alternatives


@pytest.mark.usefixtures("demo")
def test_did_you_mean_only_when_few_results_and_never_for_acronyms():
    assert ServiceSearch("pasporr", "id").run().suggestion in (None, "paspor")
    assert ServiceSearch("kelahran", "id").run().results
    assert ServiceSearch("sertifkat tnah", "id").run().count
    assert ServiceSearch("skkc", "id").run().suggestion is None  # an acronym-looking token is left alone
    assert ServiceSearch("ktp", "id").run().suggestion is None
