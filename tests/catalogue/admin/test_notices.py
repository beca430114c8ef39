"""What the page editor is told when it opens (catalogue/admin/notices.py)."""

from django.utils.html import escape
from django.utils.translation import gettext, override

import pytest

from tests import factories
from tests.helpers import client_for, edit_form_data

pytestmark = pytest.mark.django_db


def test_the_reviewer_is_told_the_english_page_is_out_of_date():
    home = factories.home_page()
    location = factories.mpp_page(home)
    agency = factories.agency_page(location)
    page = factories.service_page(agency)
    for original in (home, location, agency, page):
        factories.translation(original)
    reviewer = client_for(factories.reviewer(location).username)
    editor = client_for(factories.editor(agency).username)
    data = edit_form_data(page)
    data["summary"] = "Ringkasan baru dalam bahasa Indonesia."
    data["action-publish"] = "1"
    assert reviewer.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    edit = reviewer.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    with override("id"):
        assert escape(gettext("The English page is out of date with this page.")) in edit
        assert (
            escape(gettext("The English page is out of date with this page."))
            not in editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        )  # a reviewer's notice
