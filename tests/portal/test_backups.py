"""Backups (issue 11, item 12): back up the demo portal, restore it into an empty database and an
empty media folder, and find every page, revision, translation, user and search result the same."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

import psycopg
import pytest

from tests.helpers import search_keys

ROOT = Path(__file__).resolve().parents[2]
MODELS = [
    "auth.user",
    "auth.group",
    "wagtailcore.locale",
    "wagtailcore.page",
    "wagtailcore.revision",
    "wagtailcore.workflowstate",
    "wagtail_localize.translationsource",
    "wagtail_localize.translation",
    "catalogue",
    "portal",
    "portal_search.synonym",
]
QUERIES = ["akta kelahiran", "ktp hilang", "paspor", "skck"]
SEARCHES = "import json; from tests.helpers import search_keys; print(json.dumps([search_keys(q) for q in {}]))"

pytestmark = pytest.mark.django_db


def dump():
    out = io.StringIO()
    call_command("dumpdata", *MODELS, stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture
def empty_database(tmp_path):
    """An empty database of the same kind as the test database: where the backup is restored."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    conf = connection.settings_dict
    name = f"{conf['NAME']}_restore"
    server = f"postgres://{conf['USER']}:{conf['PASSWORD']}@{conf['HOST']}:{conf['PORT']}"
    with psycopg.connect(f"{server}/{conf['NAME']}", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{server}/{name}"
    with psycopg.connect(f"{server}/{conf['NAME']}", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(database_url, media, *args):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "ELASTICSEARCH_URL": "",
    }
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_backup_and_restore_round_trip(demo, tmp_path, settings, empty_database):
    media = tmp_path / "media"
    (media / "images").mkdir(parents=True)
    (media / "images" / "denah.png").write_bytes(b"\x89PNG not really")
    settings.MEDIA_ROOT = str(media)
    archive = tmp_path / "portal.tar"
    call_command("backup", "--output", str(archive), stdout=io.StringIO())
    before, searches = dump(), [search_keys(query) for query in QUERIES]
    assert any(searches)

    restored_media = tmp_path / "elsewhere" / "media"  # wiped: nothing there yet
    manage(empty_database, restored_media, "restore", str(archive), "--yes")
    after = json.loads(manage(empty_database, restored_media, "dumpdata", *MODELS))
    assert len(after) == len(before) and after == before
    assert (
        json.loads(manage(empty_database, restored_media, "shell", "-v", "0", "-c", SEARCHES.format(QUERIES)))
        == searches
    )
    assert (restored_media / "images" / "denah.png").read_bytes() == b"\x89PNG not really"

    # Restoring again over a database that has changed since puts it back as it was.
    manage(
        empty_database,
        restored_media,
        "shell",
        "-c",
        "from wagtail.models import Revision; Revision.objects.all().delete()",
    )
    manage(empty_database, restored_media, "restore", str(archive), "--yes")
    assert json.loads(manage(empty_database, restored_media, "dumpdata", *MODELS)) == before


def test_restore_refuses_what_is_not_a_backup(db, tmp_path):
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not a tar file")
    with pytest.raises(CommandError, match="not a portal backup"):
        call_command("restore", str(junk), "--yes")
