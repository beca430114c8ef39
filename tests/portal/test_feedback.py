"""Feedback on service pages over real HTTP: CSRF, personal data stripped, rate limit, admin."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client

from wagtail.models import Locale

import pytest

from catalogue.personal_data import strip_personal_data
from portal.feedback.models import Feedback
from portal.feedback.ratelimit import FEEDBACK_PER_HOUR, client_key
from tests.helpers import client_for, service

pytestmark = pytest.mark.usefixtures("demo")


def skck_en():
    """SKCK (the police) at MPP Jembrana, in English."""
    return service("skck", language="en")


def form_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


@pytest.fixture
def browser():
    """A client that enforces CSRF like a real browser session does."""
    return Client(enforce_csrf_checks=True)


def send(browser, target, **data):
    """Fill in the feedback form of ``target`` as a browser would; ``data`` may override ``page``."""
    html = browser.get(target.url).content.decode()
    token = form_token(html)
    action = re.search(r'<form method="post" action="([^"]+)"', html).group(1)
    return browser.post(action, {"csrfmiddlewaretoken": token, "page": target.pk} | data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call me on 0812-3456-7890 please", "Call me on [telepon] please"),
        ("WA +62 812 3456 7890.", "WA [telepon]."),
        ("or 6281234567890", "or [telepon]"),
        ("kantor (0361) 123456", "kantor [telepon]"),
        ("NIK 5101012345670001 salah", "NIK [NIK] salah"),
        ("NIK 510101 234567 0001", "NIK [NIK]"),
        ("mail budi.santoso+mpp@example.co.id now", "mail [e-mail] now"),
        ("The fee is Rp 30.000, not Rp 60.000 at counter 4", "The fee is Rp 30.000, not Rp 60.000 at counter 4"),
        ("2 lembar fotokopi, loket 12, tahun 2024", "2 lembar fotokopi, loket 12, tahun 2024"),
    ],
)
def test_personal_data_is_stripped(text, expected):
    assert strip_personal_data(text) == expected


def test_service_page_has_both_forms_with_a_csrf_token(browser):
    html = browser.get(skck_en().url).content.decode()
    section = re.search(r'<section class="feedback".*?</section>', html, re.S).group(0)
    assert "Was this page useful?" in section and "Report a problem with this page" in section
    assert section.count('name="csrfmiddlewaretoken"') == 2
    for kind in ["useful", "not_useful", "wrong_fee", "missing_document", "counter_moved", "other"]:
        assert f'value="{kind}"' in section
    assert "csrftoken" in browser.cookies


def test_useful_answer_is_stored_with_the_page_revision_and_without_personal_data(browser):
    page = skck_en()
    response = send(browser, page, kind="not_useful", comment="Fee wrong, call 081234567890 or a@b.id")
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}?feedback=thanks#feedback"
    feedback = Feedback.objects.get()
    assert feedback.page_id == page.pk
    assert feedback.revision_id == page.live_revision_id is not None
    assert feedback.kind == "not_useful" and feedback.useful is False
    assert feedback.comment == "Fee wrong, call [telepon] or [e-mail]"
    assert feedback.language == "en"
    source = Locale.get_default()
    assert feedback.agency == page.agency.get_translation(source)
    assert feedback.mpp == page.location.get_translation(source)
    thanks = browser.get(response["Location"]).content.decode()
    assert "Thank you for your feedback" in thanks


def test_problem_report_is_stored(browser):
    page = service("kartu-keluarga", at="mpp-kudus")
    assert send(browser, page, kind="counter_moved", comment="").status_code == 302
    assert Feedback.objects.get().kind == "counter_moved"


def test_without_csrf_token_nothing_is_stored(browser):
    page = skck_en()
    response = browser.post("/en/feedback/", {"page": page.pk, "kind": "useful"})
    assert response.status_code == 403
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "excellent"},
        {"kind": ""},
        {"kind": "useful", "comment": "x" * 501},
        {"kind": "useful", "page": 999999},
        {"kind": "useful", "page": "x"},
    ],
)
def test_invalid_input_is_a_friendly_400_and_nothing_is_stored(browser, data):
    response = send(browser, skck_en(), **data)
    assert response.status_code == 400
    assert "Your feedback was not sent" in response.content.decode()
    assert not Feedback.objects.exists()


def test_get_is_not_allowed(client):
    assert client.get("/en/feedback/").status_code == 405


def test_rate_limit_per_client_without_storing_the_address(browser):
    page = skck_en()
    for _ in range(FEEDBACK_PER_HOUR):
        assert send(browser, page, kind="useful").status_code == 302
    response = send(browser, page, kind="useful")
    assert response.status_code == 429
    assert "try again later" in response.content.decode()
    assert Feedback.objects.count() == FEEDBACK_PER_HOUR
    other = Client(enforce_csrf_checks=True, REMOTE_ADDR="10.0.0.7")
    assert send(other, page, kind="useful").status_code == 302

    class Request:
        META = {"REMOTE_ADDR": "127.0.0.1"}

    assert "127.0.0.1" not in client_key(Request)


@pytest.fixture
def reviewer(client):
    """A portal administrator: sees the feedback of every MPP."""
    client.force_login(get_user_model().objects.create_superuser("portal-admin", password="pw-for-tests"))
    return client


def test_reviewers_and_editors_see_only_feedback_on_pages_they_may_edit(browser):

    ours = service("akta-kelahiran")  # Dukcapil at MPP Jembrana
    same_mpp = skck_en()  # SKCK, the police, at MPP Jembrana
    other_mpp = service("kartu-keluarga", at="mpp-kudus")
    for page, comment in [
        (ours, "Catatan A untuk Dukcapil"),
        (same_mpp, "Note B for the police"),
        (other_mpp, "Catatan C di Kudus"),
    ]:
        assert send(browser, page, kind="wrong_fee", comment=comment).status_code in (200, 302)
    seen = {
        username: client_for(username).get("/admin/feedback/").content.decode()
        for username in ("dukcapil-jembrana", "reviewer-jembrana")
    }
    assert "Catatan A untuk Dukcapil" in seen["dukcapil-jembrana"]
    assert (
        "Note B for the police" not in seen["dukcapil-jembrana"]
        and "Catatan C di Kudus" not in seen["dukcapil-jembrana"]
    )
    assert (
        "Catatan A untuk Dukcapil" in seen["reviewer-jembrana"] and "Note B for the police" in seen["reviewer-jembrana"]
    )
    assert "Catatan C di Kudus" not in seen["reviewer-jembrana"]
    # Another MPP's feedback can be neither opened nor marked handled.
    editor = client_for("dukcapil-jembrana")
    theirs = Feedback.objects.get(comment="Catatan C di Kudus")
    assert editor.get(f"/admin/feedback/edit/{theirs.pk}/").status_code in (302, 403, 404)
    editor.post(f"/admin/feedback/edit/{theirs.pk}/", {"handled": "on"})
    editor.post(f"/admin/feedback/handled/{theirs.pk}/")
    theirs.refresh_from_db()
    assert not theirs.handled
    mine = Feedback.objects.get(comment="Catatan A untuk Dukcapil")
    assert editor.post(f"/admin/feedback/handled/{mine.pk}/").status_code == 302
    mine.refresh_from_db()
    assert mine.handled
    send(browser, ours, kind="useful")
    send(browser, other_mpp, kind="useful")
    report = editor.get("/admin/reports/usefulness/").content.decode()
    assert ours.agency.title in report and other_mpp.agency.title not in report


def test_admin_lists_filters_and_marks_feedback_handled(browser, reviewer):
    skck = skck_en()
    kk = service("kartu-keluarga", at="mpp-kudus")
    send(browser, skck, kind="wrong_fee", comment="Biaya sudah naik")
    send(browser, kk, kind="useful")
    listing = reviewer.get("/admin/feedback/").content.decode()
    assert skck.title in listing and kk.title in listing
    agency = skck.agency.get_translation(Locale.get_default())
    filtered = reviewer.get(f"/admin/feedback/?agency={agency.pk}").content.decode()
    assert skck.title in filtered and kk.title not in filtered
    item = Feedback.objects.get(kind="wrong_fee")
    response = reviewer.post(f"/admin/feedback/edit/{item.pk}/", {"handled": "on"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.handled and item.comment == "Biaya sudah naik"
    unhandled = reviewer.get("/admin/feedback/?handled=false").content.decode()
    assert "Biaya sudah naik" not in unhandled
    # One click in the listing marks the other one handled and comes back to the same filter.
    useful = Feedback.objects.get(kind="useful")
    assert f'action="/admin/feedback/handled/{useful.pk}/"' in unhandled
    response = reviewer.post(f"/admin/feedback/handled/{useful.pk}/", {"next": "/admin/feedback/?handled=false"})
    assert response.status_code == 302 and response["Location"] == "/admin/feedback/?handled=false"
    assert Feedback.objects.filter(handled=False).count() == 0
    assert (
        reviewer.post(f"/admin/feedback/handled/{useful.pk}/", {"next": "https://evil.example/"})["Location"]
        == "/admin/feedback/"
    )


def test_usefulness_per_agency_per_month(browser, reviewer):
    page = skck_en()
    for kind in ["useful", "useful", "useful", "not_useful"]:
        send(browser, page, kind=kind)
    html = reviewer.get("/admin/reports/usefulness/").content.decode()
    row = re.search(r"<tr><th scope=\"row\">.*?</tr>", html, re.S).group(0)
    assert page.agency.get_translation(Locale.get_default()).title in row
    assert "75%" in row and re.search(r"\(3 \w+ 4\)", row)


def test_feedback_admin_needs_a_feedback_permission(client):
    user = get_user_model().objects.create_user("editor", password="pw-for-tests")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/feedback/").status_code in (302, 403)
    assert client.get("/admin/reports/usefulness/").status_code in (302, 403)
    item = Feedback.objects.create(page=skck_en(), kind="useful", language="en")
    assert client.post(f"/admin/feedback/handled/{item.pk}/").status_code in (302, 403)
    item.refresh_from_db()
    assert not item.handled


def test_behind_a_trusted_proxy_the_forwarded_client_is_counted(settings):
    from portal.feedback.ratelimit import client_address

    class Request:
        META = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.9"}

    assert client_address(Request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(Request) == "203.0.113.9"
    settings.TRUSTED_PROXY_COUNT = 3  # fewer entries than proxies: do not trust the header
    assert client_address(Request) == "10.0.0.1"
