from django.core.management import call_command

import pytest


@pytest.fixture(scope="session")
def demo_catalogue(django_db_setup, django_db_blocker):
    """The full demo catalogue, loaded once per test session through the real command.

    Tests that only need a small tree build it themselves (see the factories);
    this is for tests about the demo content and the public pages as shipped.
    """
    with django_db_blocker.unblock():
        call_command("load_demo", "--no-progress", verbosity=0)


@pytest.fixture
def demo(demo_catalogue, db):
    return demo_catalogue


@pytest.fixture
def in_english():
    """Messages asserted in English (the Indonesian ones come from locale/ and are tested as such)."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def clear_caches():
    """Wagtail caches Site root paths (and we cache synonyms) in Django's cache, which a
    test's rollback does not undo: start every test from an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
