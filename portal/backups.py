"""Backup and restore of the whole portal: the database and the uploaded media, in one tar file.

- PostgreSQL: ``pg_dump`` in its custom format, restored with ``pg_restore --clean``.
- SQLite: SQLite's online backup API (a consistent copy while the portal runs), restored the same way.
- Media (``MEDIA_ROOT``): a gzipped tar inside the archive.

The archive holds ``manifest.json`` (format, database engine, time), the database and ``media.tar.gz``.
Used by ``manage.py backup`` and ``manage.py restore``.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

FORMAT = 1
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    """The backup or restore cannot be done; the message says why."""


def _engine():
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return connection.vendor


def _pg(tool, *args):
    """Run a PostgreSQL client tool against the default database; its error becomes a BackupError."""
    conf = connection.settings_dict
    command = [tool, "--host", str(conf["HOST"] or "localhost"), "--port", str(conf["PORT"] or 5432)]
    command += ["--username", conf["USER"], "--dbname", conf["NAME"], *args]
    env = {**os.environ, "PGPASSWORD": str(conf["PASSWORD"] or "")}
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True)
    except FileNotFoundError as error:
        raise BackupError(f"{tool} is not installed (Debian: apt-get install postgresql-client).") from error
    if result.returncode:
        raise BackupError(f"{tool} failed: {result.stderr.strip()}")


def _dump_database(engine, target):
    if engine == "postgresql":
        _pg("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(target))
        return
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    with destination:
        connection.connection.backup(destination)
    destination.close()


def _load_database(engine, source):
    connection.close()
    if engine == "postgresql":
        options = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction"]
        _pg("pg_restore", *options, str(source))
        return
    origin = sqlite3.connect(source)
    destination = sqlite3.connect(connection.settings_dict["NAME"])
    with destination:
        origin.backup(destination)
    origin.close()
    destination.close()


def backup(path):
    """Write the database and the media into a tar file at ``path``; returns the manifest."""
    engine = _engine()
    media = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        manifest = {"format": FORMAT, "engine": engine, "created": timezone.now().isoformat()}
        (work / "manifest.json").write_text(json.dumps(manifest))
        _dump_database(engine, work / DATABASE_FILES[engine])
        with tarfile.open(work / "media.tar.gz", "w:gz") as media_tar:
            if media.is_dir():
                media_tar.add(media, arcname="media")
        partial = Path(f"{path}.partial")
        with tarfile.open(partial, "w") as archive:
            for name in ("manifest.json", DATABASE_FILES[engine], "media.tar.gz"):
                archive.add(work / name, arcname=name)
        partial.replace(path)  # never a half-written backup under the real name
    return manifest


def restore(path):
    """Replace the database and the media with those of the backup at ``path``; returns the manifest."""
    engine = _engine()
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        try:
            with tarfile.open(path) as archive:
                archive.extractall(work, filter="data")
            manifest = json.loads((work / "manifest.json").read_text())
        except (OSError, tarfile.TarError, ValueError) as error:
            raise BackupError(f"{path} is not a portal backup: {error}") from error
        if manifest.get("format") != FORMAT or manifest.get("engine") not in DATABASE_FILES:
            raise BackupError(f"{path} is not a portal backup this version can read.")
        if manifest["engine"] != engine:
            raise BackupError(
                f"This backup is of a {manifest['engine']} database; the portal now uses {engine}. "
                "Restore it into the same kind of database."
            )
        _load_database(engine, work / DATABASE_FILES[engine])
        _restore_media(work / "media.tar.gz")
    return manifest


def _restore_media(media_archive):
    media = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(dir=media.parent if media.parent.is_dir() else None) as unpacked:
        with tarfile.open(media_archive) as media_tar:
            media_tar.extractall(unpacked, filter="data")
        restored = Path(unpacked) / "media"
        if media.exists():
            shutil.rmtree(media)
        if restored.is_dir():
            shutil.move(str(restored), media)
        else:
            media.mkdir(parents=True)
