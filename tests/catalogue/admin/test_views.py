"""The admin's views (catalogue/admin/views.py): the stale report and onboarding, over HTTP."""

import re

from django.contrib.auth import get_user_model
from django.core import mail

import pytest

from catalogue import roles
from catalogue.models import AgencyPage
from tests import factories
from tests.helpers import ADMIN, client_for, make_stale, mpp, set_password_through_the_link

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return factories.home_page()


def test_stale_report_shows_only_the_reviewers_mpp(home):
    first = factories.mpp_page(home, slug="mpp-uji-satu", title="MPP Uji Satu")
    second = factories.mpp_page(home, slug="mpp-uji-dua", title="MPP Uji Dua")
    dukcapil = factories.agency_page(first)
    factories.agency_page(second)
    page = factories.service_page(dukcapil)
    make_stale(page)
    factories.reviewer(first, "reviewer-uji-satu")
    factories.reviewer(second, "reviewer-uji-dua")
    factories.editor(dukcapil, "dukcapil-uji-satu")
    report = client_for("reviewer-uji-satu").get("/admin/reports/stale-services/")
    assert report.status_code == 200
    assert page.title in report.content.decode()
    other = client_for("reviewer-uji-dua").get("/admin/reports/stale-services/").content.decode()
    assert "MPP Uji Satu" not in other
    assert client_for("dukcapil-uji-satu").get("/admin/reports/stale-services/").status_code in (302, 403)


def test_onboarding_in_the_admin(home):
    second = factories.mpp_page(home, slug="mpp-uji-dua", title="MPP Uji Dua")
    factories.reviewer(second, "reviewer-uji-dua")
    factories.editor(factories.agency_page(second), "dukcapil-uji-dua")
    admin = client_for(ADMIN)
    assert admin.get("/admin/onboarding/").status_code == 200
    mpp_menu = admin.get(f"/admin/pages/{mpp('mpp-uji-dua').pk}/").content.decode()
    assert "/admin/onboarding/?mpp=mpp-uji-dua" in mpp_menu  # reachable from the MPP page
    form = admin.get("/admin/onboarding/?mpp=mpp-uji-dua").content.decode()
    assert re.search(r'<option value="mpp-uji-dua"[^>]*selected', form)
    response = admin.post(
        "/admin/onboarding/",
        {"mpp": "mpp-uji-dua", "role": "editor", "agency": "bpn", "title": "Kantor Pertanahan Jember"},
    )
    assert response.status_code == 400
    assert "acronym" in response.content.decode()
    assert not AgencyPage.objects.filter(slug="bpn", url_path__contains="mpp-uji-dua").exists()
    bad = admin.post("/admin/onboarding/", {"mpp": "mpp-atlantis", "role": "editor", "agency": "bpn"})
    assert bad.status_code == 400
    response = admin.post(
        "/admin/onboarding/",
        {
            "mpp": "mpp-uji-dua",
            "role": "editor",
            "agency": "bpn",
            "title": "Kantor Pertanahan Jember",
            "acronym": "BPN",
            "kind": "vertical_agency",
            "username": "bpn-uji-dua",
            "email": "bpn@example.org",
        },
    )
    assert response.status_code == 302
    assert get_user_model().objects.get(username="bpn-uji-dua").groups.filter(name__endswith="mpp-uji-dua/bpn").exists()
    # Only administrators onboard.
    assert client_for("reviewer-uji-dua").get("/admin/onboarding/").status_code in (302, 403)
    assert client_for("dukcapil-uji-dua").post("/admin/onboarding/", {"mpp": "mpp-uji-dua"}).status_code in (302, 403)


def test_onboarding_form_emails_the_new_user_a_password_link(home, client, django_capture_on_commit_callbacks):
    factories.mpp_page(home, slug="mpp-uji-dua", title="MPP Uji Dua")
    factories.mpp_page(home, slug="mpp-uji-tiga", title="MPP Uji Tiga")
    mail.outbox.clear()
    admin = client_for(ADMIN)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            "/admin/onboarding/",
            {"mpp": "mpp-uji-tiga", "role": "reviewer", "username": "kepala-uji-tiga", "email": "kepala@example.org"},
        )
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["kepala@example.org"]]
    password = set_password_through_the_link(client, mail.outbox[0])
    assert client.post("/admin/login/", {"username": "kepala-uji-tiga", "password": password}).status_code == 302
    assert roles.reviewed_mpps(get_user_model().objects.get(username="kepala-uji-tiga")) == [mpp("mpp-uji-tiga")]
    # A failed onboarding sends nothing.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        bad = admin.post(
            "/admin/onboarding/",
            {"mpp": "mpp-uji-dua", "role": "editor", "agency": "bpn", "username": "x", "email": "x@example.org"},
        )
    assert bad.status_code == 400 and mail.outbox == []
    assert not get_user_model().objects.filter(username="x").exists()


def test_onboarding_has_one_name_in_the_menu_the_mpp_menu_and_its_title(home):
    from django.utils import translation
    from django.utils.translation import gettext

    from bs4 import BeautifulSoup

    location = factories.mpp_page(home, slug="mpp-uji-nama")
    admin = client_for(ADMIN)
    with translation.override("id"):
        name = gettext("Onboarding")
    form = BeautifulSoup(admin.get("/admin/onboarding/").content.decode(), "html.parser")
    assert form.select_one("h1").get_text(strip=True) == name == "Pendaftaran peran"
    assert name in admin.get(f"/admin/pages/{location.pk}/").content.decode()  # the MPP page's menu
    sidebar = form.select_one("#wagtail-sidebar-props").string
    assert f'"label": "{name}"' in sidebar
