"""The catalogue's commands: onboard_agency, onboard_reviewer and notify_stale, on a small tree."""

import io
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import GroupPagePermission

import pytest

from catalogue import roles
from catalogue.models import AgencyPage
from tests import factories
from tests.helpers import make_stale, mpp, set_password_through_the_link

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    """An MPP with Dukcapil (one service) and Dinsos; a second MPP with Dukcapil."""
    home = factories.home_page()
    second = factories.mpp_page(home, slug="mpp-uji-dua", title="MPP Uji Dua")
    service = factories.service_page(factories.agency_page(second, counters=(1,)))
    factories.agency_page(second, slug="dinsos", title="Dinas Sosial", acronym="Dinsos", counters=(2,))
    third = factories.mpp_page(home, slug="mpp-uji-tiga", title="MPP Uji Tiga")
    factories.agency_page(third, counters=(1,))
    return SimpleNamespace(second=second, third=third, service=service)


def test_onboard_a_new_agency_from_the_command_line(tree, client):
    out = io.StringIO()
    args = ["--mpp", "mpp-uji-dua", "--agency", "kemenag", "--title", "Kantor Kemenag Jember"]
    call_command(
        "onboard_agency", *args, "--acronym", "Kemenag", "--kind", "vertical_agency", "--user", "kua", stdout=out
    )
    agency = AgencyPage.objects.child_of(mpp("mpp-uji-dua")).get(slug="kemenag")
    assert not agency.live  # a draft until its first service is approved (tests/catalogue/test_roles.py)
    assert "Agency editors: mpp-uji-dua/kemenag" in out.getvalue()
    user = get_user_model().objects.get(username="kua")
    user.set_password("pw")
    user.save()
    client.force_login(user)
    assert client.get(f"/admin/pages/add/catalogue/servicepage/{agency.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{tree.service.pk}/edit/").status_code in (302, 403)
    # Again: nothing new.
    counts = (AgencyPage.objects.count(), Group.objects.count(), GroupPagePermission.objects.count())
    call_command("onboard_agency", "--mpp", "mpp-uji-dua", "--agency", "kemenag", "--user", "kua", stdout=io.StringIO())
    assert counts == (AgencyPage.objects.count(), Group.objects.count(), GroupPagePermission.objects.count())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--mpp", "mpp-atlantis", "--agency", "dukcapil"], "mpp-atlantis"),
        (["--mpp", "mpp-uji-dua", "--agency", "kemenag"], "title, acronym, kind"),
    ],
)
def test_onboarding_explains_bad_input(tree, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("onboard_agency", *args, stdout=io.StringIO())


def test_onboard_reviewer_command(tree):
    call_command("onboard_reviewer", "--mpp", "mpp-uji-tiga", "--user", "kepala-dpmptsp-uji-tiga", stdout=io.StringIO())
    user = get_user_model().objects.get(username="kepala-dpmptsp-uji-tiga")
    assert roles.reviewed_mpps(user) == [mpp("mpp-uji-tiga")]


def test_onboarding_command_emails_the_new_user_a_password_link(tree, client, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "onboard_agency",
            *["--mpp", "mpp-uji-dua", "--agency", "dinsos", "--user", "dinsos-baru", "--email", "dinsos@example.org"],
            stdout=out,
        )
    assert "dinsos@example.org" in out.getvalue()
    assert [m.to for m in mail.outbox] == [["dinsos@example.org"]]
    assert "dinsos-baru" in mail.outbox[0].body
    password = set_password_through_the_link(client, mail.outbox[0])
    assert client.post("/admin/login/", {"username": "dinsos-baru", "password": password}).status_code == 302
    # Running it again sends nothing; a user without an address is told how to get a password.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "onboard_agency",
            "--mpp",
            "mpp-uji-dua",
            "--agency",
            "dinsos",
            "--user",
            "dinsos-baru",
            stdout=io.StringIO(),
        )
        out = io.StringIO()
        call_command("onboard_reviewer", "--mpp", "mpp-uji-dua", "--user", "tanpa-email", stdout=out)
    assert mail.outbox == []
    assert "changepassword tanpa-email" in out.getvalue()


def test_notify_stale_emails_the_agency_editors():
    home = factories.home_page()
    first = factories.mpp_page(home, slug="mpp-uji-satu")
    dukcapil = factories.agency_page(first, counters=(1,))
    polres = factories.agency_page(first, slug="polres", title="Kepolisian Resor", acronym="Polres", counters=(6,))
    page = factories.service_page(dukcapil)
    factories.service_page(polres, slug="skck", title="SKCK")
    factories.editor(dukcapil, "dukcapil-uji-satu", email="dukcapil-uji-satu@example.org")
    factories.editor(polres, "polres-uji-satu", email="polres-uji-satu@example.org")
    make_stale(page)
    mail.outbox.clear()
    call_command("notify_stale", "--mpp", "mpp-uji-satu", stdout=io.StringIO())
    to_dukcapil = [m for m in mail.outbox if "dukcapil-uji-satu@example.org" in m.to]
    assert len(to_dukcapil) == 1
    assert page.title in to_dukcapil[0].body
    assert f"/admin/pages/{page.pk}/edit/" in to_dukcapil[0].body
    assert not any("polres-uji-satu@example.org" in m.to and page.title in m.body for m in mail.outbox)
    with pytest.raises(CommandError):
        call_command("notify_stale", "--mpp", "mpp-atlantis", stdout=io.StringIO())
