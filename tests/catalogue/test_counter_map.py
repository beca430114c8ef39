"""The counter map on MPP pages: an SVG per floor drawn from the counter data, with a plain list."""

import re

import pytest

from catalogue.counter_map import parse_highlight
from catalogue.models import MPPLocationPage
from tests import factories


def maps(html):
    return re.findall(r"<svg role=\"img\".*?</svg>", html, re.S)


@pytest.fixture
def tree(db):
    """An MPP on two floors: Dukcapil at counters 1 and 2 downstairs, the police at 3 and 4 upstairs,
    in Indonesian and English."""
    home = factories.home_page()
    location = factories.mpp_page(home, floors=(1, 2))
    dukcapil = factories.agency_page(location, counters=(1, 2))
    polres = factories.agency_page(
        location, slug="polres", title="Kepolisian Resor", acronym="Polres", counters=(3, 4), floor=2
    )
    service = factories.service_page(polres, slug="skck", title="SKCK")
    home_en = factories.translation(home)
    location_en = factories.translation(MPPLocationPage.objects.get(pk=location.pk))
    for agency in (dukcapil, polres):
        factories.translation(agency, {agency.title: f"{agency.title} (English)"})
    return {"id": location, "en": location_en}, service, home_en


def test_parse_highlight_ignores_anything_but_counter_numbers():
    assert parse_highlight("4, 5,x,,-1,123456,7") == {4, 5, 7}
    assert parse_highlight(None) == set()


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_floor_is_drawn_with_its_counters_and_listed_in_text(client, tree, language):
    page = MPPLocationPage.objects.get(pk=tree[0][language].pk)
    html = client.get(page.url).content.decode()
    svgs = maps(html)
    floors = page.counters_by_floor()
    assert len(svgs) == len(floors) == 2
    for svg, (name, counters) in zip(svgs, floors, strict=True):
        assert f'<title id="map-title-{counters[0]["floor_level"]}">' in svg and name in svg
        assert "aria-labelledby=" in svg and "<desc" in svg
        drawn = [int(n) for n in re.findall(r'class="n">(\d+)</text>', svg)]
        assert drawn == [c["number"] for c in counters]
        for counter in counters:
            assert counter["agency"].locale_id == page.locale_id  # named in the page's language
            assert counter["agency"].acronym[:14] in svg
            assert f'id="counter-{counter["number"]}"' in html
        assert 'class="hl"' not in svg


def test_highlighted_counters_are_marked_in_the_map_and_the_list(client, tree, in_english):
    page = tree[0]["en"]
    html = client.get(page.url + "?highlight=3,4,999,abc").content.decode()
    highlighted = re.findall(r'<g id="map-counter-(\d+)" class="hl">', html)
    assert highlighted == ["3", "4"]
    assert html.count("(your counter)") == 2
    assert "Your counters: 3, 4." in html


def test_highlight_with_other_digits_is_ignored_not_a_500(client, tree):
    page = tree[0]["en"]
    for value in ["²", "٣,4", "99999999999999999999999", "-3"]:
        response = client.get(page.url, {"highlight": value})
        assert response.status_code == 200, value


def test_service_page_links_to_its_counters_on_the_map(client, tree):
    _locations, service, _home_en = tree
    numbers = sorted(c.number for c in service.counters.all())
    assert numbers == [3, 4]
    html = client.get(service.url).content.decode()
    link = f"{service.location.url}?highlight={','.join(map(str, numbers))}#counter-{numbers[0]}"
    assert f'href="{link}"' in html
    target = client.get(link.split("#")[0]).content.decode()
    assert re.findall(r'<g id="map-counter-(\d+)" class="hl">', target) == [str(n) for n in numbers]
