"""Set-up guarantees: complete translations, fail-fast production settings, static storage."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["id", "en"])
def test_interface_translations_are_complete(language):
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, untranslated[:10]
    assert not fuzzy, fuzzy[:10]
    assert len(catalogue) > 200


def run_settings(module, show="s.DATABASES['default']['ENGINE']", **env):
    clean_env = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    clean_env.update(env, DJANGO_SETTINGS_MODULE=module)
    code = f"import django; django.setup(); from django.conf import settings as s; print({show})"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean_env, capture_output=True, text=True)


PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "mpp.example.id",
    "DATABASE_URL": "postgres://u:p@db.internal:5432/portal",
    "WAGTAILADMIN_BASE_URL": "https://mpp.example.id",
    "EMAIL_URL": "smtp+tls://mailer:secret@mail.example.id:587",
}


def test_production_refuses_to_start_without_its_secrets():
    result = run_settings("portal.settings.production", DATABASE_URL="postgres://u:p@localhost/db")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_switches_database_by_environment_only():
    result = run_settings("portal.settings.production", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_the_tooling_is_installed_everywhere_but_in_production():
    """Its commands publish marker edits and generate synthetic MPPs: never on a production database.
    The demo stays, so ``load_demo`` works there too (without demo accounts)."""
    show = "[app for app in ('demo', 'tooling') if django.apps.apps.is_installed(app)]"
    production = run_settings("portal.settings.production", show=show, **PRODUCTION_ENV)
    assert production.returncode == 0, production.stderr
    assert production.stdout.strip() == "['demo']"
    development = run_settings("portal.settings.dev", show=show)
    assert development.stdout.strip() == "['demo', 'tooling']", development.stderr
    assert "tooling" in settings.INSTALLED_APPS


def test_static_files_are_compressed_and_hashed_outside_tests():
    from portal.settings import base

    assert base.STORAGES["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in settings.MIDDLEWARE


def test_every_interface_string_is_in_the_catalogues(tmp_path, settings):
    """Extract strings afresh into a copy of locale/: nothing new may be left untranslated."""
    import shutil

    from django.core.management import call_command

    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("GNU gettext (xgettext) is required in CI")
        pytest.skip("GNU gettext is not installed")
    # makemessages writes into the locale/ directory above the files it reads, whatever
    # LOCALE_PATHS says: read a copy of the sources, so that it writes into their copy of locale/.
    source = tmp_path / "source"
    skip = shutil.ignore_patterns(".*", "__pycache__", "*.mo", "*.sqlite3", "docs", "media", "static_collected")
    shutil.copytree(ROOT, source, ignore=skip)
    copy = source / "locale"
    settings.LOCALE_PATHS = [copy]
    cwd = os.getcwd()
    os.chdir(source)
    try:
        call_command(
            "makemessages",
            locale=["id", "en"],
            ignore_patterns=["tests", ".venv", "static_collected", "demo/*"],
            no_location=True,
            verbosity=0,
        )
    finally:
        os.chdir(cwd)
    for language in ("id", "en"):
        catalogue = polib.pofile(str(copy / language / "LC_MESSAGES" / "django.po"))
        assert not catalogue.untranslated_entries(), [e.msgid for e in catalogue.untranslated_entries()][:10]
        assert not catalogue.fuzzy_entries(), [e.msgid for e in catalogue.fuzzy_entries()][:10]
