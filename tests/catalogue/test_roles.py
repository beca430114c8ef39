"""Onboarding, demo accounts, the stale report, reminders and the reviewer's dashboard."""

import datetime as dt
import io
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from wagtail.models import GroupPagePermission

import pytest

from catalogue import review, roles
from catalogue.models import AgencyPage, ServicePage
from tests.helpers import ADMIN, client_for, mpp, service

pytestmark = pytest.mark.django_db


def test_every_demo_role_can_sign_in_with_the_demo_password(demo, client):
    for username in ("reviewer-jembrana", "dukcapil-jembrana", "bpjs-kesehatan-kudus"):
        assert client.login(username=username, password="demo-password-for-tests"), username
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


def test_onboard_a_new_agency_from_the_command_line(demo, client):
    out = io.StringIO()
    args = ["--mpp", "mpp-jember", "--agency", "kemenag", "--title", "Kantor Kemenag Jember"]
    call_command(
        "onboard_agency", *args, "--acronym", "Kemenag", "--kind", "vertical_agency", "--user", "kua", stdout=out
    )
    agency = AgencyPage.objects.child_of(mpp("mpp-jember")).get(slug="kemenag")
    assert agency.live
    assert "Agency editors: mpp-jember/kemenag" in out.getvalue()
    user = get_user_model().objects.get(username="kua")
    user.set_password("pw")
    user.save()
    client.force_login(user)
    assert client.get(f"/admin/pages/add/catalogue/servicepage/{agency.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{service(at='mpp-jember').pk}/edit/").status_code in (302, 403)
    # Again: nothing new.
    counts = (AgencyPage.objects.count(), Group.objects.count(), GroupPagePermission.objects.count())
    call_command("onboard_agency", "--mpp", "mpp-jember", "--agency", "kemenag", "--user", "kua", stdout=io.StringIO())
    assert counts == (AgencyPage.objects.count(), Group.objects.count(), GroupPagePermission.objects.count())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--mpp", "mpp-atlantis", "--agency", "dukcapil"], "mpp-atlantis"),
        (["--mpp", "mpp-jember", "--agency", "kemenag"], "title, acronym, kind"),
    ],
)
def test_onboarding_explains_bad_input(demo, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("onboard_agency", *args, stdout=io.StringIO())


def test_onboard_reviewer_command(demo):
    call_command("onboard_reviewer", "--mpp", "mpp-kudus", "--user", "kepala-dpmptsp-kudus", stdout=io.StringIO())
    user = get_user_model().objects.get(username="kepala-dpmptsp-kudus")
    assert roles.reviewed_mpps(user) == [mpp("mpp-kudus")]


def test_onboarding_in_the_admin(demo):
    admin = client_for(ADMIN)
    assert admin.get("/admin/onboarding/").status_code == 200
    mpp_menu = admin.get(f"/admin/pages/{mpp('mpp-jember').pk}/").content.decode()
    assert "/admin/onboarding/?mpp=mpp-jember" in mpp_menu  # reachable from the MPP page
    form = admin.get("/admin/onboarding/?mpp=mpp-jember").content.decode()
    assert re.search(r'<option value="mpp-jember"[^>]*selected', form)
    response = admin.post(
        "/admin/onboarding/",
        {"mpp": "mpp-jember", "role": "editor", "agency": "bpn", "title": "Kantor Pertanahan Jember"},
    )
    assert response.status_code == 400
    assert "acronym" in response.content.decode()
    assert not AgencyPage.objects.filter(slug="bpn", url_path__contains="mpp-jember").exists()
    bad = admin.post("/admin/onboarding/", {"mpp": "mpp-atlantis", "role": "editor", "agency": "bpn"})
    assert bad.status_code == 400
    response = admin.post(
        "/admin/onboarding/",
        {
            "mpp": "mpp-jember",
            "role": "editor",
            "agency": "bpn",
            "title": "Kantor Pertanahan Jember",
            "acronym": "BPN",
            "kind": "vertical_agency",
            "username": "bpn-jember",
            "email": "bpn@example.org",
        },
    )
    assert response.status_code == 302
    assert get_user_model().objects.get(username="bpn-jember").groups.filter(name__endswith="mpp-jember/bpn").exists()
    # Only administrators onboard.
    assert client_for("reviewer-jember").get("/admin/onboarding/").status_code in (302, 403)
    assert client_for("dukcapil-jember").post("/admin/onboarding/", {"mpp": "mpp-jember"}).status_code in (302, 403)


def make_stale(page, years=2):
    ServicePage.objects.filter(pk=page.pk).update(last_reviewed=timezone.localdate() - dt.timedelta(days=365 * years))


def test_stale_report_shows_only_the_reviewers_mpp(demo):
    page = service()
    make_stale(page)
    report = client_for("reviewer-jembrana").get("/admin/reports/stale-services/")
    assert report.status_code == 200
    assert page.title in report.content.decode()
    other = client_for("reviewer-jember").get("/admin/reports/stale-services/").content.decode()
    assert "MPP Kabupaten Jembrana" not in other
    assert client_for("dukcapil-jembrana").get("/admin/reports/stale-services/").status_code in (302, 403)


def test_review_interval_is_set_per_mpp(demo):
    page = service()
    location = mpp()
    ServicePage.objects.filter(pk=page.pk).update(last_reviewed=timezone.localdate() - dt.timedelta(days=200))
    assert page.pk not in {s.pk for s in review.stale_services(location)}
    location.review_interval_months = 6
    assert page.pk in {s.pk for s in review.stale_services(location)}


def test_notify_stale_emails_the_agency_editors(demo):
    page = service()
    make_stale(page)
    mail.outbox.clear()
    call_command("notify_stale", "--mpp", "mpp-jembrana", stdout=io.StringIO())
    to_dukcapil = [m for m in mail.outbox if "dukcapil-jembrana@demo.invalid" in m.to]
    assert len(to_dukcapil) == 1
    assert page.title in to_dukcapil[0].body
    assert f"/admin/pages/{page.pk}/edit/" in to_dukcapil[0].body
    assert not any("polres-jembrana@demo.invalid" in m.to and page.title in m.body for m in mail.outbox)
    with pytest.raises(CommandError):
        call_command("notify_stale", "--mpp", "mpp-atlantis", stdout=io.StringIO())


def test_reviewer_dashboard_counts_per_agency(demo):
    page = service()
    make_stale(page)
    dashboard = client_for("reviewer-jembrana").get("/admin/")
    html = dashboard.content.decode()
    assert dashboard.status_code == 200
    assert "content-health-mpp-jembrana" in html and "content-health-mpp-jember" not in html
    rows = {row.agency.slug: row for row in review.content_health(mpp())}
    assert [s.pk for s in rows["dukcapil"].stale] == [page.pk]
    assert rows["dukcapil"].services == ServicePage.objects.child_of(page.get_parent()).count()
    assert 'style="display:block;height:100%;width:' in html  # the health bar, no JavaScript
    editor_dashboard = client_for("dukcapil-jembrana").get("/admin/").content.decode()
    assert "content-health-" not in editor_dashboard


def test_a_new_english_agency_page_gets_the_editors_rights(demo):
    from wagtail.models import Locale

    call_command(
        "onboard_agency",
        *["--mpp", "mpp-jember", "--agency", "kemenag", "--title", "Kantor Kemenag Jember"],
        *["--acronym", "Kemenag", "--kind", "vertical_agency"],
        stdout=io.StringIO(),
    )
    agency = AgencyPage.objects.child_of(mpp("mpp-jember")).get(slug="kemenag")
    english = agency.copy_for_translation(Locale.objects.get(language_code="en"))  # as wagtail-localize does
    group = Group.objects.get(name="Agency editors: mpp-jember/kemenag")
    assert GroupPagePermission.objects.filter(page=english, group=group).count() == 2
    assert english.get_workflow() == agency.get_workflow()


def test_reviewer_dashboard_lists_stale_services_and_english_pages(demo):
    from django.utils.translation import override

    dukcapil = list(ServicePage.objects.child_of(service().get_parent()).order_by("title"))
    for page in dukcapil[:5]:
        make_stale(page)
    other_mpp = service(at="mpp-jember")
    make_stale(other_mpp)
    # An Indonesian change published without its English page: the English page is out of date.
    changed = ServicePage.objects.get(pk=dukcapil[0].pk)
    changed.summary = "Ringkasan baru."
    changed.save_revision().publish()
    english = changed.get_translation(changed.locale.__class__.objects.get(language_code="en"))

    html = client_for("reviewer-jembrana").get("/admin/").content.decode()
    panel = html.split('id="content-health-mpp-jembrana-section"')[1].split("</section>")[0]
    for page in dukcapil[:3]:
        assert f'<a href="/admin/pages/{page.pk}/edit/">{page.title}</a>' in panel
    assert f"/admin/pages/{dukcapil[4].pk}/edit/" not in panel.split("Dinas Kependudukan")[1].split("</tr>")[0]
    with override("id"):
        from django.utils.translation import ngettext

        more = ngettext("and %(more)s more", "and %(more)s more", 2) % {"more": 2}
    assert more in panel and "/admin/reports/stale-services/#mpp-jembrana" in panel
    assert f'href="/admin/pages/{english.pk}/edit/"' in panel  # the out-of-date English page, linked
    assert f"/admin/pages/{other_mpp.pk}/edit/" not in html  # only the reviewer's MPP


def set_password_through_the_link(client, message, password="Kata-sandi-baru-2024"):
    """Follow the e-mailed link to Wagtail's (Django's) set-password form and choose a password."""
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+)", message.body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    response = client.post(form.redirect_chain[-1][0], {"new_password1": password, "new_password2": password})
    assert response.status_code == 302
    return password


def test_onboarding_command_emails_the_new_user_a_password_link(demo, client, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "onboard_agency",
            *["--mpp", "mpp-jember", "--agency", "dinsos", "--user", "dinsos-baru", "--email", "dinsos@example.org"],
            stdout=out,
        )
    assert "dinsos@example.org" in out.getvalue()
    assert [m.to for m in mail.outbox] == [["dinsos@example.org"]]
    assert "dinsos-baru" in mail.outbox[0].body
    password = set_password_through_the_link(client, mail.outbox[0])
    assert client.login(username="dinsos-baru", password=password)
    # Running it again sends nothing; a user without an address is told how to get a password.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("onboard_agency", "--mpp", "mpp-jember", "--agency", "dinsos", "--user", "dinsos-baru")
        out = io.StringIO()
        call_command("onboard_reviewer", "--mpp", "mpp-jember", "--user", "tanpa-email", stdout=out)
    assert mail.outbox == []
    assert "changepassword tanpa-email" in out.getvalue()


def test_onboarding_form_emails_the_new_user_a_password_link(demo, client, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    admin = client_for(ADMIN)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            "/admin/onboarding/",
            {"mpp": "mpp-kudus", "role": "reviewer", "username": "kepala-kudus", "email": "kepala@example.org"},
        )
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["kepala@example.org"]]
    password = set_password_through_the_link(client, mail.outbox[0])
    assert client.login(username="kepala-kudus", password=password)
    assert roles.reviewed_mpps(get_user_model().objects.get(username="kepala-kudus")) == [mpp("mpp-kudus")]
    # A failed onboarding sends nothing.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        bad = admin.post(
            "/admin/onboarding/",
            {"mpp": "mpp-jember", "role": "editor", "agency": "bpn", "username": "x", "email": "x@example.org"},
        )
    assert bad.status_code == 400 and mail.outbox == []
    assert not get_user_model().objects.filter(username="x").exists()
