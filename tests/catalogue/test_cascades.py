"""Unpublishing, deleting or moving an Indonesian page does the same to its English page (issue 11,
item 3), over HTTP as the MPP's reviewer, checked on every public surface in both languages."""

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

import pytest

from portal.models import HomePage
from tests.helpers import agency, client_for, english_locale, mpp, service

pytestmark = pytest.mark.django_db

REVIEWER = "reviewer-jembrana"


def surfaces(client, page):
    """Every public page a service shows up on, in the page's language: home, MPP, agency, life
    events, search page and API, visit plan, sitemap (JSON-LD is inside the HTML pages)."""
    language = page.locale.language_code
    place = mpp("mpp-jembrana", language)
    with translation.override(language):
        search = reverse("search")
        plan = reverse("visit_plan", args=["mpp-jembrana"])
    home = HomePage.objects.get(locale__language_code=language)
    urls = [home.url, place.url, agency("dukcapil", "mpp-jembrana", language).url, f"{search}?q={page.title}"]
    urls += [link["url"] for link in home.life_event_links()]
    urls += [f"/api/v1/search/?q={page.title}&lang={language}", "/sitemap.xml"]
    urls.append(f"{plan}?s=akta-kelahiran&s=kartu-keluarga")
    cache.clear()  # the sitemap is cached for ten minutes
    return {url: client.get(url).content.decode() for url in urls}


def assert_everywhere(client, page, present):
    path = page.url
    seen = [url for url, text in surfaces(client, page).items() if path in text]
    if present:
        assert seen, f"{path} is on no public surface: the test would prove nothing"
    else:
        assert not seen, f"{path} still public on {seen}"
        assert client.get(path).status_code == 404


@pytest.fixture
def pages(demo):
    indonesian = service("akta-kelahiran")
    return indonesian, indonesian.get_translation(english_locale()).specific


def test_unpublishing_the_indonesian_page_takes_the_english_one_down(pages, client):
    indonesian, english = pages
    assert_everywhere(client, english, present=True)
    assert client_for(REVIEWER).post(f"/admin/pages/{indonesian.pk}/unpublish/").status_code == 302
    assert not Page.objects.get(pk=english.pk).live
    for page in pages:
        assert_everywhere(client, page, present=False)


def test_deleting_the_indonesian_page_deletes_the_english_one(pages, client):
    indonesian, english = pages
    response = client_for(REVIEWER).post(f"/admin/pages/{indonesian.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[indonesian.pk, english.pk]).exists()
    for page in pages:
        assert_everywhere(client, page, present=False)


def test_a_bulk_unpublish_takes_the_english_page_down_too(pages, client):
    indonesian, english = pages
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "unpublish"))
    assert client_for(REVIEWER).post(f"{url}?id={indonesian.pk}").status_code == 302
    assert not Page.objects.get(pk=english.pk).live
    assert_everywhere(client, english, present=False)


def test_the_english_page_moves_with_its_source(pages):
    indonesian, english = pages
    destination = agency("dpmptsp", "mpp-jembrana")
    url = reverse("wagtailadmin_pages:move_confirm", args=(indonesian.pk, destination.pk))
    assert client_for(REVIEWER).post(url).status_code == 302
    assert Page.objects.get(pk=indonesian.pk).get_parent().pk == destination.pk
    english_destination = destination.get_translation(english_locale())
    assert Page.objects.get(pk=english.pk).get_parent().pk == english_destination.pk


def test_unpublishing_the_english_page_alone_leaves_the_indonesian_one(pages, client):
    indonesian, english = pages
    assert client_for(REVIEWER).post(f"/admin/pages/{english.pk}/unpublish/").status_code == 302
    assert Page.objects.get(pk=indonesian.pk).live and not Page.objects.get(pk=english.pk).live
