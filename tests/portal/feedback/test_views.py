"""The feedback form of a service page over real HTTP: CSRF, what is stored, bad input, the rate limit."""

import re

from django.test import Client

from wagtail.models import Locale

import pytest

from portal.feedback.models import Feedback
from portal.feedback.ratelimit import FEEDBACK_PER_HOUR

pytestmark = pytest.mark.usefixtures("tree")


def test_service_page_has_both_forms_and_sets_no_cookie(browser, tree):
    """Nothing of the visitor on the page (no CSRF token, no cookie): it can be kept in the page cache."""
    response = browser.get(tree.skck_en.url)
    section = re.search(r'<section class="feedback".*?</section>', response.content.decode(), re.S).group(0)
    assert "Was this page useful?" in section and "Report a problem with this page" in section
    assert "csrfmiddlewaretoken" not in section
    for kind in ["useful", "not_useful", "wrong_fee", "missing_document", "counter_moved", "other"]:
        assert f'value="{kind}"' in section
    assert not response.cookies


def test_useful_answer_is_stored_with_the_page_revision_and_without_personal_data(browser, send, tree):
    page = tree.skck_en
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


def test_problem_report_is_stored(browser, send, tree):
    assert send(browser, tree.other_mpp, kind="counter_moved", comment="").status_code == 302
    assert Feedback.objects.get().kind == "counter_moved"


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://elsewhere.example"},
        {"Referer": "https://elsewhere.example/form.html"},
    ],
)
def test_a_form_sent_from_another_site_is_refused_and_nothing_is_stored(browser, tree, headers):
    response = browser.post("/en/feedback/", {"page": tree.skck_en.pk, "kind": "useful"}, headers=headers)
    assert response.status_code == 403
    assert "only be sent from a service page of this portal" in response.content.decode()
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    "headers", [{"Origin": "http://testserver"}, {"Referer": "http://testserver/en/some-page/"}, {}]
)
def test_a_form_sent_from_this_site_or_directly_is_taken(browser, tree, headers):
    response = browser.post("/en/feedback/", {"page": tree.skck_en.pk, "kind": "useful"}, headers=headers)
    assert response.status_code == 302 and Feedback.objects.count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "excellent"},
        {"kind": ""},
        {"kind": "useful", "comment": "x" * 501},
        {"kind": "useful", "page": 999999},
        {"kind": "useful", "page": "x"},
        {"kind": "useful", "page": "9223372036854775808"},  # was an OverflowError, a 500
        {"kind": "useful", "page": "2147483648"},
        {"kind": "useful", "page": "-1"},
    ],
)
def test_invalid_input_is_a_friendly_400_and_nothing_is_stored(browser, send, tree, data):
    response = send(browser, tree.skck_en, **data)
    assert response.status_code == 400
    assert "Your feedback was not sent" in response.content.decode()
    assert not Feedback.objects.exists()


def test_get_is_not_allowed(client):
    assert client.get("/en/feedback/").status_code == 405


def test_rate_limit_per_client_without_storing_the_address(browser, send, tree):
    page = tree.skck_en
    for _ in range(FEEDBACK_PER_HOUR):
        assert send(browser, page, kind="useful").status_code == 302
    response = send(browser, page, kind="useful")
    assert response.status_code == 429
    assert "try again later" in response.content.decode()
    assert Feedback.objects.count() == FEEDBACK_PER_HOUR
    other = Client(enforce_csrf_checks=True, REMOTE_ADDR="10.0.0.7")
    assert send(other, page, kind="useful").status_code == 302
