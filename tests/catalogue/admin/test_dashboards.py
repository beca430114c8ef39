"""Task-first dashboards (issue 13, items 10 and 11): the editor's services that need something,
one click from their editor; the reviewer's review queue before the content health."""

from django.utils import timezone, translation

import pytest
from bs4 import BeautifulSoup

from catalogue.models import ServicePage
from tests import factories
from tests.helpers import client_for, make_stale, submit, workflow_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    home = factories.home_page()
    location = factories.mpp_page(home, slug="mpp-uji-dasbor")
    agency = factories.agency_page(location)
    first = factories.service_page(agency, slug="akta-kelahiran", title="Akta Kelahiran")
    second = factories.service_page(agency, slug="kartu-keluarga", title="Kartu Keluarga")
    third = factories.service_page(agency, slug="ktp", title="KTP Elektronik", procedure=[])  # incomplete
    ServicePage.objects.filter(pk__in=[first.pk, second.pk, third.pk]).update(last_reviewed=timezone.localdate())
    editor = client_for(factories.editor(agency, username="editor-uji-dasbor").username)
    reviewer = client_for(factories.reviewer(location, username="peninjau-uji-dasbor").username)
    return agency, (first, second, third), editor, reviewer


def panel(html, prefix):
    return BeautifulSoup(html, "html.parser").select_one(f'[id^="{prefix}"]')


def links(section):
    return {a.get_text(strip=True): a["href"] for a in section.select("a")} if section is not None else {}


def test_the_editor_sees_their_services_that_need_something_first(setting):
    agency, (first, second, third), editor, reviewer = setting
    make_stale(second)
    submit(editor, first, summary="Ringkasan baru.")
    workflow_action(reviewer, first, "reject", comment="Lengkapi persyaratannya.")

    with translation.override("id"):
        html = editor.get("/admin/").content.decode()
    mine = panel(html, "my-services-")
    assert mine is not None
    # First on the dashboard, before Wagtail's own panels; no count of every page in the site.
    panels = [tag["id"] for tag in BeautifulSoup(html, "html.parser").select("section.w-panel[id]")]
    assert panels[0].startswith("my-services-")
    assert not BeautifulSoup(html, "html.parser").select(".w-summary li")
    sent_back = mine.select_one(".my-services--sent-back")
    assert links(sent_back) == {"Akta Kelahiran": f"/admin/pages/{first.pk}/edit/"}
    assert "Lengkapi persyaratannya." in sent_back.get_text()
    assert links(mine.select_one(".my-services--stale")) == {"Kartu Keluarga": f"/admin/pages/{second.pk}/edit/"}
    assert links(mine.select_one(".my-services--incomplete")) == {"KTP Elektronik": f"/admin/pages/{third.pk}/edit/"}

    submit(editor, first, summary="Ringkasan yang dilengkapi.")
    mine = panel(editor.get("/admin/").content.decode(), "my-services-")
    assert mine.select_one(".my-services--sent-back") is None
    assert links(mine.select_one(".my-services--pending")) == {"Akta Kelahiran": f"/admin/pages/{first.pk}/edit/"}


def test_the_reviewer_sees_the_review_queue_before_the_content_health(setting):
    _agency, (first, *_rest), editor, reviewer = setting
    submit(editor, first, summary="Ringkasan baru.")
    soup = BeautifulSoup(reviewer.get("/admin/").content.decode(), "html.parser")
    order = [tag["id"] for tag in soup.select("section.w-panel[id]")]
    queue = next(index for index, name in enumerate(order) if "moderat" in name or "review" in name)
    health = next(index for index, name in enumerate(order) if name.startswith("content-health-"))
    assert queue < health, order
    assert "Akta Kelahiran" in soup.select("section.w-panel[id]")[queue].get_text()
    assert not soup.select(".w-summary li")
    assert not any(name.startswith("my-services-") for name in order)
