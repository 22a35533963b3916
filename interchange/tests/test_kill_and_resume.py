"""Kaisa imports 300 services and the machine kills the process half-way (`kill -9`, the
out-of-memory killer, a restart). Nobody runs a repair command: the next job worker finishes the
work, and every service is searchable.

The killed processes are real ones (`manage.py`), on a SQLite file of their own."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import pytest

from interchange.tests.test_import_indexing import data_package
from milestone.testing import manage
from search import deferred
from search.deferred import batched_indexing

ROOT = Path(__file__).resolve().parents[2]
SERVICES = 300
REGION = (
    "from directory.models import Region; from directory.translation import TranslatedText; "
    "Region.objects.create(slug='tartu', name=TranslatedText({'en': 'Tartu'}), country='EE', "
    "partner_organization='Demo', languages=['fi', 'en'])"
)


def start(env, *args):
    return subprocess.Popen(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def query(database, sql) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=20) as db:
        return db.execute(sql).fetchone()[0]


def kill_when(process, database, sql, timeout=240):
    """SIGKILL `process` as soon as `sql` counts something."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the process ended before it could be killed"
        if query(database, sql):
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return
        time.sleep(0.02)
    process.kill()
    pytest.fail(f"never saw: {sql}")


@pytest.fixture
def package(db, tmp_path):
    """300 services in an HSDS data package, made in the test database (not indexed there)."""
    path = tmp_path / "tartu.zip"
    with mock.patch.object(deferred, "index_services"), batched_indexing():
        path.write_bytes(data_package(SERVICES))
    return path


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    database = tmp_path_factory.mktemp("migrated") / "hub.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    manage(env, "migrate", "-v", "0")
    manage(env, "shell", "-c", REGION)
    return database


@pytest.fixture
def hub(migrated, tmp_path):
    """A fresh copy of the migrated database, and the environment that points at it."""
    database = tmp_path / "hub.sqlite3"
    database.write_bytes(migrated.read_bytes())
    # The worker's own schedule finishes abandoned indexing when it starts.
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "JOBS_SCHEDULE": "true"}
    return database, env


def test_a_worker_killed_during_the_import_job_is_followed_by_one_that_finishes_it(hub, package):
    database, env = hub
    submit = (
        "from pathlib import Path; from directory.models import Region; "
        "from interchange import batches; "
        f"batches.submit(Region.objects.get(slug='tartu'), None, 'tartu.zip', "
        f"Path({str(package)!r}).read_bytes(), None)"
    )
    manage(env, "shell", "-c", submit)
    manage(env, "run_jobs", "--batch")  # the check
    assert query(database, "SELECT status FROM interchange_importbatch") == "previewed"
    manage(
        env,
        "shell",
        "-c",
        "from interchange import batches; from interchange.models import ImportBatch; "
        "batches.confirm(ImportBatch.objects.get())",
    )

    worker = start(env, "run_jobs")
    kill_when(worker, database, "SELECT count(*) FROM jobs_job WHERE status = 'running'")

    assert query(database, "SELECT count(*) FROM jobs_job WHERE status = 'running'") == 1
    manage(env, "run_jobs", "--batch")  # the next worker

    assert query(database, "SELECT status FROM interchange_importbatch") == "applied"
    assert query(database, "SELECT count(*) FROM directory_service") == SERVICES
    assert query(database, "SELECT count(*) FROM search_pendingindex") == 0
    assert query(database, "SELECT count(*) FROM search_searchdocument") == SERVICES
    assert query(database, "SELECT count(*) FROM jobs_job WHERE status = 'failed'") == 0
    assert query(database, "SELECT max(attempts) FROM jobs_job") == 2


def test_a_command_line_import_killed_before_its_indexing_is_caught_up_by_the_worker(hub, package):
    database, env = hub
    importing = start(env, "import_directory", str(package), "--region", "tartu")
    # Killed after the import has committed, while its services are being embedded.
    kill_when(importing, database, f"SELECT count(*) >= {SERVICES} FROM directory_service")  # noqa: S608

    pending = query(database, "SELECT count(*) FROM search_pendingindex")
    indexed = query(database, "SELECT count(*) FROM search_searchdocument")
    assert pending > 0 and indexed < SERVICES  # the gap a dead process used to leave
    manage(env, "run_jobs", "--batch")  # a worker starts

    assert query(database, "SELECT count(*) FROM search_pendingindex") == 0
    assert query(database, "SELECT count(*) FROM search_searchdocument") == SERVICES
