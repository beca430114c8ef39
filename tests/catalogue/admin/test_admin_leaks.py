"""Admin leaks (issue 11, item 10): the search report, the query log, the page chooser and the
bulk actions' confirmation pages show an editor nothing of other agencies' or MPPs' drafts."""

import re

import pytest

from search.models import QueryLog
from tests.helpers import ADMIN, client_for, edit_form_data, mpp, service, url_routes

pytestmark = pytest.mark.django_db

EDITOR = "dukcapil-jembrana"
SECRET = "Rahasia"


@pytest.fixture
def foreign_drafts(demo):
    """Draft titles at another agency of the same MPP and at another MPP, saved by their reviewers."""
    pages = []
    for page, reviewer in ((service("skck"), "reviewer-jembrana"), (service(at="mpp-jember"), "reviewer-jember")):
        data = edit_form_data(page)
        data["title"] = f"{SECRET} {page.slug}"
        assert client_for(reviewer).post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
        pages.append(page)
    return pages


def chooser_and_bulk_urls(pages):
    """Every page-chooser and bulk-action URL of the admin, for each page (or its parents)."""
    parents = {ancestor.pk for page in pages for ancestor in page.get_ancestors(inclusive=True)}
    ids = "&".join(f"id={page.pk}" for page in pages)
    urls = []
    for route, _pattern in url_routes():
        if route.startswith("admin/choose-page"):
            if "<int:parent_page_id>" in route:
                urls += ["/" + route.replace("<int:parent_page_id>", str(pk)) for pk in parents]
            else:
                urls.append(f"/{route}?q=Kepolisian&{ids}")
        elif route.startswith("admin/bulk/"):
            for action in ("delete", "move", "publish", "unpublish"):
                path = route.replace("<str:app_label>", "wagtailcore").replace("<str:model_name>", "page")
                urls.append("/" + path.replace("<str:action>", action) + f"?{ids}&next=/admin/")
    return urls


def test_editor_sees_no_foreign_draft_title_in_the_chooser_or_bulk_actions(foreign_drafts):
    editor = client_for(EDITOR)
    urls = chooser_and_bulk_urls(foreign_drafts)
    assert len(urls) >= 10
    for url in urls:
        response = editor.get(url)
        assert response.status_code < 500, url
        assert SECRET not in response.content.decode(), url


def test_editor_still_chooses_live_pages_and_their_own_drafts(foreign_drafts):
    own = service()
    data = edit_form_data(own)
    data["title"] = "Akta Kelahiran draf sendiri"
    editor = client_for(EDITOR)
    assert editor.post(f"/admin/pages/{own.pk}/edit/", data).status_code == 302
    listing = editor.get(f"/admin/choose-page/{own.get_parent().pk}/").content.decode()
    assert "Akta Kelahiran draf sendiri" in listing
    other_agency = editor.get(f"/admin/choose-page/{foreign_drafts[0].get_parent().pk}/").content.decode()
    assert "Surat Izin Mengemudi" in other_agency or "SIM" in other_agency  # live pages stay choosable
    admin = client_for(ADMIN).get(f"/admin/choose-page/{foreign_drafts[0].get_parent().pk}/").content.decode()
    assert SECRET in admin  # the scope is the user's: an administrator sees every draft title


def test_search_report_needs_its_permission_and_is_scoped(demo, client):
    client.get("/id/cari/", {"q": "paspor", "mpp": "mpp-jembrana"})
    client.get("/id/cari/", {"q": "skck rahasia jember", "mpp": "mpp-jember"})
    assert client_for(EDITOR).get("/admin/reports/search/").status_code in (302, 403)
    reviewer = client_for("reviewer-jembrana").get("/admin/reports/search/")
    assert reviewer.status_code == 200
    assert "paspor" in reviewer.content.decode()
    assert "skck rahasia jember" not in reviewer.content.decode()
    everything = client_for("katalog-nasional").get("/admin/reports/search/").content.decode()
    assert "paspor" in everything and "skck rahasia jember" in everything
    menu = client_for(EDITOR).get("/admin/").content.decode()
    assert "/admin/reports/search/" not in menu


def test_the_query_log_strips_personal_data(demo, client):
    client.get("/id/cari/", {"q": "ktp 3201234567890123 hp 081234567890 budi@contoh.id"})
    entry = QueryLog.objects.get()
    for text in (entry.query, entry.normalized):
        assert not re.search(r"\d{8}", text) and "@" not in text, text
        assert "[NIK]" in text and "[telepon]" in text and "[e-mail]" in text
    assert mpp().slug  # the demo is there
