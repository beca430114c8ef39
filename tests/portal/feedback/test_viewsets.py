"""The *Feedback* listing in the admin: filters, and marking feedback handled (portal/feedback/viewsets.py)."""

from wagtail.models import Locale

import pytest

from portal.feedback.models import Feedback
from tests.helpers import ADMIN, client_for

pytestmark = pytest.mark.usefixtures("tree")


def test_admin_lists_filters_and_marks_feedback_handled(browser, send, tree):
    reviewer = client_for(ADMIN)  # a portal administrator: sees the feedback of every MPP
    skck = tree.skck_en
    kk = tree.other_mpp
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


def test_feedback_is_not_added_in_the_admin(tree):
    """Feedback comes from citizens through the service page's form: the admin offers no "add",
    and its URL refuses, writing nothing (it used to end in a 500 IntegrityError)."""
    administrator = client_for(ADMIN)
    listing = administrator.get("/admin/feedback/")
    assert listing.status_code == 200 and "/admin/feedback/new/" not in listing.content.decode()
    assert administrator.get("/admin/feedback/new/").status_code in (302, 403)
    response = administrator.post("/admin/feedback/new/", {"handled": "on"})
    assert response.status_code in (302, 403) and not Feedback.objects.exists()
