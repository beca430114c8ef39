"""Life events as step-by-step journeys: ordered steps, where each is done at the chosen MPP,
"add all to my visit", the same order in both languages, and the steps edited in the admin."""

import re
from urllib.parse import parse_qs, urlsplit

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from catalogue.models import LifeEvent, ServicePage
from tests.helpers import client_for, mpp

pytestmark = pytest.mark.django_db

BABY = ["akta-kelahiran", "kartu-keluarga", "kartu-identitas-anak", "pendaftaran-bpjs-kesehatan"]


def html(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def steps(page):
    return re.findall(r'<span class="journey-number">[^<]*</span> ([^<]+)</h3>', page)


def at_counters(slug):
    """Keys of the baby journey's services handled at the counters of MPP ``slug``."""
    here = ServicePage.objects.live().descendant_of(mpp(slug)).filter(slug__in=BABY, counters__isnull=False)
    found = set(here.values_list("slug", flat=True))
    return [key for key in BABY if key in found]


def test_a_life_event_is_a_journey_of_ordered_steps_in_both_languages(client, demo):
    english = steps(html(client, "/en/life-events/kelahiran/"))
    assert english == [
        "Get the birth certificate",
        "Add the child to the family card",
        "Get the child identity card (KIA)",
        "Register the child for health insurance (JKN)",
    ]
    assert steps(html(client, "/id/peristiwa/kelahiran/"))[0] == "Urus akta kelahiran"
    assert len(steps(html(client, "/id/peristiwa/kelahiran/"))) == len(english)


@pytest.mark.parametrize("language", ["id", "en"])
def test_at_the_chosen_mpp_each_step_says_where_and_everything_joins_one_visit(client, demo, language):
    path = "/id/peristiwa/kelahiran/" if language == "id" else "/en/life-events/kelahiran/"
    page = html(client, path, mpp="mpp-jembrana")
    location = mpp("mpp-jembrana", language)
    assert location.title in page
    assert re.search(r"(Loket|Counter) \d+, (Lantai|Floor) \d", page)
    add_all = re.search(
        r'<a class="button" href="([^"]+)">(Tambahkan semua ke kunjungan saya|Add all to my visit)</a>', page
    )
    query = parse_qs(urlsplit(add_all.group(1).replace("&amp;", "&")).query)
    assert query["s"] == at_counters("mpp-jembrana")


def test_a_step_not_offered_at_the_chosen_mpp_says_so_and_where_it_is(client, demo):
    lacking = next(
        slug for slug in ("mpp-jember", "mpp-buleleng", "mpp-karangasem", "mpp-kudus") if at_counters(slug) != BABY
    )
    page = html(client, "/en/life-events/kelahiran/", mpp=lacking)
    assert f"not at {mpp(lacking, 'en').title}." in page or "not at the MPP counters" in page


def test_without_an_mpp_the_journey_asks_for_one_and_an_unknown_one_is_ignored(client, demo):
    for params in ({}, {"mpp": "no-such-mpp"}):
        page = html(client, "/en/life-events/kelahiran/", **params)
        assert "Choose your MPP to see the counters" in page
        assert "Add all to my visit" not in page
        assert 'name="mpp"' in page and "offered at" in page


def test_the_national_catalogue_role_edits_the_steps_in_the_admin(demo):
    event = LifeEvent.objects.get(slug="kelahiran", locale__language_code="id")
    # Life events are shared by every MPP: the national catalogue role keeps them.
    reviewer = client_for("katalog-nasional")
    url = f"/admin/snippets/catalogue/lifeevent/edit/{event.pk}/"
    form = reviewer.get(url)
    assert form.status_code == 200 and "akta-kelahiran" in form.content.decode()
    services = {"count": 2, "0": {"value": "kartu-keluarga", "deleted": "", "order": "0"}}
    services["1"] = {"value": "akta-kelahiran", "deleted": "", "order": "1"}
    data = nested_form_data(
        {
            "name": event.name,
            "slug": event.slug,
            "description": event.description,
            "sort_order": event.sort_order,
            "steps": streamfield([("step", {"title": "Urus dokumen bayi", "services": services, "note": ""})]),
        }
    )
    response = reviewer.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    assert [list(block.value["services"]) for block in event.steps] == [["kartu-keluarga", "akta-kelahiran"]]
    wrong = data | {"steps-0-value-services-0-value": "no-such-service"}
    assert reviewer.post(url, wrong).status_code == 200
    event.refresh_from_db()
    assert [list(block.value["services"]) for block in event.steps] == [["kartu-keluarga", "akta-kelahiran"]]
