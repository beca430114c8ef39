"""A real Elasticsearch 8 server for the search tests, started once per session.

``ELASTICSEARCH_TEST_URL`` points the tests at a running server; otherwise
``scripts/es_server.py`` fetches Elasticsearch's test distribution from Maven
Central (cached outside the repository) and starts it on 127.0.0.1. Where that
is impossible the Elasticsearch tests are skipped locally and fail in CI.
"""

import importlib.util
import os
import uuid
from pathlib import Path

from django.core.management import call_command

import pytest

from tooling.liveserver import free_port

ROOT = Path(__file__).resolve().parents[2]


def load_server_script():
    spec = importlib.util.spec_from_file_location("es_server", ROOT / "scripts" / "es_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def elasticsearch_server():
    """{"url": ..., "pid": ...} of a running Elasticsearch (pid is None for an external server)."""
    if os.environ.get("ELASTICSEARCH_TEST_URL"):
        yield {"url": os.environ["ELASTICSEARCH_TEST_URL"], "pid": None}
        return
    server = load_server_script()
    port = free_port()
    try:
        url, process = server.start(port=port)
    except (RuntimeError, OSError, SystemExit, Exception) as error:  # noqa: BLE001 - report any start-up failure
        message = f"Elasticsearch test server could not start: {error}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    yield {"url": url, "pid": process.pid}
    server.stop(port)


def use_elasticsearch(settings, url, prefix):
    from search.engines import _elasticsearch, elasticsearch_engine

    settings.ELASTICSEARCH_URL = url
    settings.ELASTICSEARCH_INDEX_PREFIX = prefix
    settings.ELASTICSEARCH_TIMEOUT = 2.0
    _elasticsearch.cache_clear()
    return elasticsearch_engine()


@pytest.fixture(scope="session")
def elasticsearch_demo_index(elasticsearch_server, demo_catalogue, django_db_blocker):
    """The demo catalogue indexed once into Elasticsearch, through the real command."""
    from django.test import override_settings

    prefix = f"test-demo-{uuid.uuid4().hex[:8]}"
    with override_settings(ELASTICSEARCH_URL=elasticsearch_server["url"], ELASTICSEARCH_INDEX_PREFIX=prefix):
        from search.engines import _elasticsearch

        _elasticsearch.cache_clear()
        with django_db_blocker.unblock():
            call_command("search_index", "--engine", "elasticsearch", "--no-progress", verbosity=0)
    _elasticsearch.cache_clear()
    yield prefix


@pytest.fixture
def es_engine(settings, elasticsearch_server, elasticsearch_demo_index, demo):
    """The Elasticsearch engine over the shared demo index (tests must not change it)."""
    from search.engines import _elasticsearch

    engine = use_elasticsearch(settings, elasticsearch_server["url"], elasticsearch_demo_index)
    yield engine
    _elasticsearch.cache_clear()


@pytest.fixture
def private_es_engine(settings, elasticsearch_server, demo):
    """An Elasticsearch engine with its own indices, for tests that publish, unpublish or rebuild."""
    from search.engines import _elasticsearch

    prefix = f"test-{uuid.uuid4().hex[:8]}"
    engine = use_elasticsearch(settings, elasticsearch_server["url"], prefix)
    call_command("search_index", "--engine", "elasticsearch", "--no-progress", verbosity=0)
    yield engine
    for name in engine.client.indices.get(index=f"{prefix}-*", allow_no_indices=True):
        engine.client.indices.delete(index=name)
    _elasticsearch.cache_clear()
