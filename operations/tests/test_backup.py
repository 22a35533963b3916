"""The city's IT team backs up the hub while it runs, and restores the backup into a new, empty
database: every table comes back row for row, and each region's directory is also there as an
HSDS data package."""

import zipfile

import pytest
from django.db import connections
from django.db.utils import load_backend

from operations.backup import BackupError, backup, fingerprint, restore

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def empty_database(tmp_path):
    """A second, empty database of the same engine."""
    original = connections["default"].settings_dict
    database = dict(original)
    if connections["default"].vendor == "sqlite":
        database["NAME"] = str(tmp_path / "restored.sqlite3")
    else:
        database["NAME"] = f"{original['NAME']}_restored"
        with connections["default"].cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{database["NAME"]}"')
            cursor.execute(f'CREATE DATABASE "{database["NAME"]}"')
    # A connection of its own, not an alias of settings.DATABASES (which the test run fences).
    connection = load_backend(database["ENGINE"]).DatabaseWrapper(database, alias="restore")
    yield connection
    connection.close()
    if connections["default"].vendor == "postgresql":
        with connections["default"].cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{database["NAME"]}"')


def test_a_backup_restored_into_an_empty_database_matches_the_original(
    demo_data, tmp_path, empty_database
):
    original = fingerprint()

    manifest = backup(tmp_path / "backup")
    differences = restore(tmp_path / "backup", alias=empty_database)

    assert differences == {}
    assert fingerprint(empty_database) == original
    assert original["directory_service"]["rows"] == 59
    assert "hsds/jyvaskyla.zip" in manifest["hsds"]
    with zipfile.ZipFile(tmp_path / "backup" / "hsds" / "jyvaskyla.zip") as package:
        assert "datapackage.json" in package.namelist()


def test_restore_refuses_a_database_that_is_not_empty(demo_data, tmp_path):
    backup(tmp_path / "backup", hsds=False)

    with pytest.raises(BackupError, match="not empty"):
        restore(tmp_path / "backup")


def test_a_backup_never_overwrites_an_earlier_one(db, tmp_path):
    (tmp_path / "backup").mkdir()

    with pytest.raises(BackupError, match="exists already"):
        backup(tmp_path / "backup")


def test_a_folder_that_cannot_be_made_is_a_clear_error(db, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")

    with pytest.raises(BackupError, match="cannot be made"):
        backup(tmp_path / "a-file" / "backup")


@pytest.mark.parametrize("what", ["missing", "not-json"])
def test_restoring_a_folder_that_is_not_a_backup_says_so(db, tmp_path, what):
    folder = tmp_path / "backup"
    if what == "not-json":
        folder.mkdir()
        (folder / "manifest.json").write_text("{half a manifest")

    with pytest.raises(BackupError, match="is not a backup folder"):
        restore(folder)
