"""The portal under gunicorn with the production settings on a free local port, for measurements.

Used by ``manage.py bench_pages`` and ``manage.py screenshots``: a real server, as in
production (whitenoise serving the collected static files), on this command's database.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request

from django.conf import settings
from django.core.management.base import CommandError

# Debian's Chromium, never a downloaded browser, with the flags a sandboxed CI machine needs.
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, gzip=False):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, dict(response.headers), response.read()


class Server:
    """gunicorn serving this project in a child process, stopped on exit; ``environment`` overrides variables."""

    def __init__(self, workers, environment=None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        database = settings.DATABASES["default"]
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "bench-only-not-secret",
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{database['NAME']}",
            "WAGTAILADMIN_BASE_URL": self.url,
            "EMAIL_URL": "consolemail://",
            "SECURE_SSL_REDIRECT": "False",
            **(environment or {}),
        }
        command = [sys.executable, "-m", "gunicorn", "portal.wsgi:application", "--bind", f"127.0.0.1:{self.port}"]
        command += ["--workers", str(workers), "--log-level", "warning"]
        self.process = subprocess.Popen(command, env=env, cwd=settings.BASE_DIR)

    def __enter__(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise CommandError("gunicorn stopped during start-up; see the messages above.")
            try:
                fetch(self.url + "/robots.txt")
                return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise CommandError("gunicorn did not answer within 60 s.")

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
