"""The admin's editors in a real browser: the translation editor an agency editor works in
(issue 13, item 5), and the editor's own autosave around a refused submit (item 7).

Leaving a field starts an autosave at the moment the editor clicks "Submit for review". A
refused submit (an incomplete service) must not leave the page thinking its own autosave is a
newer version written by someone else ("Autosave is paused — Saving will overwrite a newer
version"): catalogue/static/catalogue/admin/editor.js lets the submit go first.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    home = factories.home_page()
    location = factories.mpp_page(home, slug="mpp-uji-editor", title="MPP Uji Editor")
    dukcapil = factories.agency_page(location)
    factories.reviewer(location, "reviewer-uji-editor")
    factories.editor(dukcapil, "dukcapil-uji-editor")
    return home, location, dukcapil, factories.service_page(dukcapil)


@pytest.fixture
def admin_tab(chromium, server_url):
    """A browser tab at 1280 px in Indonesian, signed in as ``username``."""
    contexts = []

    def sign_in(username):
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        context = chromium.new_context(viewport={"width": 1280, "height": 800}, base_url=server_url, locale="id-ID")
        cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": server_url}])
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(15000)
        return tab

    yield sign_in
    for context in contexts:
        for tab in context.pages:
            tab.goto("about:blank")  # the admin's own requests (autosave, editing sessions) stop first
        context.close()


def is_autosave(request):
    return request.method == "POST" and "/edit/" in request.url and request.headers.get("accept") == "application/json"


def kind(request):
    if request.method != "POST" or "/edit/" not in request.url:
        return None
    return "autosave" if is_autosave(request) else "submit"


def overlapping(events):
    """Whether an autosave and a submit were ever on their way at the same time."""
    open_requests = {"autosave": 0, "submit": 0}
    for what, request in events:
        open_requests[request] += 1 if what == "request" else -1
        if open_requests["autosave"] > 0 and open_requests["submit"] > 0:
            return True
    return False


def test_a_refused_submit_does_not_pause_the_editors_own_autosave(admin_tab, tree):
    *_parents, page = tree
    tab = admin_tab("dukcapil-uji-editor")
    autosaves = []  # the answers to the page's autosaves (JSON), read as they arrive
    tab.on("response", lambda response: autosaves.append(response.json()) if is_autosave(response.request) else None)
    events = []  # (what, autosave or submit) in the order the browser sends and ends requests
    for what in ("request", "requestfinished", "requestfailed"):
        tab.on(what, lambda request, what=what: events.append((what, kind(request))) if kind(request) else None)
    tab.goto(f"/admin/pages/{page.pk}/edit/")
    tab.wait_for_load_state("networkidle")  # every script loaded and run, even on a busy machine ...
    tab.wait_for_timeout(1500)  # ... then Wagtail takes the form's starting state before the editor changes it
    tab.fill("#id_duration_value", "")
    tab.select_option("#id_duration_unit", "")
    tab.click("#id_summary")
    tab.keyboard.press("End")
    with tab.expect_request(is_autosave):  # the change is autosaved as the editor reaches the button
        tab.keyboard.type(" Perubahan.")
        tab.keyboard.press("Tab")
    with tab.expect_navigation():
        tab.evaluate("document.querySelector('button[name=action-submit]').click()")
    assert "Lama proses diperlukan" in tab.inner_text("main")  # refused, on the field
    tab.click("#id_summary")
    with tab.expect_response(lambda response: is_autosave(response.request)):
        tab.keyboard.type(" Lagi.")
        tab.keyboard.press("Tab")
    assert autosaves and all(answer.get("success") for answer in autosaves), autosaves
    assert not overlapping(events), events  # no autosave is on its way while a submit is
    indicator = tab.get_attribute("#w-autosave-indicator", "data-w-tooltip-content-value")
    assert "overwrite" not in indicator and "menimpa" not in indicator


def test_an_editor_translates_in_the_translation_editor_and_sends_it_for_review(admin_tab, tree):
    """wagtail-localize's editor renders (its styles are inline, see the admin's style-src) and an
    agency editor's one visible action bar is their own: send for review first, then preview."""
    *parents, page = tree
    for parent in parents:
        factories.translation(parent)
    english = factories.translation(page, {"Akta Kelahiran": "Birth certificate"})
    tab = admin_tab("dukcapil-uji-editor")
    errors = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(f"/admin/pages/{english.pk}/edit/")
    tab.wait_for_selector(".js-translation-editor :text('Birth certificate')")
    actions = [
        element.inner_text().strip()
        for element in tab.query_selector_all("footer button, footer a")
        if element.is_visible()
    ]
    assert actions[:2] == ["Kirim terjemahan untuk ditinjau", "Pratinjau"], actions
    assert not errors, errors
