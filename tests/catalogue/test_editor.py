"""The editor, through the real Wagtail admin over HTTP."""

from django.contrib.auth import get_user_model

import pytest

from catalogue.models import MPPLocationPage
from tests import factories
from tests.helpers import edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("editor-admin", "", "pw-for-tests")
    client.force_login(user)
    return client


@pytest.fixture
def tree():
    home = factories.home_page()
    location = factories.mpp_page(home)
    agency = factories.agency_page(location, counters=(1, 2))
    other = factories.agency_page(factories.mpp_page(home), slug="bpn", counters=(31,))
    return home, location, agency, other


def test_service_editor_offers_only_this_mpps_counters(admin_client, tree):
    _home, location, agency, _other = tree
    service = factories.service_page(agency)
    response = admin_client.get(f"/admin/pages/{service.pk}/edit/")
    assert response.status_code == 200
    field = response.context["form"].fields["counters"]
    numbers = sorted(counter.number for counter in field.queryset)
    assert numbers == [1, 2]
    assert all(counter.page_id == location.pk for counter in field.queryset)


def test_add_form_for_a_service_under_an_agency_opens(admin_client, tree):
    _home, _location, agency, _other = tree
    response = admin_client.get(f"/admin/pages/add/catalogue/servicepage/{agency.pk}/")
    assert response.status_code == 200
    assert sorted(c.number for c in response.context["form"].fields["counters"].queryset) == [1, 2]


@pytest.mark.parametrize(
    ("page_type", "parent_index"),
    [("servicepage", 1), ("servicepage", 0), ("agencypage", 0), ("mpplocationpage", 1)],
)
def test_admin_refuses_pages_in_the_wrong_place(admin_client, tree, page_type, parent_index):
    parent = tree[parent_index]
    response = admin_client.get(f"/admin/pages/add/catalogue/{page_type}/{parent.pk}/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/" in response["Location"] and page_type not in response["Location"]


def test_mpp_editor_page_renders_with_counters_and_hours(admin_client, tree):
    _home, location, _agency, _other = tree
    response = admin_client.get(f"/admin/pages/{location.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "counters-TOTAL_FORMS" in html
    assert "opening_hours-TOTAL_FORMS" in html
    assert MPPLocationPage.objects.get(pk=location.pk).counters.count() == 2


def test_editor_sees_a_clear_message_and_nothing_is_saved(admin_client, tree):
    _home, _location, agency, _other = tree
    service = factories.service_page(agency)
    data = edit_form_data(service)
    data["duration_unit"] = ""
    data["title"] = "Judul yang tidak boleh tersimpan"
    response = admin_client.post(f"/admin/pages/{service.pk}/edit/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pilih satuan lama proses" in html  # the admin speaks the site language, Indonesian
    service.refresh_from_db()
    assert service.title == "Akta Kelahiran"
    assert service.get_latest_revision().content["title"] == "Akta Kelahiran"


def test_editor_saves_a_valid_change_as_a_draft_without_publishing(admin_client, tree, client):
    _home, _location, agency, _other = tree
    service = factories.service_page(agency)
    data = edit_form_data(service)
    data["summary"] = "Ringkasan baru yang masih draf."
    response = admin_client.post(f"/admin/pages/{service.pk}/edit/", data)
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.has_unpublished_changes
    assert service.get_latest_revision().content["summary"] == "Ringkasan baru yang masih draf."
    public = client.get(service.url)
    assert public.status_code == 200 and "Ringkasan baru" not in public.content.decode()
