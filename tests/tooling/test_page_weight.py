"""The performance budget: service, plan and MPP pages are at most 40 KB compressed with CSS and JS."""

import pytest

from tooling.pages import BUDGET, key_pages
from tooling.weight import BUDGET_BYTES, page_weight, referenced_assets, third_party_loads

pytestmark = pytest.mark.usefixtures("demo")


@pytest.mark.parametrize("language", ["id", "en"])
def test_key_pages_fit_the_budget_without_third_party_requests(client, language):
    pages = key_pages(language)
    for name in BUDGET:
        url = pages[name]
        response = client.get(url)
        assert response.status_code == 200, url
        weight = page_weight(response.content)
        assert any(asset.endswith(".css") for asset in weight["assets"]), "the stylesheet is counted"
        assert weight["total"] <= BUDGET_BYTES, f"{name} {url}: {weight}"
        assert third_party_loads(response.content.decode()) == [], url


def test_weight_counts_every_stylesheet_and_script():
    html = b'<link rel="stylesheet" href="/static/portal/portal.css"><script src="/static/portal/suggest.js" defer>'
    assert referenced_assets(html.decode()) == ["/static/portal/portal.css", "/static/portal/suggest.js"]
    weight = page_weight(html)
    assert set(weight["assets"]) == {"/static/portal/portal.css", "/static/portal/suggest.js"}
    assert weight["total"] == weight["html"] + sum(weight["assets"].values())


def test_third_party_loads_are_detected():
    assert third_party_loads('<script src="https://cdn.example.com/x.js"></script>')
    assert not third_party_loads('<a href="https://www.openstreetmap.org/">map</a>')
