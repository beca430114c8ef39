"""Service alerts (closed, moved, limited) as dated child pages of a service, over HTTP in both languages."""

import datetime as dt
from zoneinfo import ZoneInfo

from wagtail.models import Page

import pytest

from catalogue.models import ServiceAlertPage, alerts_in_force
from tests import factories
from tests.helpers import client_for, mpp, service

pytestmark = pytest.mark.django_db

WITA = ZoneInfo("Asia/Makassar")


def today():
    return dt.datetime.now(WITA).date()


def add_alert(page, publish=True, **fields):
    values = {"title": "Tutup sementara", "kind": "closed", "starts": today() - dt.timedelta(days=1)}
    alert = ServiceAlertPage(**{**values, **fields}, live=publish)
    page.add_child(instance=alert)
    if publish:
        alert.save_revision().publish()
    return alert


def text(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def closed(demo):
    """Akta Kelahiran at MPP Jembrana closed from yesterday until tomorrow, with an Indonesian message."""
    page = service("akta-kelahiran")
    ends = today() + dt.timedelta(days=1)
    add_alert(page, ends=ends, message="Server Dukcapil sedang diperbaiki.")
    return page, ends


def test_an_alert_in_force_shows_on_the_service_page_in_both_languages(client, closed):
    page, ends = closed
    indonesian = text(client.get(page.url))
    assert "Server Dukcapil sedang diperbaiki." in indonesian
    assert "Tutup sementara sampai" in indonesian
    english = text(client.get(service("akta-kelahiran", language="en").url))
    assert f"Temporarily closed until {ends.day} {ends:%B %Y}." in english
    assert "Server Dukcapil" not in english  # no English message: the facts alone, never Indonesian prose


def test_a_translated_alert_shows_its_english_message(client, demo):
    page = service("akta-kelahiran")
    alert = add_alert(page, kind="quota", quota=40, ends=None, message="Ambil nomor antrean sebelum pukul 10.")
    factories.translation(alert, {"Ambil nomor antrean sebelum pukul 10.": "Take a queue number before 10 am."})
    english = text(client.get(service("akta-kelahiran", language="en").url))
    assert (
        "<strong>Limited to 40 applicants a day until further notice.</strong> Take a queue number before 10 am."
        in english
    )
    assert "Dibatasi 40 pemohon per hari" in text(client.get(page.url))


def test_alerts_show_in_search_results_the_search_api_plans_and_the_counter_map(client, closed):
    page, _ends = closed
    found = client.get("/api/v1/search/", {"q": "akta kelahiran", "mpp": "mpp-jembrana", "lang": "en"}).json()
    result = next(r for r in found["results"] if r["key"] == "akta-kelahiran")
    assert result["alerts"][0]["kind"] == "closed" and result["alerts"][0]["text"].startswith("Temporarily closed")
    assert "Tutup sementara sampai" in text(client.get("/id/cari/", {"q": "akta kelahiran", "mpp": "mpp-jembrana"}))
    # The day is given: in the evening or on a Saturday the plan is for the next open day, after the alert.
    plan = text(client.get("/en/visit-plan/mpp-jembrana/", {"s": "akta-kelahiran", "day": today().isoformat()}))
    assert "Temporarily closed until" in plan
    counter = page.counters.first().number
    location = text(client.get(mpp("mpp-jembrana", "en").url))
    assert "Temporarily closed until" in location.split(f'id="counter-{counter}"')[1].split("</li>")[0]


def test_only_live_alerts_in_force_count(client, demo):
    page = service("akta-kelahiran")
    add_alert(page, title="Lalu", starts=today() - dt.timedelta(days=9), ends=today() - dt.timedelta(days=1))
    add_alert(page, title="Nanti", starts=today() + dt.timedelta(days=3), kind="appointment")
    add_alert(page, title="Draf", kind="moved", message="Pindah ke kantor Dukcapil.", publish=False)
    assert alerts_in_force([page]) == {}
    assert "notice--warning" not in text(client.get(page.url))
    # A plan for a later day shows what is in force on that day.
    day = today() + dt.timedelta(days=4)
    plan = text(client.get("/id/rencana/mpp-jembrana/", {"s": "akta-kelahiran", "day": day.isoformat()}))
    assert "Hanya dengan janji temu" in plan


def test_an_alert_ends_by_its_date_without_an_edit(demo):
    page = service("akta-kelahiran")
    add_alert(page, ends=today())
    assert alerts_in_force([page])[page.pk][0].kind == "closed"
    tomorrow = dt.datetime.combine(today() + dt.timedelta(days=1), dt.time(9), tzinfo=WITA)
    assert alerts_in_force([page], now=tomorrow) == {}


def test_an_alert_has_no_page_of_its_own(client, closed):
    page, _ends = closed
    alert = ServiceAlertPage.objects.child_of(page).get()
    response = client.get(alert.url)
    assert response.status_code == 302 and response["Location"] == page.url
    assert alert.url not in text(client.get("/sitemap.xml"))
    assert not ServiceAlertPage.search_fields


def test_the_agency_editor_adds_an_alert_in_the_editor_and_gets_clear_messages(client, demo):
    page = service("akta-kelahiran")
    editor = client_for("dukcapil-jembrana")
    url = f"/admin/pages/add/catalogue/servicealertpage/{page.pk}/"
    assert editor.get(url).status_code == 200
    data = {
        "title": "Kuota harian",
        "slug": "kuota-harian",
        "kind": "quota",
        "starts": today().isoformat(),
        "ends": "",
        "quota": "",
        "message": "",
        "action-submit": "Submit",
    }
    refused = editor.post(url, data)
    assert refused.status_code == 200
    assert "Isi berapa pemohon yang dilayani per hari." in refused.content.decode()  # the admin speaks Indonesian
    backwards = editor.post(url, {**data, "quota": "30", "ends": (today() - dt.timedelta(days=2)).isoformat()})
    assert "Hari terakhir tidak boleh sebelum hari pertama." in backwards.content.decode()
    assert editor.post(url, {**data, "quota": "30"}).status_code == 302
    alert = ServiceAlertPage.objects.child_of(page).get()
    assert not alert.live and alert.current_workflow_state is not None  # sent to the DPMPTSP review
    assert alerts_in_force([page]) == {}


def test_a_reviewer_publishes_an_urgent_alert_without_touching_the_services_draft(client, demo):
    page = service("akta-kelahiran")
    page.summary = "Draf yang belum ditinjau."
    page.save_revision()
    reviewer = client_for("reviewer-jembrana")
    url = f"/admin/pages/add/catalogue/servicealertpage/{page.pk}/"
    data = {"title": "Tutup", "slug": "tutup", "kind": "closed", "starts": today().isoformat(), "ends": ""}
    response = reviewer.post(url, {**data, "quota": "", "message": "", "action-publish": "Publish"})
    assert response.status_code == 302
    assert alerts_in_force([page])[page.pk][0].kind == "closed"
    live = text(client.get(page.url))
    assert "Tutup sementara sampai waktu yang belum ditentukan." in live
    assert "Draf yang belum ditinjau." not in live
    assert Page.objects.get(pk=page.pk).has_unpublished_changes
