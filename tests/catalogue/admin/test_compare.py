"""The compare view for structured content (issue 13, item 12): facts shown as the editor chose
them, and no change shown that nobody made."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from catalogue.models import ServicePage
from tests import factories
from tests.helpers import client_for, edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def page():
    home = factories.home_page()
    agency = factories.agency_page(factories.mpp_page(home, slug="mpp-uji-banding"))
    return factories.service_page(agency, alternative_names="akta lahir\nsurat kelahiran")


@pytest.fixture
def reviewer():
    return client_for(get_user_model().objects.create_superuser("peninjau-uji-banding", "", "pw").username)


def compare(client, page):
    url = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, "live", "latest"))
    response = client.get(url)
    assert response.status_code == 200
    main = BeautifulSoup(response.content.decode(), "html.parser").select_one("main")
    return " ".join(main.get_text(" ").split())


def test_a_changed_requirement_shows_labels_and_only_what_is_filled(page, reviewer):
    draft = ServicePage.objects.get(pk=page.pk)
    requirement = draft.requirements[0]
    value = dict(requirement.value)
    value.update(quantity=3, form="original_and_copy")
    draft.requirements[0] = ("requirement", value, requirement.id)  # the same block, as the editor posts it
    draft.save_revision()

    with translation.override("id"):
        text = compare(reviewer, page)
    assert "Fotokopi" in text and "Asli dan fotokopi" in text  # the labels of the choices
    assert " copy " not in f" {text} " and "original_and_copy" not in text
    assert "None" not in text
    assert "Persyaratan" in text and "2" in text and "3" in text
    # A field left empty in both versions is not listed ("note", "only if").
    assert "catatan" not in text.split("Persyaratan", 1)[1].split("Prosedur", 1)[0]


def test_line_breaks_as_a_browser_posts_them_are_no_change(page, reviewer):
    data = edit_form_data(page)
    data["alternative_names"] = "akta lahir\r\nsurat kelahiran"  # a text area posts CRLF
    data["summary"] = "Akta kelahiran untuk anak, diperbarui."
    response = reviewer.post(f"/admin/pages/{page.pk}/edit/", dict(data.lists()))
    assert response.status_code == 302
    assert ServicePage.objects.get(pk=page.pk).get_latest_revision_as_object().alternative_names == (
        "akta lahir\nsurat kelahiran"
    )
    with translation.override("id"):
        text = compare(reviewer, page)
    assert "Ringkasan" in text and "diperbarui" in text
    assert "Nama lain dan kata kunci" not in text
