"""Reviewed means reviewed: an approval publishes exactly the revision the reviewer saw, and nobody
the review locks out writes a revision while it runs (issue 11, item 1), over HTTP as the demo accounts.
"""

import json

from wagtail.models import Page, Revision

import pytest

from catalogue.models import ServicePage
from tests.helpers import client_for, edit_form_data, service, submit, workflow_action

pytestmark = pytest.mark.django_db

EDITOR, REVIEWER = "dukcapil-jembrana", "reviewer-jembrana"
BAD = "Ringkasan Zebrakuda yang salah."  # a word no demo page contains


def save_draft(client, page, **changes):
    data = edit_form_data(page)
    data.update(changes)
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def search_api(client, query):
    return client.get("/api/v1/search/", {"q": query, "lang": "id", "mpp": "mpp-jembrana"}).content.decode()


def test_a_revert_while_in_review_is_refused_and_the_approval_publishes_the_reviewed_revision(demo, client):
    page = service("akta-kematian")
    editor, reviewer = client_for(EDITOR), client_for(REVIEWER)
    assert save_draft(editor, page, summary=BAD).status_code == 302
    bad = Page.objects.get(pk=page.pk).latest_revision_id  # revision A
    clean = "Ringkasan yang sudah diperiksa."
    assert submit(editor, page, summary=clean).status_code == 302
    reviewed = Page.objects.get(pk=page.pk).current_workflow_task_state.revision_id  # revision B
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()

    url = f"/admin/api/main/pages/{page.pk}/action/revert_to_page_revision/"
    response = editor.post(url, json.dumps({"revision_id": bad}), content_type="application/json")
    assert response.status_code == 403
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions

    assert workflow_action(reviewer, page, "approve").status_code == 302
    live = ServicePage.objects.get(pk=page.pk)
    assert live.live_revision_id == reviewed and live.summary == clean
    assert "Zebrakuda" not in client.get(live.url).content.decode()
    assert "Zebrakuda" not in search_api(client, "Zebrakuda")


def test_the_approval_publishes_the_task_revision_never_the_latest(demo, client):
    """Whatever wrote a later revision (code, a future route), the approval did not see it."""
    page = service("akta-kematian")
    editor, reviewer = client_for(EDITOR), client_for(REVIEWER)
    assert submit(editor, page, summary="Ringkasan yang diperiksa.").status_code == 302
    reviewed = Page.objects.get(pk=page.pk).current_workflow_task_state.revision_id
    unseen = Page.objects.get(pk=page.pk).specific
    unseen.summary = BAD
    unseen.save_revision()  # no user: not an admin route, so not refused, but never approved either

    assert workflow_action(reviewer, page, "approve").status_code == 302
    live = ServicePage.objects.get(pk=page.pk)
    assert live.live_revision_id == reviewed and live.summary == "Ringkasan yang diperiksa."
    assert live.has_unpublished_changes  # the unseen revision stays a draft
    assert "Zebrakuda" not in client.get(live.url).content.decode()


def test_a_reviewer_who_edits_during_the_review_approves_what_they_saved(demo, client):
    """A reviewer may change the page under review: the approval publishes the reviewer's own
    later revision (they saw it), but not one written by anyone else after the reviewed one."""
    page = service("akta-kematian")
    editor, reviewer = client_for(EDITOR), client_for(REVIEWER)
    assert submit(editor, page, summary="Ringkasan dari editor.").status_code == 302
    assert save_draft(reviewer, page, summary="Ringkasan diperbaiki peninjau.").status_code == 302
    latest = Page.objects.get(pk=page.pk).latest_revision_id

    assert workflow_action(reviewer, page, "approve").status_code == 302
    live = ServicePage.objects.get(pk=page.pk)
    assert live.summary == "Ringkasan diperbaiki peninjau." and live.live_revision_id == latest
    assert not live.has_unpublished_changes


def test_an_editor_cannot_save_while_in_review_but_can_after_cancelling(demo):
    page = service("akta-kematian")
    editor = client_for(EDITOR)
    assert submit(editor, page, summary="Ringkasan dari editor.").status_code == 302
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()
    save_draft(editor, page, summary=BAD)
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions
    data = edit_form_data(page)
    data["action-cancel-workflow"] = "1"
    editor.post(f"/admin/pages/{page.pk}/edit/", data)
    assert not Page.objects.get(pk=page.pk).workflow_in_progress
    assert save_draft(editor, page, summary="Ringkasan setelah dibatalkan.").status_code == 302
    page = Page.objects.get(pk=page.pk)
    assert page.get_latest_revision_as_object().summary == "Ringkasan setelah dibatalkan."
