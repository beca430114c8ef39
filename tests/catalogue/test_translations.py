"""Agency editors translate their own agency's pages; the translation goes through DPMPTSP review.

Over HTTP through the real admin, as the demo accounts: the editor of Dukcapil Jembrana
creates, translates, syncs and submits the English page of a Dukcapil service; editors of
another agency or MPP and the reviewer of another MPP are refused and nothing changes; the
editor never publishes; Jembrana's reviewer approves the Indonesian and English changes
together (catalogue/translations.py, ReviewTask in catalogue/models/review.py).
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import override

from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest

from catalogue.models import ServicePage
from tests.helpers import client_for, edit_form_data, english_locale, refused, service, submit, workflow_action

pytestmark = pytest.mark.django_db

EDITOR, REVIEWER = "dukcapil-jembrana", "reviewer-jembrana"
OUTSIDERS = ["polres-jembrana", "dukcapil-jember", "reviewer-jember"]  # another agency, another MPP
ENGLISH_TITLE = "Birth certificate (translated by the agency)"


def new_service():
    """A published Indonesian Dukcapil service at Jembrana that has no English page yet."""
    page = service()
    copy = page.copy(update_attrs={"slug": "akta-kelahiran-baru", "title": "Akta Kelahiran Baru"}, keep_live=True)
    return ServicePage.objects.get(pk=copy.pk)


def english_of(page):
    return ServicePage.objects.filter(translation_key=page.translation_key, locale=english_locale()).first()


def translation_of(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=english_locale())


def translate_string(client, page_en, source_text, value):
    """Type a translation into wagtail-localize's editor (its JSON API, as the React editor does)."""
    translation = translation_of(page_en)
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def submit_translation(client, page_en):
    return client.post(f"/admin/pages/{page_en.pk}/edit/", {"catalogue-submit-translation": "1"})


# --- Creating the English page ---------------------------------------------------


def test_the_editor_creates_the_english_page_as_a_draft(demo, client):
    page = new_service()
    editor = client_for(EDITOR)
    explore = editor.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert f"/admin/localize/submit/page/{page.pk}/" in explore  # "Translate this page" in the listing
    form = editor.get(f"/admin/localize/submit/page/{page.pk}/")
    assert form.status_code == 200
    response = editor.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [english_locale().pk], "include_subtree": "on"}
    )
    page_en = english_of(page)
    assert page_en is not None
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{page_en.pk}/edit/"
    assert not page_en.live and page_en.get_latest_revision() is not None
    assert page_en.duration_value == page.duration_value  # synchronized facts come along
    assert page_en.get_workflow() == page.get_workflow()
    assert client.get(f"/en/mpp-jembrana/dukcapil/{page_en.slug}/").status_code == 404


@pytest.mark.parametrize("username", OUTSIDERS)
def test_others_cannot_create_the_english_page(demo, username):
    page = new_service()
    client = client_for(username)
    explore = client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert f"/admin/localize/submit/page/{page.pk}/" not in explore
    assert refused(client.get(f"/admin/localize/submit/page/{page.pk}/"))
    assert refused(client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english_locale().pk]}))
    assert english_of(page) is None
    assert not TranslationSource.objects.filter(object_id=page.translation_key).exists()


def test_the_editor_cannot_create_pages_outside_their_agency(demo):
    """An agency page's English version sits under the MPP page, where editors add nothing."""
    from tests.helpers import agency

    dukcapil = agency()
    page_en = dukcapil.get_translation(english_locale())
    page_en.delete()
    editor = client_for(EDITOR)
    response = editor.post(f"/admin/localize/submit/page/{dukcapil.pk}/", {"locales": [english_locale().pk]})
    assert response.status_code == 200  # the form, with an explanation
    assert "DPMPTSP" in response.content.decode()
    assert not Page.objects.filter(translation_key=dukcapil.translation_key, locale=english_locale()).exists()


# --- Translating and submitting ---------------------------------------------------


def test_the_editor_translates_and_submits_for_review_but_never_publishes(demo, client):
    page = service()
    page_en = english_of(page)
    live_title = page_en.title
    editor = client_for(EDITOR)

    editor_page = editor.get(f"/admin/pages/{page_en.pk}/edit/")
    html = editor_page.content.decode()
    assert editor_page.status_code == 200 and "js-translation-editor" in html  # wagtail-localize's editor
    assert 'name="catalogue-submit-translation"' in html
    assert "&quot;canPublish&quot;: false" in html  # no "Publish in English"

    assert translate_string(editor, page_en, page.title, ENGLISH_TITLE).status_code in (200, 201)
    # wagtail-localize's "publish" stays refused to an editor.
    assert refused(editor.post(f"/admin/pages/{page_en.pk}/edit/", {"action": "publish"}))
    assert ServicePage.objects.get(pk=page_en.pk).title == live_title

    response = submit_translation(editor, page_en)
    assert response.status_code == 302
    page_en = ServicePage.objects.get(pk=page_en.pk)
    assert page_en.title == live_title  # the public page is untouched ...
    assert page_en.get_latest_revision().content["title"] == ENGLISH_TITLE  # ... the draft has the translation
    state = page_en.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.workflow.name.startswith("Tinjauan DPMPTSP")
    assert ENGLISH_TITLE not in client.get(page_en.url).content.decode()

    # The reviewer approves the English page like any other change: live at once, stamped.
    assert workflow_action(client_for(REVIEWER), page_en, "approve").status_code == 302
    page_en = ServicePage.objects.get(pk=page_en.pk)
    assert page_en.title == ENGLISH_TITLE and not page_en.has_unpublished_changes
    assert ENGLISH_TITLE in client.get(page_en.url).content.decode()


def test_a_new_english_page_goes_to_review_and_stays_private_until_approved(demo, client):
    page = new_service()
    editor = client_for(EDITOR)
    editor.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english_locale().pk]})
    page_en = english_of(page)
    translate_string(editor, page_en, page.title, "New birth certificate")
    assert submit_translation(editor, page_en).status_code == 302
    assert Page.objects.get(pk=page_en.pk).workflow_in_progress
    assert not Page.objects.get(pk=page_en.pk).live
    assert client.get(f"/en/mpp-jembrana/dukcapil/{page_en.slug}/").status_code == 404
    assert workflow_action(client_for(REVIEWER), page_en, "approve").status_code == 302
    live = ServicePage.objects.get(pk=page_en.pk)
    assert live.live and live.title == "New birth certificate"


@pytest.mark.parametrize("username", OUTSIDERS)
def test_others_cannot_translate_or_submit(demo, username):
    page = service()
    page_en = english_of(page)
    before = (page_en.title, page_en.get_latest_revision().pk)
    client = client_for(username)
    assert refused(client.get(f"/admin/pages/{page_en.pk}/edit/"))
    assert refused(translate_string(client, page_en, page.title, "Hijacked"))
    assert refused(submit_translation(client, page_en))
    page_en = ServicePage.objects.get(pk=page_en.pk)
    assert (page_en.title, page_en.get_latest_revision().pk) == before
    assert not page_en.workflow_in_progress


def test_an_incomplete_translation_is_not_submitted(demo):
    page = service()
    ServicePage.objects.filter(pk=page.pk).update(duration_value=None)  # a synchronized fact goes missing
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    source.update_from_db()
    page_en = english_of(page)
    before = page_en.get_latest_revision().pk
    editor = client_for(EDITOR)
    response = submit_translation(editor, page_en)
    assert response.status_code == 302
    page_en = ServicePage.objects.get(pk=page_en.pk)
    assert not page_en.workflow_in_progress and page_en.get_latest_revision().pk == before
    follow = editor.get(f"/admin/pages/{page_en.pk}/edit/").content.decode()
    with override("id"):
        from catalogue.models.service import component_label

        assert str(component_label("duration")) in follow  # the editor is told what is missing


# --- Syncing with the Indonesian page ---------------------------------------------


def publish_new_duration(page, value=9):
    page = ServicePage.objects.get(pk=page.pk)
    page.duration_value = value
    page.save_revision().publish()


def test_the_editor_syncs_the_english_page_as_a_draft(demo, client):
    page = service()
    page_en = english_of(page)
    old_duration = page_en.duration_value
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    publish_new_duration(page)
    editor = client_for(EDITOR)
    form = editor.get(f"/admin/localize/update/{source.pk}/")
    assert form.status_code == 200
    assert 'type="checkbox" name="publish_translations"' not in form.content.decode()
    response = editor.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert response.status_code == 302
    page_en = ServicePage.objects.get(pk=page_en.pk)
    assert page_en.duration_value == old_duration  # never published by the editor
    assert page_en.has_unpublished_changes
    assert page_en.get_latest_revision_as_object().duration_value == 9  # the synced fact, as a draft
    assert submit_translation(editor, page_en).status_code == 302
    assert ServicePage.objects.get(pk=page_en.pk).workflow_in_progress


@pytest.mark.parametrize("username", OUTSIDERS)
def test_others_cannot_sync(demo, username):
    page = service()
    page_en = english_of(page)
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    publish_new_duration(page)
    synced_at = TranslationSource.objects.get(pk=source.pk).last_updated_at
    revision = page_en.get_latest_revision().pk
    client = client_for(username)
    assert refused(client.get(f"/admin/localize/update/{source.pk}/"))
    assert refused(client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}))
    assert TranslationSource.objects.get(pk=source.pk).last_updated_at == synced_at
    assert ServicePage.objects.get(pk=page_en.pk).get_latest_revision().pk == revision


# --- Approving both together ------------------------------------------------------


def both_in_review(summary_id="Ringkasan baru untuk ditinjau."):
    page = service()
    page_en = english_of(page)
    editor = client_for(EDITOR)
    assert submit(editor, page, summary=summary_id).status_code == 302
    translate_string(editor, page_en, page.title, ENGLISH_TITLE)
    assert submit_translation(editor, page_en).status_code == 302
    return page, page_en


def test_the_reviewer_approves_both_together(demo, client):
    page, page_en = both_in_review()
    reviewer = client_for(REVIEWER)
    edit = reviewer.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "approve_with_translations" in edit  # an action of the review, in the action menu
    dashboard = reviewer.get("/admin/").content.decode()
    assert "approve_with_translations" in dashboard  # ... and in "Awaiting your review"
    states = [Page.objects.get(pk=p.pk).current_workflow_task_state.pk for p in (page, page_en)]

    assert workflow_action(reviewer, page, "approve_with_translations").status_code == 302
    live, live_en = ServicePage.objects.get(pk=page.pk), ServicePage.objects.get(pk=page_en.pk)
    assert live.summary == "Ringkasan baru untuk ditinjau." and live_en.title == ENGLISH_TITLE
    assert not live.has_unpublished_changes and not live_en.has_unpublished_changes
    assert live.last_reviewed == live_en.last_reviewed is not None
    assert all(TaskState.objects.get(pk=pk).status == TaskState.STATUS_APPROVED for pk in states)
    # Two ordinary approvals in the audit log and the workflow history.
    for target in (page, page_en):
        assert PageLogEntry.objects.filter(page_id=target.pk, action="wagtail.workflow.approve").exists()
    assert ENGLISH_TITLE in client.get(live_en.url).content.decode()


@pytest.mark.parametrize("username", [EDITOR, "polres-jembrana", "reviewer-jember"])
def test_only_the_mpps_reviewer_approves_both(demo, username):
    page, page_en = both_in_review()
    response = workflow_action(client_for(username), page, "approve_with_translations")
    assert refused(response)
    for target in (page, page_en):
        assert Page.objects.get(pk=target.pk).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert ServicePage.objects.get(pk=page_en.pk).title != ENGLISH_TITLE


def test_approve_both_is_offered_only_when_the_english_page_is_in_review(demo):
    page = service()
    assert submit(client_for(EDITOR), page, summary="Hanya bahasa Indonesia.").status_code == 302
    reviewer = client_for(REVIEWER)
    assert "approve_with_translations" not in reviewer.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert refused(workflow_action(reviewer, page, "approve_with_translations"))
    assert Page.objects.get(pk=page.pk).workflow_in_progress
    # The plain approval still works.
    assert workflow_action(reviewer, page, "approve").status_code == 302


@pytest.mark.parametrize(("username", "allowed"), [(EDITOR, False), ("reviewer-jember", False), (REVIEWER, True)])
def test_only_the_reviewer_converts_an_english_page_into_an_alias(demo, client, username, allowed):
    """An alias shows the Indonesian page's latest revision live: an editor's unreviewed draft
    must not reach the public that way."""
    page = service()
    data = edit_form_data(page)
    data["summary"] = "Draf yang belum ditinjau."
    assert client_for(EDITOR).post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302  # a draft
    page_en = english_of(page)
    response = client_for(username).post(reverse("wagtail_localize:convert_to_alias", args=(page_en.pk,)))
    converted = Page.objects.get(pk=page_en.pk).alias_of_id == page.pk
    if allowed:
        assert response.status_code == 302 and converted
    else:
        assert refused(response) and not converted
        assert "Draf yang belum ditinjau" not in client.get(page_en.url).content.decode()


def test_the_convert_to_alias_menu_item_is_the_reviewers(demo):
    page = service()
    page_en = english_of(page)
    Translation.objects.filter(pk=translation_of(page_en).pk).update(enabled=False)  # "Stop Synced translation"
    editor_html = client_for(EDITOR).get(f"/admin/pages/{page_en.pk}/edit/").content.decode()
    reviewer_html = client_for(REVIEWER).get(f"/admin/pages/{page_en.pk}/edit/").content.decode()
    assert 'name="localize-convert-to-alias"' in reviewer_html
    assert 'name="localize-convert-to-alias"' not in editor_html
    assert 'name="action-submit"' in editor_html  # Wagtail's own editor, with "Submit for moderation"
