"""The OpenAPI 3.1 document: generated from the code, committed (``make openapi`` writes it), the
documentation page loads nothing from a third party, and a seeded, bounded schemathesis run finds
no server error and no response that breaks its own schema."""

import itertools
import json
import re
from pathlib import Path

from django.conf import settings
from django.core import signals
from django.db import close_old_connections

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from portal.wsgi import application

COMMITTED = Path(settings.BASE_DIR) / "docs" / "openapi.json"


def test_the_served_document_is_the_committed_one(db, client):
    served = client.get("/api/v1/openapi.json")
    assert served.status_code == 200
    document = served.json()
    assert document["openapi"].startswith("3.1")
    assert document == json.loads(COMMITTED.read_text()), (
        "The API changed: run `make openapi` and commit docs/openapi.json"
    )
    paths = set(document["paths"])
    assert {
        "/api/v1/mpps/",
        "/api/v1/mpps/{key}/",
        "/api/v1/agencies/",
        "/api/v1/agencies/{mpp}/{key}/",
        "/api/v1/services/",
        "/api/v1/services/{mpp}/{key}/",
        "/api/v1/documents/",
        "/api/v1/documents/{id}/",
        "/api/v1/life-events/",
        "/api/v1/life-events/{key}/",
        "/api/v1/changes/",
    } <= paths
    for path, operations in document["paths"].items():
        assert set(operations) == {"get"}, path
        assert {"200", "400"} <= set(operations["get"]["responses"]), path


def test_the_documentation_page_loads_nothing_from_elsewhere(db, client):
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    addresses = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert addresses and all(address.startswith("/") and not address.startswith("//") for address in addresses)
    settings_block = json.loads(re.search(r'id="swagger-settings">(.*?)</script>', html, re.S).group(1))
    assert settings_block["validatorUrl"] is None and settings_block["url"] == "/api/v1/openapi.json"


@pytest.fixture
def api_schema(tree):
    """The served document, loaded by schemathesis against the application, over the test tree.

    Requests go through the WSGI application, which closes the database connection at the end of
    each request; like Django's test client, keep it open: the test's transaction lives on it."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


SEEDED_AND_BOUNDED = hypothesis_settings(
    max_examples=10,  # per operation and mode
    derandomize=True,  # seeded: the same cases on every run
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


def test_schemathesis_finds_no_server_error_and_no_schema_violation(api_schema):
    """Every operation, with generated parameters, valid and invalid (10 cases of each); every
    failing case is reported, not only the first."""
    failures, calls = [], []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    for operation, mode in itertools.product(operations, GenerationMode):

        @SEEDED_AND_BOUNDED
        @given(case=operation.as_strategy(generation_mode=mode))
        def run(case):
            response = case.call(headers={"Accept-Encoding": "identity"})
            calls.append(response.status_code)
            try:
                case.validate_response(response, checks=CHECKS)
            except Exception as error:  # noqa: BLE001 (collected and reported below)
                failures.append(f"{case.method} {case.formatted_path} {case.query}: {error}")

        run()
    assert {200, 400, 404} <= set(calls) and len(calls) >= 200
    assert not failures, "\n\n".join(dict.fromkeys(failures[:10]))
