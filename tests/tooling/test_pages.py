"""The demo's key pages (tooling.pages) exist in both languages and show what they are chosen for."""

import pytest

from tooling.management.commands.bench_pages import Command as BenchPages
from tooling.management.commands.screenshots import screenshot_pages
from tooling.pages import BUDGET, PLAN, key_pages

pytestmark = pytest.mark.usefixtures("demo")


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_key_page_answers_in_its_language(client, language):
    for name, url in key_pages(language).items():
        response = client.get(url)
        assert response.status_code == (404 if name == "404" else 200), url
        assert f'lang="{language}"' in response.content.decode()[:200], url


def test_the_plan_has_services_from_several_agencies_and_one_offered_elsewhere(client):
    plan = client.get(key_pages("en")["plan"]).context["plan"]
    here = plan.service_keys
    assert set(here) == set(PLAN) - {"paspor-baru"}
    assert here.index("kartu-keluarga") < here.index("kartu-identitas-anak"), "the producer comes first"
    assert len({service.get_parent().pk for service in plan.services}) == 3
    assert [item["key"] for item in plan.elsewhere] == ["paspor-baru"]


def test_the_commands_take_their_pages_from_the_one_list():
    pages = {**BenchPages.pages("id"), **BenchPages.pages("en")}
    assert sorted(pages.values()) == sorted(key_pages(lang)[name] for lang in ("id", "en") for name in BUDGET)
    shots = screenshot_pages()
    assert set(shots) == set(key_pages("id"))
    assert shots["mpp"] == key_pages("id")["mpp"] + "#counter-map"
    assert shots["service"] == key_pages("en")["service"]


def test_the_not_here_page_says_so_and_where_to_go(client):
    html = client.get(key_pages("en")["not-here"]).content.decode()
    assert "Not at Jember Public Service Mall (MPP)" in html
    assert "Jember Police driving licence office (Satpas)" in html
