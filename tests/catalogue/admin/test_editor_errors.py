"""The editor's and reviewer's day-to-day path in the admin answers without a server error
(issue 13, "Errors"): preview, the document chooser's search, the MPP page's counters, the
completeness gate and the summary that contradicts the fee. Driven over HTTP as the roles are."""

import re
from types import SimpleNamespace

from wagtail.models import Locale

import pytest

from catalogue.models import RequirementDocument, ServicePage
from demo.loader import ALL_DOCUMENTS
from tests import factories
from tests.helpers import client_for, edit_form_data, submit

pytestmark = pytest.mark.django_db

EDITOR = "dukcapil-uji-satu"
REVIEWER = "reviewer-uji-satu"


@pytest.fixture
def tree():
    """MPP Uji Satu with Dukcapil (counters 1 and 2), its reviewer and editor, and a service
    that belongs to a life event."""
    home = factories.home_page()
    location = factories.mpp_page(home, slug="mpp-uji-satu", title="MPP Uji Satu")
    dukcapil = factories.agency_page(location, counters=(1, 2))
    factories.reviewer(location, REVIEWER)
    factories.editor(dukcapil, EDITOR)
    page = factories.service_page(dukcapil)
    page.life_events.add(factories.life_event())
    page.save_revision().publish()
    return SimpleNamespace(home=home, location=location, dukcapil=dukcapil, service=page)


def post_form(client, page, url=None, **changes):
    data = edit_form_data(page)
    for key, value in changes.items():
        data[key] = value
    return client.post(url or f"/admin/pages/{page.pk}/edit/", dict(data.lists()))


# --- 1. Preview ---------------------------------------------------------------------------


def test_editor_previews_a_change_to_a_service(tree):
    editor = client_for(EDITOR)
    url = f"/admin/pages/{tree.service.pk}/edit/preview/"
    assert post_form(editor, tree.service, url, summary="Ringkasan untuk pratinjau.").json()["is_valid"]
    response = editor.get(url)
    assert response.status_code == 200
    assert "Ringkasan untuk pratinjau." in response.content.decode()


def test_reviewer_previews_a_change_waiting_for_review(tree):
    assert submit(client_for(EDITOR), tree.service, summary="Ringkasan menunggu tinjauan.").status_code == 302
    page = ServicePage.objects.get(pk=tree.service.pk)
    task = page.current_workflow_task
    response = client_for(REVIEWER).get(f"/admin/pages/workflow/preview/{page.pk}/{task.pk}/")
    assert response.status_code == 200
    assert "Ringkasan menunggu tinjauan." in response.content.decode()


# --- 2. The requirement-document chooser ---------------------------------------------------


def chosen_names(client, query):
    """The documents the chooser lists for ``query``, as the chooser in an Indonesian page asks."""
    response = client.get(
        "/admin/snippets/choose/catalogue/requirementdocument/results/", {"q": query, "locale": "id"}
    )
    assert response.status_code == 200
    return re.findall(r"data-chooser-modal-choice[^>]*>\s*([^<]+?)\s*<", response.content.decode())


def test_editor_finds_a_document_by_its_name_or_another_name(tree):
    divorce = RequirementDocument.objects.create(
        name="Akta Perceraian", alternative_names="Akta cerai\nSurat cerai", locale=Locale.get_default()
    )
    RequirementDocument.objects.create(name="Akta Kematian", locale=Locale.get_default())
    factories.translation(divorce, {"Akta Perceraian": "Divorce certificate"})
    editor = client_for(EDITOR)
    assert chosen_names(editor, "Akta Perceraian") == ["Akta Perceraian"]
    assert chosen_names(editor, "cerai") == ["Akta Perceraian"]  # by another name, as one types
    assert set(chosen_names(editor, "akta")) == {"Akta Perceraian", "Akta Kematian"}  # Indonesian only
    assert chosen_names(editor, "tidak ada dokumen seperti ini") == []


def test_the_demo_has_one_type_per_document():
    """Two types of one document (Akta Perceraian and Akta cerai) split the checklists and the
    chooser: the demo names each document once, in each language."""
    for language in ("id", "en"):
        names = [data["name"][language].casefold() for data in ALL_DOCUMENTS.values()]
        assert len(names) == len(set(names)), sorted(name for name in names if names.count(name) > 1)
