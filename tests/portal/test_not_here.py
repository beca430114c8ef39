"""No dead ends on the service page and in the plan: "not at MPP X", then where to go instead."""

import pytest

from tests.helpers import service
from tests.portal.test_visit import plan_path, text

pytestmark = pytest.mark.usefixtures("demo")

EXPECTED = {
    "id": ("Tidak ada di MPP Kabupaten Jember", "Satpas Polres Jember"),
    "en": ("Not at Jember Public Service Mall (MPP)", "Jember Police driving licence office (Satpas)"),
}


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_service_page_tells_a_citizen_of_another_mpp_where_to_go(client, language):
    page = service("perpanjangan-sim", "mpp-jembrana", language)
    assert EXPECTED[language][0] not in client.get(page.url).content.decode()
    client.cookies["mpp"] = "mpp-jember"  # chosen in the search
    html = client.get(page.url).content.decode()
    heading, office = EXPECTED[language]
    assert heading in text(html)
    box = html[html.index('id="not-here-perpanjangan-sim"') :]
    assert box.index(office) < box.index("korlantas.polri.go.id") < box.index("/mpp-buleleng/polres/")


def test_no_not_here_when_the_chosen_mpp_offers_the_service(client):
    client.cookies["mpp"] = "mpp-kudus"
    html = client.get(service("perpanjangan-sim", "mpp-jembrana", "en").url).content.decode()
    assert "Not at" not in html


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_plan_says_not_here_with_satpas_first_then_the_nearest_mpps(client, language):
    html = client.get(plan_path(language, "mpp-jember", ["kartu-keluarga", "perpanjangan-sim"])).content.decode()
    section = html.split('aria-labelledby="elsewhere-heading"', 1)[1].split("</section>", 1)[0]
    heading, office = EXPECTED[language]
    assert heading in section
    assert section.index(office) < section.index("/mpp-jembrana/polres/perpanjangan-sim/")
    assert "km" in section
