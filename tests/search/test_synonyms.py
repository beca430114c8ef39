"""The synonym dictionary is content: validated in the admin, effective at once."""

from django.core.exceptions import ValidationError

import pytest

from search.models import Synonym
from search.query import build_plan
from search.searching import ServiceSearch

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]


def test_default_dictionary_is_seeded():
    assert Synonym.objects.count() > 100
    imb = Synonym.objects.get(language="id", normalized_term="imb")
    assert "pbg" in imb.meaning_list()


def test_duplicate_terms_are_rejected():
    entry = Synonym(language="id", term="IMB", means="pbg")
    with pytest.raises(ValidationError, match="already in the dictionary"):
        entry.full_clean()


def test_a_term_cannot_mean_itself():
    with pytest.raises(ValidationError, match="synonym of itself"):
        Synonym(language="id", term="loket baru", means="loket baru, antrean").full_clean()


def test_loops_are_rejected():
    Synonym.objects.create(language="id", term="kartu sakti", means="kartu ajaib", kind="colloquial")
    with pytest.raises(ValidationError, match="loop"):
        Synonym(language="id", term="kartu ajaib", means="kartu sakti").full_clean()


def test_query_expands_a_phrase_with_its_meanings():
    plan = build_plan("surat kelakuan baik", "id")
    assert len(plan.groups) == 1
    assert ("skck",) in plan.groups[0].alternatives


@pytest.mark.usefixtures("demo")
def test_a_new_synonym_works_at_once_without_reindexing():
    assert not ServiceSearch("zorro bintang", "id").run().count
    entry = Synonym(language="id", term="zorro bintang", means="skck", kind="colloquial")
    entry.full_clean()
    entry.save()
    results = ServiceSearch("zorro bintang", "id").run()
    assert results.results[0]["key"] == "skck"
