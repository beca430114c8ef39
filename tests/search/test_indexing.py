"""What gets indexed, and how a service page becomes a document (``document_for``)."""

from wagtail.models import PageViewRestriction

import pytest

from search.facets import FACETS
from search.indexing import document_for, index_page
from search.models import SearchDocument
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def agency():
    return factories.agency_page(factories.mpp_page(factories.home_page(), slug="mpp-uji"))


def test_a_document_fills_every_facet_column_from_the_page(agency):
    event = factories.life_event(slug="kelahiran-uji")
    fees = [("fee", {"amount": 30000, "purpose": "Blanko", "legal_basis": ""})]
    page = factories.service_page(agency, slug="akta-uji", fee_kind="paid", fees=fees, life_events=[event])
    document = document_for(page)
    assert {facet.name: facet.values(document[facet.column]) for facet in FACETS} == {
        "mpp": ["mpp-uji"],
        "agency": ["dukcapil"],
        "category": ["kelahiran-uji"],
        "fee": ["paid"],
        "online": ["no"],
        "duration": ["week"],  # one working day is 7/5 of a day
    }
    assert document["key"] == "akta-uji"
    assert document["terms_title"] == "akta lahir"
    stored = SearchDocument.objects.values(*(facet.column for facet in FACETS)).get(page=page)
    assert stored == {facet.column: document[facet.column] for facet in FACETS}


def test_pages_with_view_restrictions_are_left_out(agency):
    page = factories.service_page(agency, slug="akta-uji")
    assert SearchDocument.objects.filter(page=page).exists()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    index_page(page)
    assert not SearchDocument.objects.filter(page=page).exists()
