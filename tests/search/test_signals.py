"""The index follows Wagtail's page lifecycle, and the synonym dictionary works as soon as it is saved.

Small trees of their own; their slugs and words are not in the demo catalogue, which other
tests of the session may have loaded.
"""

import pytest

from search.models import SearchDocument, Synonym
from search.searching import ServiceSearch
from tests import factories
from tests.helpers import search_keys as keys

pytestmark = pytest.mark.django_db


@pytest.fixture
def agency():
    home = factories.home_page()
    return factories.agency_page(factories.mpp_page(home, slug="mpp-uji"))


def test_publishing_makes_a_change_searchable_at_once_and_drafts_never(agency):
    page = factories.service_page(agency, slug="skck-uji", title="Surat Keterangan Catatan Kepolisian (SKCK)")
    page.alternative_names += "\nzebrakuning"
    page.save_revision()  # a draft
    assert not keys("zebrakuning")
    page.get_latest_revision().publish()
    # Searched right after publish, with no wait or poll: the index is updated in the same request.
    assert keys("zebrakuning") == ["skck-uji"]


def test_a_draft_service_is_never_indexed(agency):
    page = factories.service_page(agency, slug="draf", title="Layanan zebrakuning", publish=False)
    assert not SearchDocument.objects.filter(page=page).exists()
    assert not keys("zebrakuning")


def test_unpublishing_removes_a_service_from_search(agency):
    title = "Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)"
    page = factories.service_page(agency, slug="bphtb-uji", title=title)
    elsewhere = factories.agency_page(factories.mpp_page(agency.get_parent().get_parent(), slug="mpp-lain"))
    factories.service_page(elsewhere, slug="bphtb-uji", title=title)
    assert SearchDocument.objects.filter(page=page).exists()
    page.unpublish()
    assert not SearchDocument.objects.filter(page=page).exists()
    results = ServiceSearch("bphtb", "id").run().results
    assert [o["mpp"] for r in results if r["key"] == "bphtb-uji" for o in r["offers"]] == ["mpp-lain"]


def test_renaming_an_mpp_reindexes_the_services_under_it(agency):
    factories.service_page(agency)
    location = agency.get_parent().specific
    location.title = "MPP Kabupaten Zebra"
    location.save_revision().publish()
    assert SearchDocument.objects.get(mpp="mpp-uji").mpp_title == "MPP Kabupaten Zebra"


def test_deleting_a_service_removes_it(agency):
    page = factories.service_page(agency)
    assert SearchDocument.objects.filter(page_id=page.pk).exists()
    page.delete()
    assert not SearchDocument.objects.filter(page_id=page.pk).exists()


def test_a_new_synonym_works_at_once_without_reindexing(agency, in_english):
    factories.service_page(agency, slug="kartu-zebra", title="Kartu Zebra")
    assert not ServiceSearch("zorro bintang", "id").run().count
    entry = Synonym(language="id", term="zorro bintang", means="kartu zebra", kind="colloquial")
    entry.full_clean()
    entry.save()
    results = ServiceSearch("zorro bintang", "id").run()
    assert results.results[0]["key"] == "kartu-zebra"
