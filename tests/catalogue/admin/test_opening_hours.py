"""The reviewer's MPP page (issue 13, item 14): reached in one click from the dashboard, hours
to the minute, and a new dated exception that starts as an open day with other hours."""

import datetime as dt
import re

from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from catalogue.models import MPPLocationPage
from tests import factories
from tests.helpers import client_for, edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def location():
    home = factories.home_page()
    location = factories.mpp_page(home, slug="mpp-uji-jam", title="MPP Uji Jam")
    factories.agency_page(location)
    factories.reviewer(location, "peninjau-uji-jam")
    return location


def publish(client, location, **changes):
    data = edit_form_data(location)
    for key, value in changes.items():
        data[key] = value
    data["action-publish"] = "1"
    return client.post(f"/admin/pages/{location.pk}/edit/", dict(data.lists()))


def test_the_reviewer_reaches_their_mpp_page_from_the_dashboard(location):
    dashboard = client_for("peninjau-uji-jam").get("/admin/").content.decode()
    link = BeautifulSoup(dashboard, "html.parser").select_one(f'a[href="/admin/pages/{location.pk}/edit/"]')
    assert link is not None
    with translation.override("id"):
        assert "MPP Uji Jam" in link.get_text() and "jam buka" in link.get_text()


def test_opening_hours_take_minutes(location):
    reviewer = client_for("peninjau-uji-jam")
    edit = reviewer.get(f"/admin/pages/{location.pk}/edit/").content.decode()
    # The picker offers quarter hours, for the weekly hours and the exceptions alike.
    edit = edit.replace("\\u002D", "-")  # escapejs writes the ids' hyphens as \u002D
    pickers = re.findall(
        r'initTimeChooser\("id_opening_(?:hours|exceptions)-[\w]+-(?:opens|closes)", (\{[^}]*\})', edit
    )
    assert pickers and all('"step": 15' in config for config in pickers)
    # The Friday afternoon row, wherever the form lists it (rows of equal order come in any order on PostgreSQL).
    data = edit_form_data(location)
    (row,) = [
        key.split("-")[1]
        for key, value in data.items()
        if re.fullmatch(r"opening_hours-\d+-opens", key) and value.startswith("13:00")
    ]
    response = publish(
        reviewer, location, **{f"opening_hours-{row}-opens": "13:30", f"opening_hours-{row}-closes": "15:45"}
    )
    assert response.status_code == 302
    friday = [row for row in MPPLocationPage.objects.get(pk=location.pk).opening_hours.all() if row.weekday == 4]
    assert sorted((row.opens, row.closes) for row in friday) == [
        (dt.time(8), dt.time(11)),
        (dt.time(13, 30), dt.time(15, 45)),
    ]


def test_a_new_dated_exception_is_an_open_day_with_other_hours(location):
    reviewer = client_for("peninjau-uji-jam")
    edit = reviewer.get(f"/admin/pages/{location.pk}/edit/").content.decode()
    empty_form = BeautifulSoup(edit, "html.parser").select_one("#id_opening_exceptions-EMPTY_FORM_TEMPLATE")
    closed = BeautifulSoup(empty_form.decode_contents(), "html.parser").select_one('input[name$="-closed"]')
    assert closed is not None and not closed.has_attr("checked")

    new_row = {
        "opening_exceptions-TOTAL_FORMS": "1",
        "opening_exceptions-0-id": "",
        "opening_exceptions-0-ORDER": "1",
        "opening_exceptions-0-DELETE": "",
        "opening_exceptions-0-date": "2026-12-24",
        "opening_exceptions-0-opens": "08:00",
        "opening_exceptions-0-closes": "11:30",
        "opening_exceptions-0-reason": "Malam Natal",
    }
    assert publish(reviewer, location, **new_row).status_code == 302
    (exception,) = MPPLocationPage.objects.get(pk=location.pk).opening_exceptions.all()
    assert not exception.closed and (exception.opens, exception.closes) == (dt.time(8), dt.time(11, 30))

    # Ticked on purpose, it is a closed day; left open without hours, the message says what to do.
    closed_day = {**new_row, "opening_exceptions-0-id": str(exception.pk), "opening_exceptions-0-closed": "on"}
    closed_day.update({"opening_exceptions-0-opens": "", "opening_exceptions-0-closes": ""})
    assert publish(reviewer, location, **closed_day).status_code == 302
    assert MPPLocationPage.objects.get(pk=location.pk).opening_exceptions.get().closed
    refused = publish(reviewer, location, **{**closed_day, "opening_exceptions-0-closed": ""})
    assert refused.status_code == 200
    with translation.override("id"):
        assert "tutup sepanjang hari" in refused.content.decode().lower()
