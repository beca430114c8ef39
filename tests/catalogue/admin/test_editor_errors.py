"""The editor's and reviewer's day-to-day path in the admin answers without a server error
(issue 13, "Errors"): preview, the document chooser's search, the MPP page's counters, the
completeness gate and the summary that contradicts the fee. Driven over HTTP as the roles are."""

from types import SimpleNamespace

import pytest

from catalogue.models import ServicePage
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
