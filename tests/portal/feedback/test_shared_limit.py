"""The feedback rate limit holds across processes (issue 11, item 8): two separate gunicorn
servers on the same database receive 40 POSTs from one client; at most 10 are accepted.

The servers serve the session's demo catalogue: on PostgreSQL the test database itself (the demo
is committed; what the servers write is deleted afterwards through a connection of its own), on
SQLite a file copy of the in-memory test database (SQLite's backup API).
"""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings
from django.db import connection

import psycopg

from portal.feedback.models import Feedback
from portal.feedback.ratelimit import FEEDBACK_PER_HOUR
from tests.helpers import service

ROOT = Path(__file__).resolve().parents[3]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_url():
    conf = connection.settings_dict
    return f"postgres://{conf['USER']}:{conf['PASSWORD']}@{conf['HOST']}:{conf['PORT']}/{conf['NAME']}"


def database_url(tmp_path):
    """A URL the servers can open: the PostgreSQL test database, or a file copy of SQLite's in-memory one."""
    if connection.vendor == "postgresql":
        return postgres_url()
    path = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()
    return f"sqlite:///{path}"


def start_server(url, port):
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    command = [sys.executable, "-m", "gunicorn", "--workers", "1", "--bind", f"127.0.0.1:{port}", "portal.wsgi"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(port, process, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode()[-2000:])
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the server on port {port} did not start")


def post_feedback(port, page_id):
    data = urllib.parse.urlencode({"page": page_id, "kind": "useful"}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/id/masukan/", data=data)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        return opener.open(request, timeout=30).status
    except urllib.error.HTTPError as error:
        return error.code


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def servers_wrote(page_id, delete=False):
    """Feedback the servers committed to the PostgreSQL test database (and its cache entries)."""
    with psycopg.connect(postgres_url(), autocommit=True) as other:
        table = Feedback._meta.db_table
        count = other.execute(f"SELECT count(*) FROM {table} WHERE page_id = %s", [page_id]).fetchone()[0]
        if delete:
            other.execute(f"DELETE FROM {table} WHERE page_id = %s", [page_id])
            other.execute(f"DELETE FROM {settings.CACHES['shared']['LOCATION']}")
    return count


def test_two_server_processes_count_one_limit(demo, tmp_path):
    page = service()
    url = database_url(tmp_path)
    ports = [free_port(), free_port()]
    servers = [start_server(url, port) for port in ports]
    try:
        for port, server in zip(ports, servers, strict=True):
            wait_until_up(port, server)
        statuses = [post_feedback(ports[number % 2], page.pk) for number in range(40)]
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
        if connection.vendor == "postgresql":
            stored = servers_wrote(page.pk, delete=True)
    assert statuses.count(302) == FEEDBACK_PER_HOUR, statuses
    assert statuses.count(429) == 40 - FEEDBACK_PER_HOUR
    if connection.vendor == "postgresql":
        assert stored == FEEDBACK_PER_HOUR
