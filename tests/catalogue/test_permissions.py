"""The permission matrix: every role against every kind of page and action, over HTTP.

Roles are the demo accounts made by ``load_demo`` (catalogue/roles.py), at Jembrana:
an editor of Dukcapil, an editor of another agency (Polres) at the same MPP, an
editor of Dukcapil at another MPP (Jember), Jembrana's reviewer, Jember's reviewer,
and an administrator. A refused action answers with a redirect or 403/404, and
nothing changes in the database.
"""

from django.urls import reverse

from wagtail.models import Page, WorkflowState

import pytest

from catalogue.models import MPPLocationPage
from search.models import Synonym
from tests.helpers import ADMIN, agency, client_for, edit_form_data, mpp, refused, service, submit, workflow_action

pytestmark = pytest.mark.django_db

ROLES = {
    "editor": "dukcapil-jembrana",
    "editor_other_agency": "polres-jembrana",
    "editor_other_mpp": "dukcapil-jember",
    "reviewer": "reviewer-jembrana",
    "reviewer_other_mpp": "reviewer-jember",
    "admin": ADMIN,
}
EDITORS = {"editor", "editor_other_agency", "editor_other_mpp"}
REVIEWERS = {"reviewer", "admin"}  # who approves, publishes, moves and deletes at Jembrana
AGENCY_STAFF = {"editor", "reviewer", "admin"}  # who edits Jembrana's Dukcapil pages

TARGETS = {
    "mpp": lambda: mpp(),
    "mpp_en": lambda: mpp(language="en"),
    "agency": lambda: agency(),
    "agency_en": lambda: agency(language="en"),
    "service": lambda: service(),
    "service_en": lambda: service(language="en"),
}
CAN_EDIT = {
    "mpp": REVIEWERS,
    "mpp_en": REVIEWERS,
    "agency": AGENCY_STAFF,
    "agency_en": AGENCY_STAFF,
    "service": AGENCY_STAFF,
    "service_en": AGENCY_STAFF,
}


def live_title(page):
    return Page.objects.get(pk=page.pk).title


def latest_title(page):
    return Page.objects.get(pk=page.pk).get_latest_revision().content["title"]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("role", ROLES)
def test_open_the_editor(demo, role, target):
    page = TARGETS[target]()
    response = client_for(ROLES[role]).get(f"/admin/pages/{page.pk}/edit/")
    if role in CAN_EDIT[target]:
        assert response.status_code == 200
    else:
        assert refused(response), response.status_code


@pytest.mark.parametrize("target", ["mpp", "agency", "service"])
@pytest.mark.parametrize("role", ROLES)
def test_save_a_draft(demo, role, target):
    page = TARGETS[target]()
    before_latest, before_live = latest_title(page), live_title(page)
    data = edit_form_data(page)
    data["title"] = "Judul draf baru"
    response = client_for(ROLES[role]).post(f"/admin/pages/{page.pk}/edit/", data)
    if role in CAN_EDIT[target]:
        assert response.status_code == 302, response.content.decode()[:2000]
        assert latest_title(page) == "Judul draf baru"
    else:
        assert refused(response)
        assert latest_title(page) == before_latest
    assert live_title(page) == before_live  # a draft is never live


@pytest.mark.parametrize("target", ["mpp", "agency", "service"])
@pytest.mark.parametrize("role", ROLES)
def test_publish(demo, role, target):
    page = TARGETS[target]()
    before_live = live_title(page)
    data = edit_form_data(page)
    data["title"] = "Judul terbit langsung"
    data["action-publish"] = "Publish"
    response = client_for(ROLES[role]).post(f"/admin/pages/{page.pk}/edit/", data)
    if role in REVIEWERS:
        assert response.status_code == 302
        assert live_title(page) == "Judul terbit langsung"
    else:
        # Wagtail ignores the publish button without the permission (an editor's change is
        # kept as a draft); either way nothing goes live.
        assert response.status_code in (302, 403, 404)
        assert live_title(page) == before_live
        assert Page.objects.get(pk=page.pk).live


@pytest.mark.parametrize("target", ["agency", "service", "service_en"])
@pytest.mark.parametrize("role", ROLES)
def test_unpublish(demo, role, target):
    page = TARGETS[target]()
    client = client_for(ROLES[role])
    client.get(f"/admin/pages/{page.pk}/unpublish/")
    response = client.post(f"/admin/pages/{page.pk}/unpublish/")
    if role in REVIEWERS:
        assert response.status_code == 302
        assert not Page.objects.get(pk=page.pk).live
    else:
        assert refused(response)
        assert Page.objects.get(pk=page.pk).live


@pytest.mark.parametrize("target", ["agency", "service", "service_en"])
@pytest.mark.parametrize("role", ROLES)
def test_delete(demo, role, target):
    page = TARGETS[target]()
    response = client_for(ROLES[role]).post(f"/admin/pages/{page.pk}/delete/")
    if role in REVIEWERS:
        assert response.status_code == 302
        assert not Page.objects.filter(pk=page.pk).exists()
    else:
        assert refused(response)
        assert Page.objects.filter(pk=page.pk).exists()


@pytest.mark.parametrize(
    ("destination", "allowed"),
    [
        (lambda: agency(slug="polres"), REVIEWERS),  # same MPP, another agency
        (lambda: agency("dinsos", at="mpp-jember"), {"admin"}),  # another MPP
    ],
    ids=["same-mpp", "other-mpp"],
)
@pytest.mark.parametrize("role", ROLES)
def test_move(demo, role, destination, allowed):
    page, target = service(), destination()
    parent = page.get_parent().pk
    response = client_for(ROLES[role]).post(f"/admin/pages/{page.pk}/move/{target.pk}/confirm/")
    moved = Page.objects.get(pk=page.pk).get_parent().pk == target.pk
    if role in allowed:
        assert response.status_code == 302 and moved
    else:
        assert refused(response)
        assert Page.objects.get(pk=page.pk).get_parent().pk == parent


@pytest.mark.parametrize("role", ROLES)
def test_submit_for_review(demo, role):
    page = service()
    response = submit(client_for(ROLES[role]), page, summary="Ringkasan untuk ditinjau.")
    state = WorkflowState.objects.filter(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS).first()
    if role in AGENCY_STAFF:
        assert response.status_code == 302
        assert state is not None and state.workflow.name.startswith("Tinjauan DPMPTSP")
    else:
        assert refused(response)
        assert state is None
    assert "Ringkasan untuk ditinjau" not in Page.objects.get(pk=page.pk).specific.summary


@pytest.mark.parametrize("role", ROLES)
def test_approve(demo, role):
    page = service()
    assert submit(client_for(ROLES["editor"]), page, summary="Ringkasan yang disetujui.").status_code == 302
    response = workflow_action(client_for(ROLES[role]), page, "approve")
    summary = Page.objects.get(pk=page.pk).specific.summary
    if role in REVIEWERS:
        assert response.status_code == 302
        assert summary == "Ringkasan yang disetujui."
    else:
        assert refused(response)
        assert summary != "Ringkasan yang disetujui."
        assert Page.objects.get(pk=page.pk).workflow_in_progress


@pytest.mark.parametrize("role", ROLES)
def test_add_a_service_or_an_agency(demo, role):
    client = client_for(ROLES[role])
    service_form = client.get(f"/admin/pages/add/catalogue/servicepage/{agency().pk}/")
    agency_form = client.get(f"/admin/pages/add/catalogue/agencypage/{mpp().pk}/")
    assert (service_form.status_code == 200) == (role in AGENCY_STAFF)
    assert (agency_form.status_code == 200) == (role in REVIEWERS)
    if role not in AGENCY_STAFF:
        assert refused(service_form)


@pytest.mark.parametrize("role", ROLES)
def test_counters_and_opening_hours_stay_with_the_reviewer(demo, role):
    location = mpp()
    counters = sorted(location.counters.values_list("number", "agency_id"))
    hours = location.opening_hours.count()
    data = edit_form_data(location)
    data["counters-0-number"] = "99"
    data["opening_hours-0-DELETE"] = "1"
    data["action-publish"] = "Publish"
    response = client_for(ROLES[role]).post(f"/admin/pages/{location.pk}/edit/", data)
    location = MPPLocationPage.objects.get(pk=location.pk)
    if role in REVIEWERS:
        assert response.status_code == 302
        assert 99 in location.counters.values_list("number", flat=True)
    else:
        assert refused(response)
        assert sorted(location.counters.values_list("number", "agency_id")) == counters
        assert location.opening_hours.count() == hours


@pytest.mark.parametrize("role", ROLES)
def test_synonym_dictionary(demo, role):
    client = client_for(ROLES[role])
    count = Synonym.objects.count()
    response = client.post(
        "/admin/snippets/portal_search/synonym/add/",
        {"term": "ktp ilang uji", "means": "penggantian ktp-el", "language": "id", "kind": "colloquial"},
    )
    # Synonyms are shared by every MPP: only the national catalogue role (tests/catalogue/test_shared_data.py)
    # and administrators change them.
    if role != "admin":
        assert refused(response)
        assert Synonym.objects.count() == count
    else:
        assert client.get("/admin/snippets/portal_search/synonym/").status_code == 200
        assert Synonym.objects.count() == count + 1, response.content.decode()[:3000]


def test_editor_cannot_delete_even_a_draft_they_created(demo):
    editor = client_for(ROLES["editor"])
    page = service()
    copy = page.copy(update_attrs={"slug": "draf-baru", "title": "Draf baru", "live": False}, keep_live=False)
    Page.objects.filter(pk=copy.pk).update(owner=copy.owner or None)
    response = editor.post(f"/admin/pages/{copy.pk}/delete/")
    assert refused(response)
    assert Page.objects.filter(pk=copy.pk).exists()


def test_editor_does_not_see_other_agencies_drafts(demo):
    other = service("skck")
    data = edit_form_data(other)
    data["summary"] = "Draf rahasia Polres."
    assert client_for(ROLES["reviewer"]).post(f"/admin/pages/{other.pk}/edit/", data).status_code == 302
    editor = client_for(ROLES["editor"])
    for url in (
        f"/admin/pages/{other.pk}/view_draft/",
        f"/admin/pages/{other.pk}/revisions/",
        f"/admin/pages/{other.pk}/history/",
        f"/admin/pages/{other.get_parent().pk}/",
    ):
        response = editor.get(url)
        assert refused(response) or "Draf rahasia" not in response.content.decode(), url
    listing = editor.get("/admin/services/").content.decode()
    assert "Akta Kelahiran" in listing
    assert "Surat Keterangan Catatan Kepolisian" not in listing


def test_reviewer_has_no_rights_at_another_mpp(demo):
    reviewer = client_for(ROLES["reviewer_other_mpp"])
    page = service()
    assert refused(reviewer.get(f"/admin/pages/{page.pk}/edit/"))
    assert refused(reviewer.get(reverse("wagtailadmin_pages:revisions_index", args=(page.pk,))))
