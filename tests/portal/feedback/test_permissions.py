"""Who sees which feedback: only on the pages one may edit, and only with a feedback permission
(FeedbackPermissionPolicy in portal/feedback/permissions.py), over the admin's HTTP views."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

import pytest

from portal.feedback.models import Feedback
from tests import factories
from tests.helpers import client_for

pytestmark = pytest.mark.usefixtures("tree")


def test_reviewers_and_editors_see_only_feedback_on_pages_they_may_edit(browser, send, tree):
    editor = factories.editor(tree.dukcapil, "dukcapil-uji-satu")
    reviewer = factories.reviewer(tree.first, "reviewer-uji-satu")
    ours, same_mpp, other_mpp = tree.ours, tree.skck_en, tree.other_mpp
    for page, comment in [
        (ours, "Catatan A untuk Dukcapil"),
        (same_mpp, "Note B for the police"),
        (other_mpp, "Catatan C di Kudus"),
    ]:
        assert send(browser, page, kind="wrong_fee", comment=comment).status_code in (200, 302)
    seen = {
        user.username: client_for(user.username).get("/admin/feedback/").content.decode() for user in (editor, reviewer)
    }
    assert "Catatan A untuk Dukcapil" in seen["dukcapil-uji-satu"]
    assert (
        "Note B for the police" not in seen["dukcapil-uji-satu"]
        and "Catatan C di Kudus" not in seen["dukcapil-uji-satu"]
    )
    assert (
        "Catatan A untuk Dukcapil" in seen["reviewer-uji-satu"] and "Note B for the police" in seen["reviewer-uji-satu"]
    )
    assert "Catatan C di Kudus" not in seen["reviewer-uji-satu"]
    # Another MPP's feedback can be neither opened nor marked handled.
    editor = client_for("dukcapil-uji-satu")
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


def test_feedback_admin_needs_a_feedback_permission(client, tree):
    user = get_user_model().objects.create_user("editor", password="pw-for-tests")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/feedback/").status_code in (302, 403)
    assert client.get("/admin/reports/usefulness/").status_code in (302, 403)
    item = Feedback.objects.create(page=tree.skck_en, kind="useful", language="en")
    assert client.post(f"/admin/feedback/handled/{item.pk}/").status_code in (302, 403)
    item.refresh_from_db()
    assert not item.handled
