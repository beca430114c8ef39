"""``manage.py search_index`` on the demo catalogue."""

from django.core.management import call_command

import pytest

from catalogue.models import ServicePage
from search.models import SearchDocument
from tests.helpers import search_keys as keys

pytestmark = pytest.mark.usefixtures("demo")


def test_search_index_command_rebuilds_the_embedded_index(capsys):
    SearchDocument.objects.filter(language="en").delete()
    changed = SearchDocument.objects.filter(language="id").first()
    SearchDocument.objects.filter(pk=changed.pk).update(title="stale", terms_title="stale")
    gone = ServicePage.objects.live().filter(locale__language_code="id").last()
    ServicePage.objects.filter(pk=gone.pk).update(live=False)  # unpublished without signals
    call_command("search_index", "--engine", "embedded", "--chunk-size", "50", "--no-progress")
    assert SearchDocument.objects.count() == ServicePage.objects.live().count()
    assert not SearchDocument.objects.filter(page_id=gone.pk).exists()
    assert SearchDocument.objects.get(page_id=changed.page_id).title != "stale"
    assert keys("skck")[0] == "skck"
    assert keys("skck", "en")[0] == "skck"
    assert not keys("stale")
