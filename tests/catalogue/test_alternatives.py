"""Services handled elsewhere: the reviewers' rows on the MPP page, edited in the admin over HTTP,
and the "not at this MPP" answer built from them (catalogue/alternatives.py)."""

from django.contrib.auth import get_user_model

import pytest

from catalogue.alternatives import distance_km, not_here
from catalogue.models import MPPLocationPage, ServiceElsewhere
from tests import factories
from tests.helpers import edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("elsewhere-admin", "", "pw-for-tests")
    client.force_login(user)
    return client


@pytest.fixture
def tree():
    """MPP Sini offers birth certificates; MPP Sana, 30 km away, also offers passports."""
    home = factories.home_page()
    here = factories.mpp_page(home, slug="mpp-sini", latitude="-8.000000", longitude="115.000000")
    factories.service_page(factories.agency_page(here, counters=(1,)))
    there = factories.mpp_page(home, slug="mpp-sana", latitude="-8.270000", longitude="115.000000")
    factories.service_page(factories.agency_page(there, counters=(1,)))
    factories.service_page(
        factories.agency_page(there, slug="imigrasi", counters=(2,)), slug="paspor-uji", title="Paspor Uji"
    )
    return here, there


def elsewhere_rows(data, rows):
    data["elsewhere-TOTAL_FORMS"] = str(len(rows))
    data["elsewhere-INITIAL_FORMS"] = "0"
    blank = {"kind": "office", "address": "", "hours": "", "phone": "", "url": "", "note": ""}
    for number, row in enumerate(rows):
        for name, value in {**blank, **row}.items():
            data[f"elsewhere-{number}-{name}"] = value
        data[f"elsewhere-{number}-ORDER"] = str(number + 1)
    return data


def test_the_mpp_editor_renders_and_saves_services_handled_elsewhere(admin_client, tree):
    here, _there = tree
    html = admin_client.get(f"/admin/pages/{here.pk}/edit/").content.decode()
    assert "elsewhere-TOTAL_FORMS" in html
    data = elsewhere_rows(
        edit_form_data(here),
        [
            {"service_key": "paspor-uji", "name": "Kantor Imigrasi Sini", "address": "Jalan Raya 1, Sini"},
            {"service_key": "paspor-uji", "kind": "online", "name": "M-Paspor", "url": "https://www.imigrasi.go.id"},
        ],
    )
    data["action-publish"] = "1"
    response = admin_client.post(f"/admin/pages/{here.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    rows = MPPLocationPage.objects.get(pk=here.pk).elsewhere.order_by("sort_order")
    assert [(row.kind, row.name) for row in rows] == [("office", "Kantor Imigrasi Sini"), ("online", "M-Paspor")]


@pytest.mark.parametrize(
    "key, message",
    [
        ("paspor-lama", "bukan layanan dalam katalog"),
        ("akta-kelahiran", "ada di MPP ini"),
    ],
)
def test_a_row_must_name_a_catalogue_service_this_mpp_lacks(admin_client, tree, key, message):
    here, _there = tree
    data = elsewhere_rows(edit_form_data(here), [{"service_key": key, "name": "Kantor"}])
    data["action-publish"] = "1"
    response = admin_client.post(f"/admin/pages/{here.pk}/edit/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ServiceElsewhere.objects.filter(page=here).exists()


def test_not_here_lists_recorded_options_then_the_nearest_mpps(tree):
    here, there = tree
    here.elsewhere = [
        ServiceElsewhere(service_key="paspor-uji", name="Kantor Imigrasi Sini", address="Jalan Raya 1"),
        ServiceElsewhere(service_key="paspor-uji", kind="online", name="M-Paspor", url="https://www.imigrasi.go.id"),
    ]
    here.save_revision().publish()
    [answer] = not_here(MPPLocationPage.objects.get(pk=here.pk), ["paspor-uji", "akta-kelahiran", "tidak-ada"])
    assert answer["key"] == "paspor-uji" and answer["title"] == "Paspor Uji"
    kinds = [(option["kind"], option["name"]) for option in answer["options"]]
    assert kinds == [("office", "Kantor Imigrasi Sini"), ("online", "M-Paspor"), ("mpp", there.title)]
    assert answer["options"][0]["map_url"].startswith("https://www.openstreetmap.org/search?")
    assert answer["options"][2]["distance_km"] == 30
    assert distance_km(here, there) == 30
