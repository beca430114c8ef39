"""DPMPTSP review end to end, over HTTP through the real admin, as the demo accounts.

An editor of Dukcapil Jembrana changes a service and submits it; Jembrana's
reviewer approves (live at once, "last reviewed" stamped), schedules (live at its
time, through Wagtail's ``publish_scheduled``) or rejects with a required reason
(never live). Draft, rejected and scheduled content never reaches the public:
not the page, the search API, the search page, the sitemap or the JSON-LD.
"""

import datetime as dt
import json
import re

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Page, Revision, TaskState, WorkflowState

import pytest

from catalogue.models import ServicePage
from tests.helpers import client_for, edit_form_data, service, submit, workflow_action

pytestmark = pytest.mark.django_db

EDITOR, REVIEWER = "dukcapil-jembrana", "reviewer-jembrana"
SECRET = "Zebrakuda"  # a word no demo page contains


def public_channels(client, page):
    """Everything the public can read: the page, the search API and page, the sitemap, JSON-LD, the
    catalogue's read API and its HSDS feed."""
    page = ServicePage.objects.get(pk=page.pk)
    with translation.override("id"):
        search_url = reverse("search")
    query = "akta kelahiran jembrana"  # finds the service by its live title
    outputs = {
        "page": client.get(page.url).content.decode(),
        "api": client.get("/api/v1/search/", {"q": SECRET, "lang": "id"}).content.decode()
        + client.get("/api/v1/search/", {"q": query, "lang": "id", "mpp": "mpp-jembrana"}).content.decode(),
        "search": client.get(search_url, {"q": query}).content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
        "read_api": client.get(f"/api/v1/services/mpp-jembrana/{page.key}/").content.decode()
        + client.get(
            "/api/v1/services/", {"mpp": "mpp-jembrana", "agency": "dukcapil", "page_size": 100}
        ).content.decode(),
        "hsds": client.get("/api/hsds/v3/services", {"search": "Akta", "per_page": 100}).content.decode(),
    }
    outputs["jsonld"] = "".join(
        re.findall(r'<script type="application/ld\+json">(.*?)</script>', outputs["page"], re.S)
    )
    return outputs


def assert_not_public(client, page, text=SECRET):
    for channel, output in public_channels(client, page).items():
        assert text not in output, channel


def test_editor_submits_reviewer_approves_and_it_is_live_at_once(demo, client):
    page = service()
    editor, reviewer = client_for(EDITOR), client_for(REVIEWER)
    response = submit(editor, page, title=f"Akta Kelahiran {SECRET}", summary=f"Ringkasan {SECRET}.")
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).workflow_in_progress
    assert_not_public(client, page)

    # The reviewer sees the change against the live version.
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    compare = reviewer.get(reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, "live", "latest")))
    assert compare.status_code == 200 and SECRET in compare.content.decode()
    dashboard = reviewer.get("/admin/").content.decode()
    assert f"Akta Kelahiran {SECRET}" in dashboard  # Wagtail's "awaiting your review" panel

    assert workflow_action(reviewer, page, "approve").status_code == 302
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED
    live = ServicePage.objects.get(pk=page.pk)
    assert live.summary == f"Ringkasan {SECRET}." and not live.has_unpublished_changes
    assert live.last_reviewed == timezone.localdate()
    assert live.reviewed_by == live.location.operator_name == "DPMPTSP Kabupaten Jembrana"
    outputs = public_channels(client, page)
    assert SECRET in outputs["page"] and SECRET in outputs["api"] and SECRET in outputs["jsonld"]
    assert timezone.localdate().strftime("%Y") in re.search(r'class="reviewed[^"]*">(.*?)</p>', outputs["page"]).group(
        1
    )
    assert live.location.operator_name in outputs["page"]


def test_rejection_needs_a_reason_and_the_editor_sees_it(demo, client):
    page = service()
    editor, reviewer = client_for(EDITOR), client_for(REVIEWER)
    submit(editor, page, summary=f"Ringkasan {SECRET}.")
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state

    # The modal refuses an empty reason and says why.
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", task_state.pk))
    response = reviewer.post(url, {"comment": "  "}, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200
    assert json.loads(response.content)["step"] == "action"
    with translation.override("id"):
        from catalogue.models.review import RejectionForm

        message = str(RejectionForm().fields["comment"].error_messages["required"])
    assert message in json.loads(response.content)["html"]
    workflow_action(reviewer, page, "reject")  # a plain post without a reason does nothing either
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS

    # A hand-made request from the editor view without a reason is refused too.
    data = edit_form_data(page, reviewer)
    data.update({"action-workflow-action": "1", "workflow-action-name": "reject"})
    assert reviewer.post(f"/admin/pages/{page.pk}/edit/", data).status_code in (302, 403)
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS

    reason = "Biaya legalisir belum dicantumkan."
    assert workflow_action(reviewer, page, "reject", comment=reason).status_code == 302
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_REJECTED
    state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert_not_public(client, page)

    # The editor finds the reason on the page's workflow history and can edit again.
    history = editor.get(reverse("wagtailadmin_pages:workflow_history_detail", args=(page.pk, state.pk)))
    assert history.status_code == 200 and reason in history.content.decode()
    edit = editor.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200 and reason in edit.content.decode()  # shown where the editor works
    # ... and is told by e-mail (Wagtail's workflow notifications).
    from django.core import mail

    assert any(reason in message.body for message in mail.outbox)


def test_a_scheduled_change_goes_live_at_its_time_not_before(demo, client):
    page = service()
    editor, reviewer = client_for(EDITOR), client_for(REVIEWER)
    go_live = timezone.localtime() + dt.timedelta(hours=2)
    submit(editor, page, summary=f"Ringkasan {SECRET}.", go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    assert workflow_action(reviewer, page, "approve").status_code == 302
    revision = Revision.page_revisions.filter(object_id=str(page.pk)).exclude(approved_go_live_at=None).get()
    assert revision.approved_go_live_at > timezone.now()
    call_command("publish_scheduled", verbosity=0)
    assert SECRET not in ServicePage.objects.get(pk=page.pk).summary
    assert_not_public(client, page)

    # Two hours later (the schedule moves back instead of the clock moving forward):
    past = timezone.now() - dt.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", verbosity=0)
    live = ServicePage.objects.get(pk=page.pk)
    assert live.summary == f"Ringkasan {SECRET}."
    assert live.last_reviewed == timezone.localdate()
    assert SECRET in client.get(live.url).content.decode()


def test_a_draft_is_never_public(demo, client):
    page = service()
    data = edit_form_data(page)
    data["summary"] = f"Ringkasan {SECRET}."
    assert client_for(EDITOR).post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    assert ServicePage.objects.get(pk=page.pk).has_unpublished_changes
    assert_not_public(client, page)


def test_an_unpublished_service_leaves_every_public_channel(demo, client):
    page = service()
    reviewer = client_for(REVIEWER)
    assert reviewer.post(f"/admin/pages/{page.pk}/unpublish/").status_code == 302
    title = page.title
    assert client.get(page.url).status_code == 404
    api = client.get("/api/v1/search/", {"q": "akta kelahiran", "lang": "id", "mpp": "mpp-jembrana"}).json()
    assert all("mpp-jembrana/dukcapil/akta-kelahiran" not in row["url"] for row in api["results"])
    assert f"/id/mpp-jembrana/dukcapil/{page.slug}/" not in client.get("/sitemap.xml").content.decode()
    assert title


def test_submission_is_refused_until_the_six_components_are_there(demo):
    page = service()
    editor = client_for(EDITOR)
    before = Page.objects.get(pk=page.pk).get_latest_revision().pk
    response = submit(editor, page, duration_value="", duration_unit="", fee_kind="")
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("id"):
        from catalogue.models.service import DELIVERY_COMPONENTS, component_label

        labels = {key: str(component_label(key)) for key in DELIVERY_COMPONENTS}
    assert labels["duration"] in html and labels["fee"] in html
    assert labels["requirements"] not in re.sub(r"<[^>]+>", " ", html).split(labels["duration"])[0][-300:]
    assert not Page.objects.get(pk=page.pk).workflow_in_progress
    assert Page.objects.get(pk=page.pk).get_latest_revision().pk == before

    # Saving the incomplete draft is still allowed, and the listing shows the score.
    data = edit_form_data(page)
    data.update({"duration_value": "", "duration_unit": "", "fee_kind": ""})
    assert editor.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    draft = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.completeness == "4/6"
    listing = editor.get("/admin/services/", {"q": page.title}).content.decode()
    assert "4/6" in listing


def test_reviewer_compares_and_reverts_a_revision(demo, client):
    page = service()
    reviewer = client_for(REVIEWER)
    original = Page.objects.get(pk=page.pk).get_latest_revision()
    data = edit_form_data(page)
    data["summary"] = f"Ringkasan {SECRET}."
    data["action-publish"] = "1"
    assert reviewer.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    assert SECRET in ServicePage.objects.get(pk=page.pk).summary

    compare = reviewer.get(reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, original.pk, "latest")))
    assert compare.status_code == 200 and SECRET in compare.content.decode()
    history = reviewer.get(f"/admin/pages/{page.pk}/history/")
    assert history.status_code == 200 and REVIEWER in history.content.decode()

    revert = reviewer.get(reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, original.pk)))
    assert revert.status_code == 200
    from wagtail.test.utils.form_data import querydict_from_html

    data = querydict_from_html(revert.content.decode(), form_id="page-edit-form").copy()
    old = original.as_object()
    from tests.helpers import nested_form_data, stream_form_data

    names = ["requirements", "procedure", "fees", "complaint_channels", "legal_basis", "other_channels"]
    for key, value in nested_form_data({name: stream_form_data(old, name) for name in names}).items():
        data[key] = value
    assert data["summary"].strip() == old.summary
    data["action-publish"] = "1"
    assert reviewer.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    live = ServicePage.objects.get(pk=page.pk)
    assert live.summary == old.summary
    assert SECRET not in client.get(live.url).content.decode()


def test_a_reviewer_publishing_from_the_editor_stamps_the_review(demo, client):
    page = service()
    ServicePage.objects.filter(pk=page.pk).update(last_reviewed=dt.date(2020, 1, 1))
    data = edit_form_data(ServicePage.objects.get(pk=page.pk))
    data["summary"] = f"Ringkasan {SECRET}."
    data["action-publish"] = "1"
    assert client_for(REVIEWER).post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    live = ServicePage.objects.get(pk=page.pk)
    assert SECRET in live.summary
    assert live.last_reviewed == timezone.localdate()
    assert live.reviewed_by == page.location.operator_name
    assert live.get_latest_revision().as_object().last_reviewed == timezone.localdate()


def test_two_editors_do_not_silently_overwrite_each_other(demo):
    """Wagtail's editing sessions tell an editor that someone saved a newer version, and
    the autosave path refuses to overwrite it; every saved version stays in the history."""
    from django.contrib.auth import get_user_model

    from catalogue import roles

    page = service()
    colleague = get_user_model().objects.create_user("dukcapil-jembrana-2")
    colleague.groups.add(*get_user_model().objects.get(username=EDITOR).groups.all())
    first, second = client_for(EDITOR), client_for(colleague.username)
    html = first.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    ping_url = re.search(r'data-w-swap-src-value="([^"]+)"', html).group(1)
    loaded = Page.objects.get(pk=page.pk).get_latest_revision()

    data = edit_form_data(page)
    data["summary"] = "Versi rekan kerja."
    assert second.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    newer = Page.objects.get(pk=page.pk).get_latest_revision()
    assert newer.pk != loaded.pk

    ping = first.post(ping_url, {"revision_id": loaded.pk, "revision_created_at": loaded.created_at.isoformat()})
    assert ping.status_code == 200
    assert colleague.username in ping.content.decode()
    assert str(newer.pk) in ping.content.decode()

    stale = edit_form_data(page)
    stale.update({"summary": "Versi lama.", "loaded_revision_id": str(loaded.pk), "loaded_revision_created_at": "x"})
    refused = first.post(f"/admin/pages/{page.pk}/edit/", stale, headers={"accept": "application/json"})
    assert refused.status_code == 400 and refused.json()["error_code"] == "invalid_revision"
    assert Page.objects.get(pk=page.pk).get_latest_revision().content["summary"] == "Versi rekan kerja."
    assert roles  # the colleague is an editor through the same group


def test_translations_follow_the_same_review(demo, client):
    from wagtail_localize.models import Translation

    page_en = service(language="en")
    page_id = service()
    assert page_en.get_workflow() == page_id.get_workflow()
    assert page_en.get_workflow().name.startswith("Tinjauan DPMPTSP")

    # Editors translate and sync (tests/catalogue/test_translations.py), but only the reviewer publishes.
    translation_row = Translation.objects.get(source__object_id=page_id.translation_key, target_locale=page_en.locale)
    assert translation_row
    editor = client_for(EDITOR)
    assert editor.get(f"/admin/pages/{page_en.pk}/edit/").status_code == 200
    before = ServicePage.objects.get(pk=page_en.pk).last_published_at
    refused = editor.post(f"/admin/pages/{page_en.pk}/edit/", {"action": "publish"})
    assert refused.status_code in (302, 403) and "/edit/" not in refused.get("Location", "")
    assert ServicePage.objects.get(pk=page_en.pk).last_published_at == before
    editor.post(f"/admin/localize/update/{translation_row.source_id}/", {"publish_translations": "on"})
    assert ServicePage.objects.get(pk=page_en.pk).last_published_at == before

    # A change published in Indonesian makes the English page out of date on the reviewer's dashboard.
    from catalogue import review

    reviewer = client_for(REVIEWER)
    data = edit_form_data(page_id)
    data["summary"] = "Ringkasan baru dalam bahasa Indonesia."
    data["action-publish"] = "1"
    assert reviewer.post(f"/admin/pages/{page_id.pk}/edit/", data).status_code == 302
    outdated = review.translation_status([ServicePage.objects.get(pk=page_id.pk)])
    assert [row["problem"] for row in outdated] == ["outdated"]
    dashboard = reviewer.get("/admin/").content.decode()
    assert "content-health-mpp-jembrana" in dashboard
    report = reviewer.get("/admin/reports/stale-services/").content.decode()
    assert f"/admin/pages/{page_en.pk}/edit/" in report  # which English page, linked


@pytest.mark.parametrize(("role", "allowed"), [("reviewer-jembrana", True), ("reviewer-jember", False)])
def test_only_the_mpps_reviewer_creates_or_syncs_its_translations(demo, role, allowed):
    from wagtail_localize.models import TranslationSource

    page = service()
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    client = client_for(role)
    for url in (f"/admin/localize/update/{source.pk}/", f"/admin/localize/submit/page/{page.pk}/"):
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, url
        else:
            assert response.status_code in (302, 403), url
    page.duration_value = 9  # a synchronized fact changes in Indonesian
    page.save_revision().publish()
    client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    published = ServicePage.objects.get(pk=service(language="en").pk).duration_value == 9
    assert published == allowed
