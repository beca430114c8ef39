"""Site-wide behaviour: languages, sitemap, robots, search, errors, static files."""

from django.test import Client

import pytest

pytestmark = pytest.mark.usefixtures("demo")


def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 302
    assert response["Location"] == "/id/"
    response = Client().get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")
    assert response["Location"] == "/en/"


def test_sitemap_lists_both_languages_with_alternates(client):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/id/mpp-jembrana/dukcapil/perekaman-ktp-el/</loc>" in xml
    assert "<loc>http://localhost/en/mpp-jembrana/dukcapil/perekaman-ktp-el/</loc>" in xml
    assert 'hreflang="en" href="http://localhost/en/mpp-jembrana/dukcapil/perekaman-ktp-el/"' in xml
    assert "http://localhost/id/peristiwa/kelahiran/" in xml


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_interface_is_translated(client):
    assert "Langsung ke konten utama" in client.get("/id/").content.decode()
    assert "Skip to main content" in client.get("/en/").content.decode()


def test_search_url_is_translated_and_finds_services(client):
    response = client.get("/id/cari/", {"q": "KTP"})
    assert response.status_code == 200
    assert "Perekaman <mark>KTP</mark> Elektronik Baru" in response.content.decode()
    response = client.get("/en/search/", {"q": "passport"})
    assert response.status_code == 200
    assert "New <mark>passport</mark>" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "x" * 10_000,
        'ktp" OR 1=1; DROP TABLE wagtailcore_page;--',
        "\x00\x07ktp\x1b",
        "ktp AND (sim OR",
        "КТП ktp 身份证",
        "!!! ???",
    ],
)
def test_search_never_breaks_on_bad_input(client, query):
    response = client.get("/id/cari/", {"q": query})
    assert response.status_code == 200


def test_search_with_a_bad_page_number_shows_the_first_page(client):
    assert client.get("/en/search/", {"q": "ktp", "page": "abc"}).status_code == 200


def test_404_page_is_friendly_and_translated(client):
    response = client.get("/en/this/does/not/exist/")
    assert response.status_code == 404
    assert "Sorry, we cannot find that page" in response.content.decode()


def test_500_page_is_bilingual_and_needs_no_database(rf, django_assert_num_queries):
    from django.views.defaults import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/id/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Maaf, terjadi kesalahan" in html and "Sorry, something went wrong" in html


def test_static_css_is_served(client):
    from django.contrib.staticfiles import finders

    assert finders.find("portal/portal.css")
    html = client.get("/en/").content.decode()
    assert '<link rel="stylesheet" href="/static/portal/portal.css">' in html


def test_a_regency_domain_can_point_at_its_own_mpp(client, settings):
    from wagtail.models import Locale, Site

    from catalogue.models import MPPLocationPage

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "mpp.jembranakab.example"]
    jembrana = MPPLocationPage.objects.get(slug="mpp-jembrana", locale=Locale.get_default())
    Site.objects.create(hostname="mpp.jembranakab.example", port=80, root_page=jembrana)
    response = client.get("/id/", HTTP_HOST="mpp.jembranakab.example")
    assert response.status_code == 200
    assert "MPP Kabupaten Jembrana" in response.content.decode()
    response = client.get("/en/dukcapil/akta-kelahiran/", HTTP_HOST="mpp.jembranakab.example")
    assert response.status_code == 200
    assert "Birth certificate" in response.content.decode()
