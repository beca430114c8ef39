"""Production hardening (issue 11, item 11): the Content-Security-Policy of public pages and the
admin, ``check --deploy`` under the production settings, Secure cookies."""

import os
import re
import subprocess
import sys
from pathlib import Path

from django.test import Client

import pytest

from portal.csp import source_hash
from tests.helpers import ADMIN, client_for, mpp, service

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "k3-Vq9!xZ0pL7@mN4rT8wY2#bC6hJ1sD5fG-" + "a8Qe2Rt6Yu0Io4Pl",
    "ALLOWED_HOSTS": "portal.example.id",
    "DATABASE_URL": "sqlite:////tmp/never-opened.sqlite3",
    "WAGTAILADMIN_BASE_URL": "https://portal.example.id",
    "EMAIL_URL": "smtp+tls://mailer:secret@mail.example.id:587",
}

pytestmark = pytest.mark.django_db


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def inline_scripts(html):
    """Inline scripts a browser would run (not data blocks such as JSON-LD)."""
    return [
        body
        for attrs, body in re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html, re.S)
        if "application/ld+json" not in attrs and "application/json" not in attrs
    ]


def public_urls():
    return [
        "/id/",
        mpp().url + "?highlight=1,2",
        service().url,
        service(language="en").url,
        "/id/cari/?q=akta",
        "/en/visit-plan/mpp-jembrana/?s=kartu-keluarga&s=akta-kelahiran",
        "/id/tidak-ada-halaman-ini/",
    ]


def test_public_pages_have_a_strict_policy_without_inline_script_or_nonce(demo):
    client = Client()
    for url in public_urls():
        response = client.get(url)
        policy = directives(response)
        assert policy["script-src"] == ["'self'"], url
        assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"], url
        header = response["Content-Security-Policy"]
        assert "unsafe-inline" not in header and "nonce-" not in header and "unsafe-eval" not in header, url
        html = response.content.decode()
        assert inline_scripts(html) == [], url
        for style in re.findall(r"<style[^>]*>(.*?)</style>", html, re.S):
            assert source_hash(style) in policy["style-src"], url
    assert "application/ld+json" in client.get(service().url).content.decode()


def test_the_error_page_style_is_allowed_by_its_hash():
    style = re.search(r"<style>(.*?)</style>", (ROOT / "templates" / "500.html").read_text(), re.S).group(1)
    assert source_hash(style) in directives(Client().get("/robots.txt"))["style-src"]


def test_admin_pages_allow_exactly_their_own_inline_scripts(demo):
    client = client_for(ADMIN)
    urls = ["/admin/", f"/admin/pages/{mpp().pk}/edit/", f"/admin/pages/{service().pk}/edit/", "/admin/pages/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        assert "'unsafe-inline'" not in policy["script-src"], url
        scripts = inline_scripts(response.content.decode())
        hashes = [source for source in policy["script-src"] if source.startswith("'sha256-")]
        assert sorted({source_hash(script) for script in scripts}) == sorted(hashes), url
    login = Client().get("/admin/login/")
    assert "unsafe-inline" not in login["Content-Security-Policy"]


def production(*args):
    env = {**os.environ, **PRODUCTION}
    env.pop("DEBUG", None)
    # Set by the browser tests' Playwright (sync API inside pytest); never in a deployment.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )


def test_check_deploy_is_clean_under_the_documented_production_settings():
    result = production("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    cookies = production("shell", "-v", "0", "-c", "from django.conf import settings as s; print(s.COOKIES_SECURE)")
    assert cookies.stdout.strip() == "True", cookies.stderr


def test_the_portal_cookies_are_secure_in_production(demo, settings):
    settings.COOKIES_SECURE = True
    client = Client()
    search = client.get("/id/cari/", {"q": "akta", "mpp": "mpp-jembrana"})
    plan = client.get("/id/rencana/mpp-jembrana/", {"s": "kartu-keluarga"})
    assert search.cookies["mpp"]["secure"] is True
    assert plan.cookies["visit_plan"]["secure"] is True
