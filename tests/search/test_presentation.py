"""What the search shows: highlighted results with URLs for the Site, in the API's shape."""

import pytest

from search.presentation import highlight
from search.searching import ServiceSearch
from tests import factories


def test_highlight_marks_words_whose_analysed_form_matched_and_escapes_the_rest():
    terms = {"lahir", "akta"}  # what "akta kelahiran" is analysed to
    assert highlight("Akta Kelahiran <anak>", terms, "id") == "<mark>Akta</mark> <mark>Kelahiran</mark> &lt;anak&gt;"
    assert highlight("Birth <b>", set(), "en") == "Birth &lt;b&gt;"
    assert highlight("", terms, "id") == ""
    # A word of the page matches in either language: "certificates" on the Indonesian site.
    assert highlight("Birth certificates", {"certif"}, "id") == "Birth <mark>certificates</mark>"


@pytest.mark.django_db
def test_results_are_highlighted_with_urls_for_the_site_and_offers_without_one_are_counted():
    home = factories.home_page()
    agency = factories.agency_page(factories.mpp_page(home, slug="mpp-uji"))
    title = "Surat Keterangan Catatan Kepolisian (SKCK)"
    summary = "Untuk <melamar> kerja."
    factories.service_page(agency, slug="skck-uji", title=title, summary=summary)
    # The same service at an MPP under a home that no Site serves: no URL to show.
    hidden = factories.agency_page(factories.mpp_page(factories.home_page(served=False), slug="mpp-tanpa-situs"))
    factories.service_page(hidden, slug="skck-uji", title=title, summary=summary)
    result = next(r for r in ServiceSearch("skck", "id").run().results if r["key"] == "skck-uji")
    assert "<mark>SKCK</mark>" in result["highlights"]["title"]
    assert result["highlights"]["summary"] == "Untuk &lt;melamar&gt; kerja."
    assert result["url"].endswith("/mpp-uji/dukcapil/skck-uji/")
    assert [offer["mpp"] for offer in result["offers"]] == ["mpp-uji"]
    assert (result["offer_count"], result["more_offers"]) == (2, 1)
    assert set(result) == {
        *("key", "title", "url", "summary", "agency", "agency_key", "mpp", "mpp_slug", "counters", "fee_free"),
        *("highlights", "offers", "offer_count", "more_offers", "alerts"),
    }
