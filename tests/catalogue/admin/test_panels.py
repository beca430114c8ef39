"""The reviewer's *Content health* panel on the dashboard (catalogue/admin/panels.py)."""

from django.utils import timezone
from django.utils.translation import ngettext, override

import pytest

from catalogue import review
from catalogue.models import ServicePage
from tests import factories
from tests.helpers import client_for, make_stale, mpp

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    """An MPP (Dukcapil) with its reviewer and Dukcapil's editor; a second MPP with a service of its own."""
    home = factories.home_page()
    first = factories.mpp_page(home, slug="mpp-uji-satu", title="MPP Uji Satu")
    second = factories.mpp_page(home, slug="mpp-uji-dua", title="MPP Uji Dua")
    dukcapil = factories.agency_page(first)
    other_mpp = factories.service_page(factories.agency_page(second))
    factories.reviewer(first, "reviewer-uji-satu")
    factories.editor(dukcapil, "dukcapil-uji-satu")
    return home, first, dukcapil, other_mpp


def test_reviewer_dashboard_counts_per_agency(tree):
    _home, _first, dukcapil, _other = tree
    page = factories.service_page(dukcapil)
    factories.service_page(dukcapil, slug="kartu-keluarga", title="Kartu Keluarga", last_reviewed=timezone.localdate())
    make_stale(page)
    dashboard = client_for("reviewer-uji-satu").get("/admin/")
    html = dashboard.content.decode()
    assert dashboard.status_code == 200
    assert "content-health-mpp-uji-satu" in html and "content-health-mpp-uji-dua" not in html
    rows = {row.agency.slug: row for row in review.content_health(mpp("mpp-uji-satu"))}
    assert [s.pk for s in rows["dukcapil"].stale] == [page.pk]
    assert rows["dukcapil"].services == ServicePage.objects.child_of(page.get_parent()).count()
    assert 'style="display:block;height:100%;width:' in html  # the health bar, no JavaScript
    editor_dashboard = client_for("dukcapil-uji-satu").get("/admin/").content.decode()
    assert "content-health-" not in editor_dashboard


def test_reviewer_dashboard_lists_stale_services_and_english_pages(tree):
    home, first, dukcapil, other_mpp = tree
    dukcapil_services = [
        factories.service_page(dukcapil, slug=f"layanan-{n}", title=f"Layanan {n}") for n in range(1, 6)
    ]
    for page in dukcapil_services:
        make_stale(page)
    make_stale(other_mpp)
    # An Indonesian change published without its English page: the English page is out of date.
    for parent in (home, first, dukcapil):
        factories.translation(parent)
    english = factories.translation(dukcapil_services[0], {"Layanan 1": "Service 1"})
    changed = ServicePage.objects.get(pk=dukcapil_services[0].pk)
    changed.summary = "Ringkasan baru."
    changed.save_revision().publish()

    html = client_for("reviewer-uji-satu").get("/admin/").content.decode()
    panel = html.split('id="content-health-mpp-uji-satu-section"')[1].split("</section>")[0]
    for page in dukcapil_services[:3]:
        assert f'<a href="/admin/pages/{page.pk}/edit/">{page.title}</a>' in panel
    assert f"/admin/pages/{dukcapil_services[4].pk}/edit/" not in panel.split("Dinas Kependudukan")[1].split("</tr>")[0]
    with override("id"):
        more = ngettext("and %(more)s more", "and %(more)s more", 2) % {"more": 2}
    assert more in panel and "/admin/reports/stale-services/#mpp-uji-satu" in panel
    assert f'href="/admin/pages/{english.pk}/edit/"' in panel  # the out-of-date English page, linked
    assert f"/admin/pages/{other_mpp.pk}/edit/" not in html  # only the reviewer's MPP
