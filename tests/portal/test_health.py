"""Health for load balancers, request ids and JSON logs, and the friendly 503 when the database is away."""

import json
import logging
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from portal.logs import JsonFormatter

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_healthz_answers_without_touching_anything(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_readyz_checks_the_database_migrations_cache_and_search(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ready",
        "checks": {"database": "ok", "migrations": "ok", "cache": "ok", "search": "embedded"},
    }


def test_readyz_is_degraded_but_ready_when_the_search_cluster_is_down(client, settings):
    """Searches fall back to the embedded engine: no reason to take the app server out."""
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{free_port()}"
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["search"] == "fallback to embedded"


def test_every_response_carries_the_request_id_nginx_gave_or_a_new_one(client):
    assert client.get("/healthz", headers={"X-Request-ID": "abc123-DEF"})["X-Request-ID"] == "abc123-DEF"
    made = client.get("/healthz", headers={"X-Request-ID": "<script>"})["X-Request-ID"]
    assert made != "<script>" and len(made) == 32
    assert client.get("/healthz")["X-Request-ID"] != made


def test_one_json_line_per_request_without_the_query_or_the_address(client, caplog):
    caplog.set_level(logging.INFO, logger="portal.requests")
    client.get("/id/cari/?q=NIK+5171010101010001", headers={"X-Request-ID": "req-42"})
    (record,) = [record for record in caplog.records if record.name == "portal.requests"]
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == "req-42" and line["method"] == "GET" and line["status"] == 200
    assert line["path"] == "/id/cari/" and line["duration_ms"] >= 0
    assert "5171010101010001" not in json.dumps(line) and "127.0.0.1" not in json.dumps(line)


def test_an_error_is_logged_with_its_traceback_as_one_json_line():
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord(
            "django.request", logging.ERROR, __file__, 1, "Internal Server Error", (), sys.exc_info()
        )
    line = json.loads(JsonFormatter().format(record))
    assert line["level"] == "ERROR" and "ValueError: boom" in line["traceback"]


@pytest.fixture(scope="module")
def server_without_database():
    """gunicorn with production-like settings and a PostgreSQL address where nothing answers."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "test-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://portal:portal@127.0.0.1:{free_port()}/portal",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "EMAIL_URL": "consolemail://",
        "SECURE_SSL_REDIRECT": "false",
        "REQUEST_LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "1",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(process.stderr.read().decode()[-2000:])
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(10)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def test_without_the_database_pages_fail_fast_with_a_friendly_503_and_readyz_says_why(server_without_database):
    started = time.monotonic()
    status, headers, body = fetch(server_without_database + "/id/")
    assert time.monotonic() - started < 5
    assert status == 503 and headers["Retry-After"] == "5"
    assert "beberapa detik" in body and "in a few seconds" in body and "Traceback" not in body
    assert "X-Accel-Expires" not in headers
    assert fetch(server_without_database + "/healthz")[0] == 200
    status, _headers, body = fetch(server_without_database + "/readyz")
    assert status == 503
    ready = json.loads(body)
    assert ready["status"] == "not ready" and ready["checks"]["database"].startswith("unavailable")
