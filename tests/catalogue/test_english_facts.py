"""An English page never goes live with other facts than its Indonesian page (issue 11, item 6):
the approval refuses it with a clear message; only a reviewer stops a page's sync; an English
service saves in the page editor with its counters. Over HTTP as the demo accounts."""

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

import pytest

from catalogue.models import ServicePage
from tests.helpers import client_for, edit_form_data, english_locale, mpp, refused, service, submit, workflow_action

pytestmark = pytest.mark.django_db

EDITOR, REVIEWER = "dukcapil-jembrana", "reviewer-jembrana"


def english_of(page):
    return page.get_translation(english_locale()).specific


def translation_of(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=english_locale())


def live_facts(page):
    from catalogue.translations import page_facts

    return page_facts(Page.objects.get(pk=page.pk).specific)


def test_the_demo_pages_agree_on_their_facts(demo):
    for page in (service(), mpp()):
        assert live_facts(page) == live_facts(english_of(page))


def test_approving_with_the_english_page_never_publishes_older_facts(demo):
    page = service()
    page_en = english_of(page)
    editor, reviewer = client_for(EDITOR), client_for(REVIEWER)
    # The English page is sent for review with today's facts (1 working day) ...
    assert editor.post(f"/admin/pages/{page_en.pk}/edit/", {"catalogue-submit-translation": "1"}).status_code == 302
    # ... then the Indonesian page changes them (3 working days).
    assert submit(editor, page, duration_value="3").status_code == 302
    assert Page.objects.get(pk=page_en.pk).workflow_in_progress and Page.objects.get(pk=page.pk).workflow_in_progress

    workflow_action(reviewer, page, "approve_with_translations")
    assert ServicePage.objects.get(pk=page_en.pk).duration_value == ServicePage.objects.get(pk=page.pk).duration_value
    assert live_facts(page) == live_facts(page_en)

    # Approved alone, the Indonesian change goes live; the English page with the old facts does not.
    assert workflow_action(reviewer, page, "approve").status_code == 302
    assert ServicePage.objects.get(pk=page.pk).duration_value == 3
    live_revision = Page.objects.get(pk=page_en.pk).live_revision_id
    workflow_action(reviewer, page_en, "approve")
    assert Page.objects.get(pk=page_en.pk).live_revision_id == live_revision  # not published, not stamped
    assert Page.objects.get(pk=page_en.pk).workflow_in_progress  # still waiting: sync, then approve


def test_changed_opening_hours_or_counter_floors_are_drifting_facts(demo):
    from catalogue.translations import drifting_facts

    english = english_of(mpp())
    revision = english.save_revision()
    draft = revision.as_object()
    hours = list(draft.opening_hours.all())
    hours[0].closes = hours[0].closes.replace(hour=11)
    counters = list(draft.counters.all())
    counters[0].floor_level += 1
    draft.opening_hours, draft.counters = hours, counters
    revision = draft.save_revision()
    assert set(drifting_facts(english, revision)) == {"opening_hours", "counters"}


def test_only_a_reviewer_stops_the_sync_of_an_english_page(demo):
    translation = translation_of(service())
    url = reverse("wagtail_localize:stop_translation", args=(translation.pk,))
    assert refused(client_for(EDITOR).post(url))
    assert Translation.objects.get(pk=translation.pk).enabled
    assert client_for(REVIEWER).post(url).status_code == 302
    assert not Translation.objects.get(pk=translation.pk).enabled


def test_an_english_service_saves_in_the_page_editor_with_its_counters(demo):
    page_en = english_of(service())
    counters = sorted(page_en.counters.values_list("pk", flat=True))
    assert counters
    reviewer = client_for(REVIEWER)
    reviewer.post(reverse("wagtail_localize:stop_translation", args=(translation_of(service()).pk,)))
    data = edit_form_data(page_en)
    data.setlist("counters", [str(pk) for pk in counters])
    data["summary"] = "Edited in the page editor."
    response = reviewer.post(f"/admin/pages/{page_en.pk}/edit/", dict(data.lists()))  # every counter
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = Page.objects.get(pk=page_en.pk).get_latest_revision_as_object()
    assert draft.summary == "Edited in the page editor."
    assert sorted(counter.pk for counter in draft.counters.all()) == counters


def test_an_editor_cannot_change_the_facts_of_an_english_page_even_unsynced(demo):
    page_en = english_of(service())
    client_for(REVIEWER).post(reverse("wagtail_localize:stop_translation", args=(translation_of(service()).pk,)))
    editor = client_for(EDITOR)
    data = edit_form_data(page_en)
    data.setlist("counters", [str(pk) for pk in page_en.counters.values_list("pk", flat=True)])
    latest = Page.objects.get(pk=page_en.pk).latest_revision_id
    data["duration_value"] = "7"
    editor.post(f"/admin/pages/{page_en.pk}/edit/", dict(data.lists()))
    assert Page.objects.get(pk=page_en.pk).latest_revision_id == latest
    data["duration_value"], data["summary"] = str(page_en.duration_value), "Only the prose changes."
    assert editor.post(f"/admin/pages/{page_en.pk}/edit/", dict(data.lists())).status_code == 302
    assert Page.objects.get(pk=page_en.pk).get_latest_revision_as_object().summary == "Only the prose changes."


def test_an_english_mpp_page_never_goes_live_with_older_hours_or_counter_floors(demo):
    """Item 6 on an MPP page, over HTTP: the English page, in review with today's hours, cannot be
    approved once the Indonesian page's hours and a counter's floor have changed; approving both
    together carries the new facts to the English page."""
    page = mpp()
    page_en = english_of(page)
    reviewer = client_for(REVIEWER)
    # The English page (in wagtail-localize's translation editor) is sent for review with today's facts.
    assert reviewer.post(f"/admin/pages/{page_en.pk}/edit/", {"catalogue-submit-translation": "1"}).status_code == 302
    assert Page.objects.get(pk=page_en.pk).workflow_in_progress
    data = edit_form_data(page)
    hours = next(key for key in data if key.startswith("opening_hours-") and key.endswith("-closes"))
    floor = next(key for key in data if key.startswith("counters-") and key.endswith("-floor_level"))
    new_hours, new_floor = "11:30", str(int(data[floor]) + 1)
    assert submit(reviewer, page, **{hours: new_hours, floor: new_floor}).status_code == 302

    # Approved alone, the Indonesian change goes live; the English page keeps its live version.
    assert workflow_action(reviewer, page, "approve").status_code == 302
    indonesian = live_facts(page)
    assert indonesian != live_facts(page_en)
    live_revision = Page.objects.get(pk=page_en.pk).live_revision_id
    workflow_action(reviewer, page_en, "approve")
    assert Page.objects.get(pk=page_en.pk).live_revision_id == live_revision
    assert Page.objects.get(pk=page_en.pk).workflow_in_progress

    # The English page's edit screen tells the reviewer why; approving both together is refused too.
    html = reviewer.get(f"/admin/pages/{page_en.pk}/edit/").content.decode()
    assert "other facts than the Indonesian page" in html or "Fakta di halaman bahasa Inggris berbeda" in html
    assert submit(reviewer, page).status_code == 302
    workflow_action(reviewer, page, "approve_with_translations")
    assert Page.objects.get(pk=page_en.pk).live_revision_id == live_revision

    # The reviewer sends the English page back, syncs it from the Indonesian page (a page in review
    # is locked), and approves it again: now with the new facts.
    workflow_action(reviewer, page_en, "reject", comment="Sync the new opening hours first.")
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    assert reviewer.post(f"/admin/localize/update/{source.pk}/", {}).status_code == 302
    reviewer.post(f"/admin/pages/{page_en.pk}/edit/", {"catalogue-submit-translation": "1"})
    assert workflow_action(reviewer, page_en, "approve").status_code == 302
    assert live_facts(page_en) == live_facts(page) == indonesian
    english_html = reviewer.get(Page.objects.get(pk=page_en.pk).url).content.decode()
    assert "11:30" in english_html
