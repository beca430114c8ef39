"""The page cache through a real nginx (deploy/nginx/portal.conf, scripts/nginx_server.py) in front
of a live app server: what is kept, what never is, and exactly which pages each change purges."""

import datetime as dt
import importlib.util
import re
import urllib.error
import urllib.request
from pathlib import Path

from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections

from wagtail.models import Page, Site

import pytest

from catalogue.models import MPPLocationPage, OpeningHours, RequirementDocument, ServicePage
from portal import page_cache
from portal.models import CachedPage, HomePage, PortalSettings
from tests import factories

_spec = importlib.util.spec_from_file_location(
    "nginx_server", Path(__file__).parents[2] / "scripts" / "nginx_server.py"
)
nginx_server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(nginx_server)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def app_server(django_db_setup, django_db_blocker):
    """A live app server sharing the test's database connection (what the test writes, it serves).
    The connection stays open between requests (Django closes it after each one otherwise, which on
    PostgreSQL would end the test's transaction)."""
    from django.core.servers.basehttp import ThreadedWSGIServer
    from django.test.testcases import LiveServerThread

    class KeepConnection(ThreadedWSGIServer):
        def _close_connections(self):  # Django's hook "for mocking in tests"
            pass

    class Thread(LiveServerThread):
        server_class = KeepConnection

    with django_db_blocker.unblock():
        shared = connections["default"]
        shared.inc_thread_sharing()
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        thread = Thread("127.0.0.1", lambda handler: handler, connections_override={"default": shared}, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"127.0.0.1:{thread.port}"
        thread.terminate()
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
        shared.dec_thread_sharing()


@pytest.fixture
def nginx(app_server):
    """A fresh nginx (and so an empty cache) for each test: the pages of each test's tree share URLs."""
    if not nginx_server.PURGE_MODULE.exists():
        pytest.fail("nginx with Debian's libnginx-mod-http-cache-purge is needed (see .ci/run)")
    server = nginx_server.start([app_server])
    yield server
    server.stop()


@pytest.fixture
def cached(nginx, settings):
    settings.PAGE_CACHE_PURGE_URLS = [nginx.url]

    def get(path, **headers):
        request = urllib.request.Request(nginx.url + path, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.headers.get("X-Cache-Status"), response.read().decode(), response.headers
        except urllib.error.HTTPError as error:
            return error.headers.get("X-Cache-Status"), error.read().decode(), error.headers

    return get


@pytest.fixture
def tree():
    home = factories.home_page()
    bali = factories.mpp_page(home, slug="mpp-cache-bali", title="MPP Cache Bali")
    dukcapil = factories.agency_page(bali)
    birth_doc = factories.document("Surat Keterangan Lahir")
    birth = factories.service_page(dukcapil, doc=birth_doc)
    death = factories.service_page(dukcapil, slug="akta-kematian", title="Akta Kematian")
    kudus = factories.mpp_page(home, slug="mpp-cache-kudus", title="MPP Cache Kudus", time_zone="Asia/Jakarta")
    police = factories.agency_page(kudus, slug="polres", counters=(2,), title="Polres Kudus")
    skck_doc = factories.document("KTP-el pemohon")
    skck = factories.service_page(police, slug="skck", title="SKCK", doc=skck_doc)
    PortalSettings.for_site(Site.objects.get(is_default_site=True))  # made on first use otherwise: a change
    return home, bali, birth, death, kudus, skck, skck_doc


def status(get, page):
    return get(page.url)[0]


def publish_change(page, **fields):
    page = Page.objects.get(pk=page.pk).specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_pages_are_kept_and_each_change_purges_exactly_the_pages_that_show_it(
    cached, tree, django_capture_on_commit_callbacks
):
    home, bali, birth, death, kudus, skck, skck_doc = tree
    pages = [home, bali, birth, death, kudus, skck]
    assert [status(cached, page) for page in pages] == ["MISS"] * 6
    assert [status(cached, page) for page in pages] == ["HIT"] * 6
    assert cached("/sitemap.xml")[0] == "MISS" and cached("/sitemap.xml")[0] == "HIT"

    # A service is published: it, its agency, MPP and home page (which list it) and the sitemap
    # are purged; its sibling and the other MPP's pages stay.
    with django_capture_on_commit_callbacks(execute=True):
        publish_change(birth, summary="Ringkasan baru untuk akta kelahiran.")
    after = {page.slug: status(cached, page) for page in pages}
    assert after == {
        home.slug: "MISS",
        bali.slug: "MISS",
        birth.slug: "MISS",
        death.slug: "HIT",
        kudus.slug: "HIT",
        skck.slug: "HIT",
    }
    assert "Ringkasan baru untuk akta kelahiran." in cached(birth.url)[1]
    assert cached("/sitemap.xml")[0] == "MISS"

    # A requirement document is renamed: only the service that asks for it.
    with django_capture_on_commit_callbacks(execute=True):
        RequirementDocument.objects.filter(pk=skck_doc.pk).update(name="KTP-el asli pemohon")
        RequirementDocument.objects.get(pk=skck_doc.pk).save()
    assert [status(cached, page) for page in pages] == ["HIT", "HIT", "HIT", "HIT", "HIT", "MISS"]
    assert "KTP-el asli pemohon" in cached(skck.url)[1]

    # The other MPP's hours change: its page and every page under it, nothing at the first MPP.
    with django_capture_on_commit_callbacks(execute=True):
        location = MPPLocationPage.objects.get(pk=kudus.pk)
        location.opening_hours = [
            OpeningHours(weekday=day, opens=dt.time(7, 30), closes=dt.time(14)) for day in range(5)
        ]
        location.save_revision().publish()
    assert [status(cached, page) for page in pages] == ["MISS", "HIT", "HIT", "HIT", "MISS", "MISS"]
    assert "07.30" in cached(skck.url)[1] or "07:30" in cached(skck.url)[1]

    # The site's settings (the footer of every page): everything.
    with django_capture_on_commit_callbacks(execute=True):
        site_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.operator_name = "Pemerintah Provinsi Uji"
        site_settings.save()
    assert [status(cached, page) for page in pages] == ["MISS"] * 6

    # A page taken offline is gone at once, with the pages that listed it.
    with django_capture_on_commit_callbacks(execute=True):
        ServicePage.objects.get(pk=death.pk).unpublish()
    assert cached(death.url)[0] != "HIT" and "Akta Kematian" not in cached(bali.url)[1]
    assert status(cached, birth) == "HIT"


def direct(app_server, path, **headers):
    """A request straight to the app server, without nginx."""
    request = urllib.request.Request(f"http://{app_server}{path}", headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers


def test_what_belongs_to_a_visitor_is_never_kept_or_served_from_the_cache(cached, tree, app_server):
    home, bali, birth, death, kudus, skck, skck_doc = tree
    assert status(cached, birth) == "MISS" and status(cached, birth) == "HIT"
    for cookie in page_cache.bypass_cookies():
        assert cached(birth.url, Cookie=f"{cookie}=x")[0] == "BYPASS", cookie
    # The visit plan sets the visitor's plan cookie: never kept.
    plan = f"/id/rencana/{bali.slug}/?s={birth.slug}"
    assert [cached(plan)[0] for _ in range(2)] == ["MISS", "MISS"]
    # Search pages are not kept (any publish may change them); nor a page that does not exist.
    assert [cached("/id/cari/?q=akta")[0] for _ in range(2)] == ["MISS", "MISS"]
    assert [cached("/id/tidak-ada/")[0] for _ in range(2)] == ["MISS", "MISS"]
    # nginx sets the cache key itself: a client cannot file pages under keys of its choosing.
    cached(death.url, **{"X-Page-Cache-Key": "evil.example/anything"})
    assert not CachedPage.objects.filter(key__startswith="evil").exists()
    assert set(CachedPage.objects.values_list("key", flat=True)) == {f"127.0.0.1{birth.url}", f"127.0.0.1{death.url}"}
    # Without nginx in front nothing is marked or recorded.
    assert "X-Accel-Expires" not in direct(app_server, skck.url)
    assert not CachedPage.objects.filter(key__endswith=skck.url).exists()


def test_a_kept_page_expires_at_the_next_minute_for_what_changes_with_the_clock(cached, tree, app_server):
    home, bali, birth, *_rest = tree
    headers = direct(app_server, birth.url, **{"X-Page-Cache-Key": f"127.0.0.1{birth.url}"})
    expires = int(headers["X-Accel-Expires"].lstrip("@"))
    assert expires % page_cache.CLOCK_SECONDS == 0
    assert 0 < expires - dt.datetime.now().timestamp() <= page_cache.CLOCK_SECONDS


def test_the_site_file_bypasses_the_cache_for_exactly_the_portals_personal_cookies():
    site = (Path(nginx_server.TEMPLATE)).read_text()
    pattern = re.search(r'"~\(\?:\^\|;\)\\s\*\(\?:([a-z_|]+)\)="', site)
    assert pattern is not None
    assert set(pattern.group(1).split("|")) == set(page_cache.bypass_cookies())


def test_a_page_with_a_view_restriction_is_never_kept(cached, tree):
    from wagtail.models import PageViewRestriction

    home, bali, birth, *_rest = tree
    PageViewRestriction.objects.create(page=birth, restriction_type=PageViewRestriction.PASSWORD, password="rahasia")
    assert [cached(birth.url)[0] for _ in range(2)] == ["MISS", "MISS"]
    assert HomePage.objects.filter(pk=home.pk).exists()


def test_only_what_the_portal_marks_is_kept_not_what_it_lets_browsers_keep(cached, tree):
    """robots.txt and the API let browsers keep them (Cache-Control); nginx keeps neither."""
    assert [cached("/robots.txt")[0] for _ in range(2)] == ["MISS", "MISS"]
    assert [cached("/api/v1/mpps/")[0] for _ in range(2)] == ["MISS", "MISS"]
