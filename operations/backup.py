"""Backups a city's IT team can restore: the whole database, consistent while the site runs,
plus each region's directory as an HSDS data package (readable by any HSDS tool, and importable
into a newer MILEstone Hub) and the uploaded files.

A backup is a folder:

    manifest.json          when, which engine, the applied migrations, rows per table
    database.sqlite3       SQLite: a copy made with SQLite's online backup API
    database.pgdump        PostgreSQL: pg_dump's custom format (pg_restore reads it)
    hsds/<region>.zip      each region's directory (manage.py export_directory's data package)
    media.tar.gz           the uploaded files, if any

`restore` puts the database back into an empty database (it refuses one that has tables) and
checks the restored rows against the manifest.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

SQLITE_FILE, PG_FILE, MANIFEST = "database.sqlite3", "database.pgdump", "manifest.json"


class BackupError(Exception):
    pass


def _connection(alias):
    """`alias` names a database of settings.DATABASES, or is a connection (tests, tools)."""
    return connections[alias] if isinstance(alias, str) else alias


def _vendor(alias) -> str:
    return _connection(alias).vendor


def _pg_environment(database: dict) -> dict:
    environment = dict(os.environ)
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER")):
        if database.get(key):
            environment[name] = str(database[key])
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = database["PASSWORD"]
    return environment


def _program(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise BackupError(f"{name} is missing: install PostgreSQL's client programs.")
    return path


def tables(alias="default") -> list[str]:
    connection = _connection(alias)
    with connection.cursor() as cursor:
        return sorted(connection.introspection.table_names(cursor))


def fingerprint(alias="default") -> dict[str, dict]:
    """Rows and a digest of their contents, per table: equal fingerprints, equal data."""
    result = {}
    connection = _connection(alias)
    with connection.cursor() as cursor:
        for table in tables(alias):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {quoted}")  # noqa: S608 - names from introspection
            rows = sorted(repr(tuple(_plain(value) for value in row)) for row in cursor.fetchall())
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
            result[table] = {"rows": len(rows), "sha256": digest}
    return result


def _plain(value):
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def backup(output: Path, *, alias="default", hsds: bool = True) -> dict:
    """Write a backup folder at `output` (which must not exist yet); returns the manifest."""
    output = Path(output)
    if output.exists():
        raise BackupError(f"{output} exists already; choose a new folder.")
    try:
        output.mkdir(parents=True)
    except OSError as error:
        raise BackupError(
            f"{output} cannot be made ({error.strerror}); choose another folder."
        ) from None
    connection = _connection(alias)
    vendor = connection.vendor
    if vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(output / SQLITE_FILE)
        with target:
            # Page by page, while others go on writing: the copy is one consistent moment.
            connection.connection.backup(target)
        target.close()
    elif vendor == "postgresql":
        database = connection.settings_dict
        subprocess.run(  # noqa: S603 - fixed program, arguments from settings
            [
                _program("pg_dump"),
                "--format=custom",
                "--no-owner",
                f"--file={output / PG_FILE}",
                database["NAME"],
            ],
            env=_pg_environment(database),
            check=True,
            capture_output=True,
        )
    else:
        raise BackupError(f"No backup for {vendor} databases.")
    manifest = {
        "created": timezone.now().isoformat(),
        "engine": vendor,
        "migrations": _applied_migrations(alias),
        "tables": fingerprint(alias),
    }
    if hsds:
        manifest["hsds"] = _export_hsds(output / "hsds")
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir() and any(media.iterdir()):
        with tarfile.open(output / "media.tar.gz", "w:gz") as archive:
            archive.add(media, arcname="media")
        manifest["media"] = "media.tar.gz"
    (output / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def _applied_migrations(alias) -> int:
    with _connection(alias).cursor() as cursor:
        cursor.execute("SELECT count(*) FROM django_migrations")
        return cursor.fetchone()[0]


def _export_hsds(folder: Path) -> list[str]:
    from directory.models import Region
    from interchange import formats
    from interchange.export import build_dataset

    folder.mkdir()
    written = []
    for region in Region.objects.all():
        data = formats.write("datapackage", build_dataset(region, settings.LANGUAGE_CODE))
        (folder / f"{region.slug}.zip").write_bytes(data)
        written.append(f"hsds/{region.slug}.zip")
    return written


def restore(source: Path, *, alias="default") -> dict:
    """Restore the backup folder `source` into the (empty) database `alias`; returns the
    tables whose rows differ from the manifest's (empty when all is well)."""
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError(
            f"{source} is not a backup folder: its {MANIFEST} cannot be read ({error}). "
            "Give the folder `manage.py backup` wrote."
        ) from None
    vendor = _vendor(alias)
    if manifest["engine"] != vendor:
        raise BackupError(
            f"This backup is of a {manifest['engine']} database and this one is {vendor}; "
            "move between them with the HSDS data packages in hsds/ (manage.py import_directory)."
        )
    if tables(alias):
        raise BackupError(
            "The database is not empty. Restore into a new, empty database (then point "
            "DATABASE_URL at it), so that nothing is overwritten by mistake."
        )
    connection = _connection(alias)
    if vendor == "sqlite":
        connection.close()
        backup_file = sqlite3.connect(source / SQLITE_FILE)
        target = sqlite3.connect(connection.settings_dict["NAME"])
        with target:
            backup_file.backup(target)
        target.close()
        backup_file.close()
    else:
        database = connection.settings_dict
        subprocess.run(  # noqa: S603 - fixed program, arguments from settings
            [
                _program("pg_restore"),
                "--no-owner",
                "--exit-on-error",
                f"--dbname={database['NAME']}",
                str(source / PG_FILE),
            ],
            env=_pg_environment(database),
            check=True,
            capture_output=True,
        )
    if manifest.get("media"):
        with tarfile.open(source / manifest["media"]) as archive:
            archive.extractall(Path(settings.MEDIA_ROOT).parent, filter="data")
    restored = fingerprint(alias)
    return {
        table: {"backup": expected, "restored": restored.get(table)}
        for table, expected in manifest["tables"].items()
        if restored.get(table) != expected
    }


__all__ = ["BackupError", "backup", "fingerprint", "restore"]
