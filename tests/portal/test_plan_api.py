"""``GET /api/v1/plan/``: the visit plan as JSON, from the same plan as the page, over real HTTP."""

import datetime as dt

import pytest

pytestmark = pytest.mark.usefixtures("demo")

KUDUS = "mpp=mpp-kudus&s=paspor-baru&s=perpanjangan-sim&s=skck"
JEMBRANA = "mpp=mpp-jembrana&s=kartu-keluarga&s=akta-kelahiran&s=perekaman-ktp-el"


def api(client, query, status=200):
    response = client.get(f"/api/v1/plan/?{query}")
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


@pytest.mark.parametrize("language", ["id", "en"])
def test_fees_are_a_range_until_the_variants_are_chosen(client, language):
    data = api(client, f"{KUDUS}&lang={language}")
    assert (data["fees"]["min"], data["fees"]["max"], data["fees"]["exact"]) == (455000, 760000, None)
    passport = next(item for item in data["fees"]["items"] if item["service"] == "paspor-baru")
    assert [o["amount"] for o in passport["choices"][0]["options"]] == [350000, 650000]
    chosen = api(client, f"{KUDUS}&lang={language}&v=paspor-baru.1.2&v=perpanjangan-sim.1.1")
    assert chosen["fees"]["exact"] == 760000
    assert [s["key"] for s in chosen["services"]] == ["paspor-baru", "perpanjangan-sim", "skck"]


@pytest.mark.parametrize("language", ["id", "en"])
def test_conditional_documents_and_answers(client, language):
    data = api(client, f"{JEMBRANA}&lang={language}")
    asked = {group["condition"]: group for group in data["conditional"]}
    assert {"bercerai", "kk-hilang", "pindahan"} <= set(asked)
    assert all(group["question"].endswith("?") for group in asked.values())
    always = {line["document"] for line in data["always"]}
    divorce = asked["bercerai"]["items"][0]["document"]
    assert divorce not in always and asked["bercerai"]["items"][0]["for"] == ["kartu-keluarga"]
    answered = api(client, f"{JEMBRANA}&lang={language}&yes=bercerai&no=kk-hilang")
    assert divorce in {line["document"] for line in answered["always"]}
    assert {"bercerai", "kk-hilang"}.isdisjoint(group["condition"] for group in answered["conditional"])
    assert answered["answers"] == {"bercerai": True, "kk-hilang": False}
    # One of several documents: the birth notification letter or an SPTJM.
    one_of = [line for line in data["always"] if line["one_of"]]
    assert one_of and len(one_of[0]["one_of"]) == 2


def test_the_same_plan_in_both_languages_has_the_same_facts(client):
    indonesian, english = (api(client, f"{JEMBRANA}&lang={language}") for language in ("id", "en"))
    for data in (indonesian, english):
        for line in data["always"]:
            line.pop("document"), line.pop("one_of"), line.pop("amount"), line.pop("notes")
        for group in data["conditional"]:
            group.pop("label"), group.pop("question")
            for line in group["items"]:
                line.pop("document"), line.pop("one_of"), line.pop("amount"), line.pop("notes")
    assert indonesian["always"] == english["always"]
    assert indonesian["conditional"] == english["conditional"]
    assert [c["number"] for c in indonesian["counters"]] == [c["number"] for c in english["counters"]]
    assert indonesian["day"] == english["day"]


def test_counters_day_and_not_here(client):
    data = api(client, "mpp=mpp-karangasem&s=kartu-identitas-anak&s=paspor-baru&lang=en&day=2031-03-03")
    assert data["day"] == "2031-03-03" and data["open"]["periods"] and data["open"]["zone"] == "WITA"
    assert all(counter["services"] and counter["floor"] for counter in data["counters"])
    not_here = {item["key"]: item for item in data["not_here"]}
    if "paspor-baru" in not_here:  # not offered at Karangasem: where it is instead
        options = not_here["paspor-baru"]["options"]  # an office, online channels, other MPPs
        assert options and all(option["kind"] and option["name"] for option in options)
    assert data["mpp"]["key"] == "mpp-karangasem"


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("s=skck", "mpp"),
        ("mpp=mpp-kudus", "s"),
        ("mpp=mpp-kudus&s=SKCK!", "s"),
        ("mpp=mpp-kudus&s=skck&day=tomorrow", "day"),
        ("mpp=mpp-kudus&s=skck&day=2020-01-01", "day"),
        ("mpp=mpp-kudus&s=skck&v=skck", "v"),
        ("mpp=mpp-kudus&s=skck&yes=<b>", "yes"),
        ("mpp=mpp-kudus&s=skck&lang=fr", "lang"),
    ],
)
def test_invalid_parameters_are_a_400_that_names_them(client, query, field):
    assert field in api(client, query, status=400)["errors"]


def test_an_unknown_mpp_is_a_404_and_unknown_services_are_named(client):
    assert "mpp" in api(client, "mpp=mpp-atlantis&s=skck", status=404)["errors"]
    data = api(client, "mpp=mpp-kudus&s=skck&s=tidak-ada&yes=tidak-ditanya")
    assert data["unknown"] == ["tidak-ada"] and data["ignored"] == ["tidak-ditanya"]
    assert dt.date.fromisoformat(data["day"]) >= dt.date.today() - dt.timedelta(days=1)
