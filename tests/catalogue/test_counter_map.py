"""The counter map on MPP pages: an SVG per floor drawn from the counter data, with a plain list."""

import re

import pytest

from catalogue.counter_map import parse_highlight
from catalogue.models import MPPLocationPage, ServicePage

pytestmark = pytest.mark.usefixtures("demo")


def maps(html):
    return re.findall(r"<svg role=\"img\".*?</svg>", html, re.S)


def test_parse_highlight_ignores_anything_but_counter_numbers():
    assert parse_highlight("4, 5,x,,-1,123456,7") == {4, 5, 7}
    assert parse_highlight(None) == set()


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_floor_is_drawn_with_its_counters_and_listed_in_text(client, language):
    page = MPPLocationPage.objects.get(slug="mpp-jembrana", locale__language_code=language)
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
            if counter["agency"]:
                assert counter["agency"].acronym[:14] in svg
                assert f'id="counter-{counter["number"]}"' in html
        assert 'class="hl"' not in svg


def test_highlighted_counters_are_marked_in_the_map_and_the_list(client):
    page = MPPLocationPage.objects.get(slug="mpp-jembrana", locale__language_code="en")
    html = client.get(page.url + "?highlight=3,4,999,abc").content.decode()
    highlighted = re.findall(r'<g id="map-counter-(\d+)" class="hl">', html)
    assert highlighted == ["3", "4"]
    assert html.count("(your counter)") == 2
    assert "Your counters: 3, 4." in html


def test_service_page_links_to_its_counters_on_the_map(client):
    service = ServicePage.objects.get(slug="skck", locale__language_code="en", url_path__contains="jembrana")
    numbers = sorted(c.number for c in service.counters.all())
    html = client.get(service.url).content.decode()
    link = f"{service.location.url}?highlight={','.join(map(str, numbers))}#counter-{numbers[0]}"
    assert f'href="{link}"' in html
    target = client.get(link.split("#")[0]).content.decode()
    assert re.findall(r'<g id="map-counter-(\d+)" class="hl">', target) == [str(n) for n in numbers]
