"""Results name agencies briefly and truly: a short name, no one MPP's agency on a grouped result,
and a tax on the citizen's own bill is never "free"."""

import re

import pytest

from search.searching import ServiceSearch
from tests.helpers import agency

pytestmark = pytest.mark.usefixtures("demo")


def test_agencies_have_a_short_name_in_both_languages():
    assert agency("dukcapil", "mpp-jembrana").short_name == "Disdukcapil Jembrana"
    assert agency("dukcapil", "mpp-jembrana", "en").short_name == "Disdukcapil Jembrana"
    assert agency("kpp", "mpp-kudus").short_name == "KPP Pratama Kudus"


def test_a_result_at_one_mpp_names_its_agency_briefly():
    [result] = [r for r in ServiceSearch("akta kelahiran", "id", filters={"mpp": ["mpp-jembrana"]}).run().results][:1]
    assert result["agency"] == "Disdukcapil Jembrana"


def item(html, href):
    """The result list item that links to ``href``."""
    for match in re.finditer(r'<li class="service-item">.*?</li>', html, re.S):
        if href in match.group(0):
            return match.group(0)
    raise AssertionError(href)


@pytest.mark.parametrize("path", ["/id/cari/", "/en/search/"])
def test_a_grouped_result_names_no_one_mpps_agency(client, path):
    html = client.get(path, {"q": "perpanjangan sim", "mpp": "all"}).content.decode()
    result = item(html, "perpanjangan-sim")
    assert "Polres ·" in result
    for place in ("Jembrana", "Karangasem", "Buleleng", "Kudus"):
        assert f"Polres {place}" not in result and f"Kepolisian Resor Kabupaten {place}" not in result


@pytest.mark.parametrize("path, free, varies", [
    ("/id/cari/", "Gratis", "Tergantung tagihan atau penetapan Anda"),
    ("/en/search/", "Free of charge", "Depends on your bill or assessment"),
])  # fmt: skip
def test_property_tax_is_never_labelled_free(client, path, free, varies):
    html = client.get(path, {"q": "pbb", "mpp": "mpp-jembrana"}).content.decode()
    assert free not in item(html, "/pbb-p2/")
    service = client.get(re.search(r'href="([^"]*/pbb-p2/)"', html).group(1)).content.decode()
    assert varies in service and free not in service.split("</dl>")[0]
