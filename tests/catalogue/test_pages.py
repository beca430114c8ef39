"""Public pages over real HTTP: every demo service page answers where, what, cost and time first."""

import json
import re

from wagtail.models import Locale

import pytest

from catalogue.models import MPPLocationPage, ServicePage
from portal.templatetags.portal_tags import rupiah
from tests.helpers import service

pytestmark = pytest.mark.usefixtures("demo")

COUNTER_WORD = {"id": "Loket", "en": "Counter"}
FREE_WORD = {"id": "Gratis", "en": "Free of charge"}


def answer_box(html):
    match = re.search(r'<section class="answer".*?</section>', html, re.DOTALL)
    assert match, "the answer-first box is missing"
    return match.group(0)


def structured_data(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_service_page_shows_counter_fees_duration_and_checklist(client, language):
    services = ServicePage.objects.live().filter(locale__language_code=language)
    assert services.count() >= 100
    for page in services:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        box = answer_box(html)
        for counter in page.counters.all():
            assert f"{COUNTER_WORD[language]} {counter.number}" in box, page.url
        if page.is_free:
            assert FREE_WORD[language] in box, page.url
        always, choices = page.fee_parts()
        for fee in [*always, *(option for choice in choices for option in choice["options"])]:
            assert rupiah(fee["amount"]) in box, page.url
        assert page.duration_text in box, page.url
        for block in page.requirements:
            for document in page.block_documents(block):
                assert document["document"].name in box.replace("&#x27;", "'"), page.url
        assert f'<html lang="{language}">' in html


def test_service_page_links_a_missing_document_to_the_service_that_issues_it(client):
    page = ServicePage.objects.get(
        slug="kartu-identitas-anak", locale__language_code="id", url_path__contains="jembrana"
    )
    html = client.get(page.url).content.decode()
    kk = service("kartu-keluarga")
    assert f'href="{kk.url}"' in answer_box(html)


def test_language_switch_stays_on_the_same_page_and_hreflang_lists_both(client):
    page = ServicePage.objects.get(slug="skck", locale__language_code="id", url_path__contains="kudus")
    english = page.get_translation(Locale.objects.get(language_code="en"))
    html = client.get(page.url).content.decode()
    assert f'href="{english.url}" hreflang="en"' in html
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{english.url}">' in html
    assert f'<link rel="alternate" hreflang="id" href="http://testserver{page.url}">' in html
    assert 'hreflang="x-default"' in html


def test_service_json_ld_describes_the_government_service(client):
    page = ServicePage.objects.get(slug="skck", locale__language_code="en", url_path__contains="jembrana")
    data = structured_data(client.get(page.url).content.decode())
    assert data["@type"] == "GovernmentService"
    assert data["name"] == page.title
    assert data["provider"]["name"] == page.agency.title
    assert data["serviceOperator"]["name"] == page.location.operator_name
    assert data["areaServed"]["name"] == page.location.regency
    counter_channel = data["availableChannel"][0]
    assert counter_channel["processingTime"] == page.duration_iso
    assert counter_channel["serviceLocation"]["@type"] == "GovernmentOffice"
    assert counter_channel["serviceLocation"]["geo"]["latitude"] == float(page.location.latitude)
    for counter in page.counters.all():
        assert f"Counter {counter.number}" in counter_channel["description"]
    assert {"dayOfWeek": "https://schema.org/Friday", "opens": "13:00", "closes": "15:00"}.items() <= next(
        spec for spec in data["hoursAvailable"] if spec.get("opens") == "13:00"
    ).items()
    assert [offer["price"] for offer in data["offers"]] == [b.value["amount"] for b in page.fees] == [30000]
    assert data["offers"][0]["priceCurrency"] == "IDR"
    assert data["offers"][0]["description"] == page.fees[0].value["purpose"]


def test_mpp_json_ld_is_a_government_office_with_hours(client):
    page = MPPLocationPage.objects.get(slug="mpp-buleleng", locale__language_code="id")
    data = structured_data(client.get(page.url).content.decode())
    assert data["@type"] == "GovernmentOffice"
    assert data["address"]["addressCountry"] == "ID"
    assert data["geo"]["longitude"] == float(page.longitude)
    days = {spec.get("dayOfWeek") for spec in data["openingHoursSpecification"]}
    assert "https://schema.org/Saturday" in days
    assert any(spec.get("validFrom") == "2026-12-25" for spec in data["openingHoursSpecification"])


def test_mpp_page_lists_floors_counters_agencies_and_a_map_link(client):
    page = MPPLocationPage.objects.get(slug="mpp-jembrana", locale__language_code="en")
    html = client.get(page.url).content.decode()
    assert "Floor 1" in html and "Floor 2" in html
    assert "Counter 1" in html
    assert "https://www.openstreetmap.org/?mlat=" in html
    assert "geo:-8.357300,114.626400" in html
    assert "Opening hours (WITA)" in html


def test_agency_page_shows_its_counters_and_services(client):
    page = ServicePage.objects.get(slug="skck", locale__language_code="id", url_path__contains="jembrana").agency
    html = client.get(page.url).content.decode()
    assert "loket 6" in html and "loket 7" in html
    assert "Surat Keterangan Catatan Kepolisian (SKCK)" in html


def test_life_event_page_lists_services_in_both_languages(client):
    html = client.get("/id/peristiwa/kelahiran/").content.decode()
    assert "Akta Kelahiran" in html
    html = client.get("/en/life-events/kelahiran/").content.decode()
    assert "Birth certificate" in html
    assert client.get("/en/life-events/no-such-event/").status_code == 404


def test_home_page_lists_mpps_life_events_and_popular_services(client):
    html = client.get("/id/").content.decode()
    for title in ("MPP Kabupaten Jembrana", "MPP Kabupaten Kudus", "Kelahiran anak", "Perpanjangan SIM A dan C"):
        assert title in html
    assert 'role="search"' in html


def test_unknown_and_unpublished_pages_are_404(client):
    assert client.get("/id/no-such-page/").status_code == 404
    page = ServicePage.objects.get(slug="skck", locale__language_code="id", url_path__contains="kudus")
    page.unpublish()
    response = client.get(page.url or f"/id/mpp-kudus/polres/{page.slug}/")
    assert response.status_code == 404
    assert b"Sorry, we cannot find that page" in response.content or b"Maaf" in response.content


def test_pages_make_no_third_party_requests(client):
    for url in ("/id/", "/en/mpp-karangasem/", "/id/mpp-kudus/dukcapil/akta-kelahiran/"):
        html = client.get(url).content.decode()
        for attribute in re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="([^"]+)"', html):
            assert attribute.startswith(("/", "http://testserver", "http://localhost", "#", "data:")), (url, attribute)
        assert "<script src" not in html


def test_life_event_page_links_to_itself_in_the_other_language(client):
    html = client.get("/id/peristiwa/kelahiran/").content.decode()
    assert '<link rel="canonical" href="http://testserver/id/peristiwa/kelahiran/">' in html
    assert 'href="/en/life-events/kelahiran/" hreflang="en"' in html
    assert 'hreflang="en" href="http://testserver/en/life-events/kelahiran/"' in html


def test_service_not_at_a_counter_points_to_other_channels(client):
    page = service("skck", at="mpp-kudus", language="en")
    page.counters = []
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    box = answer_box(html)
    assert "Not at the MPP counters." in box
    assert "Open now" not in box and "Closed now" not in box
    data = structured_data(html)
    assert all("serviceLocation" not in channel for channel in data["availableChannel"])


def test_a_service_renders_when_only_a_regency_site_serves_it(client, settings):
    from wagtail.models import Site

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "mpp.bulelengkab.example"]
    buleleng = MPPLocationPage.objects.get(slug="mpp-buleleng", locale__language_code="id")
    Site.objects.all().delete()
    Site.objects.create(hostname="mpp.bulelengkab.example", port=80, root_page=buleleng, is_default_site=True)
    response = client.get("/id/dukcapil/akta-kelahiran/", HTTP_HOST="mpp.bulelengkab.example")
    assert response.status_code == 200
    assert "Akta Kelahiran" in response.content.decode()


def test_public_pages_do_not_query_per_counter(client, django_assert_max_num_queries):
    page = MPPLocationPage.objects.get(slug="mpp-buleleng", locale__language_code="en")
    with django_assert_max_num_queries(45):
        assert client.get(page.url).status_code == 200
    with django_assert_max_num_queries(60):
        assert client.get("/en/life-events/kelahiran/").status_code == 200
