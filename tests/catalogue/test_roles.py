"""Roles (catalogue/roles.py) and the demo accounts.

Onboarding is tested through its commands (test_commands.py) and its form (admin/test_views.py).
"""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import GroupPagePermission

import pytest

from catalogue import roles
from catalogue.models import AgencyPage
from tests import factories
from tests.helpers import client_for, english_locale, workflow_action

pytestmark = pytest.mark.django_db


def test_every_demo_role_can_sign_in_with_the_demo_password(demo, client):
    for username in ("reviewer-jembrana", "dukcapil-jembrana", "bpjs-kesehatan-kudus"):
        response = client.post("/admin/login/", {"username": username, "password": "demo-password-for-tests"})
        assert response.status_code == 302, username
        assert client.get("/admin/").status_code == 200
        client.logout()
    editor = get_user_model().objects.get(username="dukcapil-jembrana")
    assert not editor.is_superuser and not editor.is_staff
    assert [g.name for g in editor.groups.all()] == ["Agency editors: mpp-jembrana/dukcapil"]


def test_production_settings_never_create_demo_accounts(demo, settings):
    settings.DEMO_ACCOUNTS = False
    get_user_model().objects.filter(username="reviewer-jember").delete()
    out = io.StringIO()
    call_command("load_demo", "--no-progress", stdout=out)
    assert not get_user_model().objects.filter(username="reviewer-jember").exists()
    assert "No demo accounts" in out.getvalue()
    assert Group.objects.filter(name="DPMPTSP reviewers: mpp-jember").exists()  # roles still set up


def test_a_generated_demo_password_is_kept_once(settings, tmp_path, monkeypatch):
    from demo import loader

    monkeypatch.setattr(loader, "PASSWORD_FILE", tmp_path / "demo-password")
    settings.DEMO_PASSWORD = ""
    first = loader.demo_password()
    assert len(first) >= 12 and loader.demo_password() == first
    assert (tmp_path / "demo-password").stat().st_mode & 0o077 == 0
    settings.DEMO_PASSWORD = "chosen-password"
    assert loader.demo_password() == "chosen-password"


def test_load_demo_again_changes_nothing_in_roles(demo):
    before = (Group.objects.count(), GroupPagePermission.objects.count(), get_user_model().objects.count())
    call_command("load_demo", "--no-progress", stdout=io.StringIO())
    after = (Group.objects.count(), GroupPagePermission.objects.count(), get_user_model().objects.count())
    assert before == after


def test_a_new_english_agency_page_gets_the_editors_rights():
    home = factories.home_page()
    location = factories.mpp_page(home, slug="mpp-uji-dua")
    factories.translation(home)
    factories.translation(location)
    agency = factories.agency_page(location, slug="kemenag", title="Kantor Kemenag Jember", acronym="Kemenag")
    roles.onboard_agency(location, "kemenag")
    english = agency.copy_for_translation(english_locale())  # as wagtail-localize does
    group = Group.objects.get(name="Agency editors: mpp-uji-dua/kemenag")
    assert GroupPagePermission.objects.filter(page=english, group=group).count() == 2
    assert english.get_workflow() == agency.get_workflow()


def test_a_new_agency_is_a_draft_until_its_first_service_is_approved(client):
    """Onboarding creates an empty agency: not shown to citizens until DPMPTSP approves a service."""
    home = factories.home_page()
    location = factories.mpp_page(home, slug="mpp-uji-baru")
    reviewer = client_for(factories.reviewer(location, "peninjau-uji-baru").username)
    agency, _group, user, created = roles.onboard_agency(
        location, "dinsos", title="Dinas Sosial", acronym="Dinsos", kind="regency_office", username="dinsos-uji-baru"
    )
    assert created and not AgencyPage.objects.get(pk=agency.pk).live
    assert client.get(f"/id/{location.slug}/dinsos/").status_code == 404
    assert "Dinas Sosial" not in client.get(f"/id/{location.slug}/").content.decode()

    # The editor adds the first service and sends it; the reviewer approves it.
    service = factories.service_page(AgencyPage.objects.get(pk=agency.pk), slug="kis", title="KIS", publish=False)
    service.save_revision(user=user)
    service.get_workflow().start(service, user)
    assert not AgencyPage.objects.get(pk=agency.pk).live
    assert workflow_action(reviewer, service, "approve").status_code == 302
    assert AgencyPage.objects.get(pk=agency.pk).live
    assert client.get(f"/id/{location.slug}/dinsos/").status_code == 200
    assert client.get(f"/id/{location.slug}/dinsos/kis/").status_code == 200
