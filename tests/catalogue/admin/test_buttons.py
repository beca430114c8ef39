"""Page buttons (catalogue/admin/buttons.py): translate and sync for an agency's editors, onboarding
on an MPP page for administrators."""

from wagtail_localize.models import TranslationSource

import pytest

from tests import factories
from tests.helpers import ADMIN, client_for, english_locale

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    home = factories.home_page()
    location = factories.mpp_page(home, slug="mpp-uji-satu")
    dukcapil = factories.agency_page(location)
    polres = factories.agency_page(location, slug="polres", title="Kepolisian Resor", acronym="Polres", counters=(6,))
    for original in (home, location, dukcapil):
        factories.translation(original)
    return location, dukcapil, polres


def test_an_editor_gets_translate_then_sync_on_their_own_services(tree):
    location, dukcapil, polres = tree
    page = factories.service_page(dukcapil)
    editor = client_for(factories.editor(dukcapil).username)
    outsider = client_for(factories.editor(polres).username)
    translate = f"/admin/localize/submit/page/{page.pk}/"
    assert translate in editor.get(f"/admin/pages/{dukcapil.pk}/").content.decode()  # the page listing
    assert translate in editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()  # the page header
    assert translate not in outsider.get(f"/admin/pages/{dukcapil.pk}/").content.decode()
    factories.translation(page)
    sync = f"/admin/localize/update/{TranslationSource.objects.get(object_id=page.translation_key).pk}/"
    html = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert sync in html and translate not in html  # translated already: only "Sync translated pages"


def test_only_administrators_get_onboarding_in_an_mpp_pages_menu(tree):
    location, _dukcapil, _polres = tree
    onboarding = "/admin/onboarding/?mpp=mpp-uji-satu"
    assert onboarding in client_for(ADMIN).get(f"/admin/pages/{location.pk}/").content.decode()
    english = location.get_translation(english_locale())
    assert "/admin/onboarding/?mpp=" not in client_for(ADMIN).get(f"/admin/pages/{english.pk}/").content.decode()
    reviewer = client_for(factories.reviewer(location).username)
    assert onboarding not in reviewer.get(f"/admin/pages/{location.pk}/").content.decode()
