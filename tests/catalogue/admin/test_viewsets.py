"""The *Services* listing with its completeness score (catalogue/admin/viewsets.py)."""

import pytest

from tests import factories
from tests.helpers import client_for, edit_form_data

pytestmark = pytest.mark.django_db


def test_services_listing_shows_a_completeness_score():
    location = factories.mpp_page(factories.home_page())
    agency = factories.agency_page(location)
    complete = factories.service_page(agency)
    draft = factories.service_page(agency, slug="kartu-keluarga", title="Kartu Keluarga")
    factories.reviewer(location, "reviewer")
    editor = client_for(factories.editor(agency).username)
    data = edit_form_data(draft)
    data.update({"duration_value": "", "duration_unit": "", "fee_kind": ""})
    assert editor.post(f"/admin/pages/{draft.pk}/edit/", data).status_code == 302  # an incomplete draft
    listing = client_for("reviewer").get("/admin/services/?q=akta")
    assert listing.status_code == 200
    assert "6/6" in listing.content.decode() and complete.title in listing.content.decode()
    assert "4/6" in editor.get("/admin/services/", {"q": draft.title}).content.decode()
