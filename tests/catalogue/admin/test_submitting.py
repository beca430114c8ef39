"""Sending a service for review (issue 13, item 13): back to the *Services* listing, and one way on
for a service sent back."""

import html

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Page

import pytest

from tests import factories
from tests.helpers import client_for, edit_form_data, submit, workflow_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    home = factories.home_page()
    location = factories.mpp_page(home, slug="mpp-uji-kirim")
    agency = factories.agency_page(location)
    page = factories.service_page(agency)
    editor = client_for(factories.editor(agency, username="editor-uji-kirim").username)
    reviewer = client_for(factories.reviewer(location, username="peninjau-uji-kirim").username)
    return page, editor, reviewer


def test_after_sending_the_editor_is_back_at_the_services_listing(setting):
    page, editor, _reviewer = setting
    response = submit(editor, page, summary="Ringkasan baru.")
    assert response.status_code == 302 and response["Location"] == reverse("services:index")
    listing = editor.get(response["Location"]).content.decode()
    with translation.override("id"):
        sent = _("Page '%(page_title)s' has been submitted for moderation.") % {"page_title": "Akta Kelahiran"}
    assert html.escape(sent) in listing


def test_a_next_address_still_wins(setting):
    page, editor, _reviewer = setting
    data = edit_form_data(page)
    data["action-submit"] = "1"
    data["next"] = "/admin/"
    response = editor.post(f"/admin/pages/{page.pk}/edit/?next=/admin/", dict(data.lists()))
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_saving_a_draft_stays_on_the_page(setting):
    page, editor, _reviewer = setting
    data = edit_form_data(page)
    response = editor.post(f"/admin/pages/{page.pk}/edit/", dict(data.lists()))
    assert response.status_code == 302 and response["Location"].startswith(f"/admin/pages/{page.pk}/edit/")


def test_a_service_sent_back_offers_one_way_on(setting):
    page, editor, reviewer = setting
    submit(editor, page, summary="Ringkasan baru.")
    edit = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="action-cancel-workflow"' in edit  # while in review the editor may still withdraw it

    workflow_action(reviewer, page, "reject", comment="Lengkapi persyaratannya.")
    edit = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Kirim ulang ke Tinjauan DPMPTSP" in edit
    assert 'name="action-restart-workflow"' not in edit and 'name="action-cancel-workflow"' not in edit

    response = submit(editor, page, summary="Ringkasan yang dilengkapi.")
    assert response["Location"] == reverse("services:index")
    assert Page.objects.get(pk=page.pk).current_workflow_state.status == "in_progress"
