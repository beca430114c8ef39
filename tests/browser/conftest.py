"""A real browser for the public pages: Playwright driving Debian's Chromium against a live server.

Never a downloaded browser: ``CHROMIUM_PATH`` (default ``/usr/bin/chromium``) must exist.
Where it does not, the browser tests are skipped locally and fail in CI (``CI`` set), like
the Elasticsearch tests. They run on the SQLite pass only: there the live server shares the
test's in-memory database connection, so what the browser writes (feedback) is rolled back
after each test like any other test's data. The PostgreSQL pass runs every other test.

The server is Django's own ``LiveServerThread`` rather than pytest-django's ``live_server``
fixture: that fixture turns every test using it into a ``transactional_db`` test, which
empties the database afterwards and would take the session's demo catalogue with it.
"""

import os
from pathlib import Path

from django.db import connection, connections

import pytest

# Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls from a
# thread with a running loop unless told that this (single-threaded, synchronous) use is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tooling.liveserver import CHROMIUM, CHROMIUM_ARGS  # noqa: E402 - after the environment is set


def unavailable(message):
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="package")
def chromium(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        vendor = connection.vendor
    if vendor != "sqlite":
        pytest.skip("The browser tests run on the SQLite pass (see tests/browser/conftest.py).")
    if not Path(CHROMIUM).exists():
        unavailable(f"Chromium not found at {CHROMIUM}; install Debian's chromium package or set CHROMIUM_PATH.")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        unavailable(f"Playwright is not installed: {error}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="package")
def server_url(chromium, django_db_blocker):
    """A live server on a free port, sharing the test database connection (in-memory SQLite)."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
        shared = connections["default"]
        shared.inc_thread_sharing()
        thread = LiveServerThread("localhost", StaticFilesHandler, connections_override={"default": shared}, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://localhost:{thread.port}"
        thread.terminate()
        shared.dec_thread_sharing()


@pytest.fixture
def browser_page(chromium, server_url, demo):
    """A fresh browser tab at phone size whose requests may only go to the live server."""
    context = chromium.new_context(viewport={"width": 360, "height": 800}, base_url=server_url)
    outside = []

    def only_our_server(route):
        if route.request.url.startswith(server_url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_our_server)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()
    assert outside == [], f"requests to other origins: {outside}"
