"""The facet registry: each facet declared once, and everything else made from it."""

from django.utils import translation

import django_filters
import pytest

from search.facets import FACETS, Bands, Flag, Slug, Slugs, duration_band
from search.filters import SearchFilterSet, engine_filters
from search.searching import ServiceSearch

# A broad query that every facet has values for in the demo catalogue.
BROAD = "surat"


def test_kinds_turn_a_raw_column_into_the_facets_values():
    assert Slug().values("mpp-kudus") == ["mpp-kudus"]
    assert Slugs().values("kelahiran pindah") == ["kelahiran", "pindah"]
    assert Slugs().values("") == []
    fee = Flag(true=("free", "Free"), false=("paid", "Paid"))
    # As the ORM, SQLite ("1"/"0") and PostgreSQL ("true"/"false") give a boolean column back.
    assert [fee.values(raw) for raw in (True, "1", "true", False, "0", "false", None)] == [
        ["free"],
        ["free"],
        ["free"],
        ["paid"],
        ["paid"],
        ["paid"],
        [],
    ]
    bands = Bands([("short", "Short", 0, 10), ("long", "Long", 11, None)])
    assert [bands.values(raw) for raw in (0, "10", 11, 10_000, None)] == [["short"], ["short"], ["long"], ["long"], []]
    assert duration_band(24 * 60) == "same_day" and duration_band(24 * 60 + 1) == "week"


def test_every_facet_has_a_label_and_fixed_values_have_labels_in_both_languages():
    assert len({facet.name for facet in FACETS}) == len(FACETS)
    for facet in FACETS:
        assert str(facet.label), facet.name
        assert facet.choices or facet.catalogue, facet.name
    fixed = [facet for facet in FACETS if facet.choices]
    assert {facet.name for facet in fixed} == {"fee", "online", "duration"}
    with translation.override("en"):
        english = {facet.name: {value: str(label) for value, label in facet.labels("en").items()} for facet in fixed}
    with translation.override("id"):
        indonesian = {facet.name: {value: str(label) for value, label in facet.labels("id").items()} for facet in fixed}
    assert english["fee"] == {"free": "Free of charge", "paid": "Paid"}
    assert indonesian["fee"] == {"free": "Gratis", "paid": "Berbayar"}
    assert indonesian["duration"]["same_day"] == "Hari yang sama"
    for facet in fixed:
        assert english[facet.name].keys() == indonesian[facet.name].keys() == dict(facet.choices).keys()


@pytest.mark.django_db
def test_every_facet_is_a_filter_of_the_filterset():
    filterset = SearchFilterSet({})
    assert [name for name in filterset.filters if name in {facet.name for facet in FACETS}] == [f.name for f in FACETS]
    for facet in FACETS:
        kind = django_filters.MultipleChoiceFilter if facet.multiple else django_filters.ChoiceFilter
        assert isinstance(filterset.filters[facet.name], kind), facet.name
        assert filterset.filters[facet.name].label == facet.label
    # Aliases are accepted and given to the engines as the facet's value.
    filterset = SearchFilterSet({"online": "true", "fee": "free", "duration": "week"})
    assert filterset.is_valid()
    assert engine_filters(filterset.form.cleaned_data) == {"fee": ["free"], "online": ["yes"], "duration": ["week"]}
    assert not SearchFilterSet({"online": "maybe"}).is_valid()


@pytest.mark.usefixtures("demo")
def test_every_facet_is_counted_and_shown_in_the_filter_panel(client):
    found = ServiceSearch(BROAD, "id").run()
    assert list(found.facets) == [facet.name for facet in FACETS]
    assert all(found.facets.values()), found.facets
    with translation.override("id"):
        html = client.get("/id/cari/", {"q": BROAD}).content.decode()
        for facet in FACETS:
            assert f"<legend>{facet.label}</legend>" in html, facet.name
            kind = "checkbox" if facet.multiple else "radio"
            for value in found.facets[facet.name]:
                assert f'<input type="{kind}" name="{facet.name}" value="{value}"' in html, (facet.name, value)
    assert '<input type="radio" name="fee" value="free"> Gratis' in html


@pytest.mark.usefixtures("demo")
def test_facets_count_under_the_other_filters():
    everything = ServiceSearch("pajak", "id").run()
    kudus = ServiceSearch("pajak", "id", filters={"mpp": ["mpp-kudus"], "fee": ["free"]}).run()
    # The MPP facet ignores the MPP filter but applies the fee filter, and the other way round.
    assert kudus.facets["mpp"]["mpp-kudus"] <= everything.facets["mpp"]["mpp-kudus"]
    assert set(kudus.facets["mpp"]) > {"mpp-kudus"}
    assert set(kudus.facets["fee"]) >= {"free"}
    assert all(offer["mpp"] == "mpp-kudus" for r in kudus.results for offer in r["offers"])


@pytest.mark.usefixtures("demo")
def test_filters_combine():
    results = ServiceSearch("bpjs", "id", filters={"agency": ["bpjs-kesehatan"], "online": ["yes"]}).run().results
    assert results
    assert {r["key"] for r in results} <= {"pendaftaran-bpjs-kesehatan", "pindah-faskes-bpjs-kesehatan"}


def test_facet_counts_stay_right_with_several_filters(es_engine):
    filters = {"mpp": ["mpp-kudus"], "fee": ["free"]}
    elastic = ServiceSearch("pajak", "id", filters=filters, engine="elasticsearch").run()
    embedded = ServiceSearch("pajak", "id", filters=filters, engine="embedded").run()
    assert elastic.facets == embedded.facets
    assert set(elastic.facets["mpp"]) > {"mpp-kudus"}  # the MPP facet ignores its own filter
    assert all(o["mpp"] == "mpp-kudus" for r in elastic.results for o in r["offers"])


def test_both_engines_filter_and_count_every_facet_alike(es_engine):
    everything = ServiceSearch(BROAD, "id", engine="embedded").run()
    assert ServiceSearch(BROAD, "id", engine="elasticsearch").run().facets == everything.facets
    for facet in FACETS:
        for value in everything.facets[facet.name]:
            runs = {
                engine: ServiceSearch(BROAD, "id", filters={facet.name: [value]}, engine=engine, page_size=50).run()
                for engine in ("embedded", "elasticsearch")
            }
            embedded, elastic = runs["embedded"], runs["elasticsearch"]
            assert elastic.facets == embedded.facets, (facet.name, value)
            assert elastic.count == embedded.count, (facet.name, value)
            assert {r["key"] for r in elastic.results} == {r["key"] for r in embedded.results}, (facet.name, value)
            # A filter narrows to the documents that count under the value.
            assert embedded.count <= everything.count
            assert embedded.facets[facet.name] == everything.facets[facet.name], "a facet ignores its own filter"


@pytest.mark.usefixtures("demo")
def test_a_value_given_by_an_alias_is_checked_in_the_filter_panel(client):
    html = client.get("/en/search/", {"q": "bpjs", "online": "true"}).content.decode()
    assert '<input type="radio" name="online" value="yes" checked>' in html
    assert '<input type="hidden" name="online" value="true">' in html  # kept as given for the next query


def test_an_empty_choice_passes_nothing_in_both_engines(es_engine):
    """What a regency domain asks for when the chosen MPP is not one it serves."""
    for engine in ("embedded", "elasticsearch"):
        found = ServiceSearch(BROAD, "id", filters={"mpp": []}, engine=engine).run()
        assert (found.count, found.results) == (0, []), engine
