"""A page refers to another (the service that issues a document, "moved to", a counter's agency):
citizens see the target only when it is live and public (issue 11, item 4). The changes go through
the real review over HTTP as the demo accounts; the never-approved target is made in code."""

import datetime as dt
from zoneinfo import ZoneInfo

from wagtail.models import Page

import pytest

from catalogue.models import AgencyPage, MPPLocationPage, ServiceAlertPage, ServicePage
from tests import factories
from tests.helpers import agency, client_for, mpp, service, submit, workflow_action

pytestmark = pytest.mark.django_db

EDITOR, REVIEWER = "dukcapil-jembrana", "reviewer-jembrana"
SECRET = "Zebrakuda"  # a word no demo page contains


@pytest.fixture
def draft(demo):
    """A new service the editor is still writing: never approved, never live."""
    owner = agency("dukcapil")
    return factories.service_page(owner, slug="layanan-zebrakuda", title=f"Layanan {SECRET}", publish=False, live=False)


def change_and_approve(page, change):
    """The editor changes the live page (``change`` edits the draft), submits it; the reviewer approves."""
    draft = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    change(draft)
    draft.save_revision()
    assert submit(client_for(EDITOR), page).status_code == 302
    assert workflow_action(client_for(REVIEWER), page, "approve").status_code == 302
    assert Page.objects.get(pk=page.pk).live_revision_id == Page.objects.get(pk=page.pk).latest_revision_id


def assert_hidden(client, urls, draft):
    for url in urls:
        html = client.get(url).content.decode()
        assert SECRET not in html and draft.slug not in html, url


def test_a_draft_issuing_service_is_not_named(draft, client):
    page = service("akta-kematian")

    def name_the_draft(revision):
        revision.requirements[0].value["produced_by"] = draft

    change_and_approve(page, name_the_draft)
    plan = "/id/rencana/mpp-jembrana/?s=akta-kematian"
    assert_hidden(
        client, [page.url, plan, f"{plan}&s=akta-kelahiran", "/en/visit-plan/mpp-jembrana/?s=akta-kematian"], draft
    )

    # Once approved and live, it is named.
    draft.save_revision().publish()
    assert f"Layanan {SECRET}" in client.get(page.url).content.decode()


def test_moved_to_a_draft_is_not_linked(draft, client):
    """A "moved" alert (a child page of the service) pointing at a page nobody approved names it nowhere."""
    page = service("akta-kematian")
    yesterday = dt.datetime.now(ZoneInfo(mpp().time_zone)).date() - dt.timedelta(days=1)
    alert = ServiceAlertPage(
        title="Pindah", kind="moved", starts=yesterday, moved_to=draft, message="Layanan ini pindah."
    )
    page.add_child(instance=alert)
    alert.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Layanan ini pindah." in html
    assert_hidden(client, [page.url], draft)


def test_a_counter_of_a_draft_agency_does_not_name_it(demo, client):
    location = mpp()
    hidden = AgencyPage(title=f"Dinas {SECRET}", slug="dinas-zebrakuda", acronym="DZ", kind="regency_office")
    hidden.live = False
    location.add_child(instance=hidden)  # a draft: never published
    location = MPPLocationPage.objects.get(pk=location.pk)
    counter = location.counters.first()
    counter.agency = hidden
    location.counters = [counter] + list(location.counters.all())[1:]
    location.save_revision().publish()  # the reviewer's own page, published by them
    urls = [location.url] + [page.url for page in ServicePage.objects.live().filter(counters=counter)[:2]]
    assert len(urls) > 1
    assert_hidden(client, urls, hidden)
