"""The city's IT team runs the app server (deploy/gunicorn.conf.py) for months: workers are
replaced after WEB_MAX_REQUESTS requests, and the site must keep answering while they are."""

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from django.conf import settings

from milestone.testing import manage

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def app_server(tmp_path_factory):
    """gunicorn as `make serve` starts it, on an empty migrated SQLite database, two workers
    replaced every 20 requests; one server for this file's stories (neither searches before
    the second counts what was searched)."""
    tmp_path = tmp_path_factory.mktemp("app-server")
    # The model's graph is built once per machine (after migrate); borrow it.
    (tmp_path / "cache").symlink_to(Path(settings.VAR_DIR) / "cache", target_is_directory=True)
    port = _free_port()
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "app-server-test-only",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'hub.sqlite3'}",
        "VAR_DIR": str(tmp_path),
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
        "WEB_MAX_REQUESTS": "20",
        "LOG_LEVEL": "WARNING",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_MANIFEST": "false",
    }
    env.pop("REDIS_URL", None)
    manage(env, "migrate", "-v", "0")
    log = open(tmp_path / "gunicorn.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(  # noqa: S603 - our own configuration
        [
            shutil.which("gunicorn", path=Path(sys.executable).parent),
            "-c",
            "deploy/gunicorn.conf.py",
            "milestone.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("gunicorn did not become ready: " + (tmp_path / "gunicorn.log").read_text())
        yield base, tmp_path / "gunicorn.log", tmp_path / "hub.sqlite3"
    finally:
        server.terminate()
        try:
            # A worker forked just as the stop began (they are replaced every 20 requests here)
            # can miss gunicorn's signal; the master kills it after graceful_timeout (30 s).
            server.wait(45)
        finally:
            if server.poll() is None:
                server.kill()
                server.wait()
            log.close()


def test_workers_replaced_after_their_requests_leave_no_gap(app_server):
    base, log, _database = app_server
    # Each worker leaves after 20 requests, so both are replaced several times over. A worker
    # that hung on its way out (ONNX Runtime's exit handler, see worker_exit) left no one to
    # answer for 30 s, until gunicorn killed it.
    with httpx.Client(timeout=10) as client:
        answers = [client.get(f"{base}/healthz").status_code for _ in range(150)]
    assert answers == [200] * 150
    assert "WORKER TIMEOUT" not in log.read_text()


def test_warm_up_searches_are_not_shown_to_the_coordinator(app_server):
    """Every process searches before it takes traffic (operations/warm.py): the master in all
    13 languages, each worker once more, with a new query. On this empty directory all of them
    find nothing, yet the coordinator's unmet needs must only hold readers' searches."""
    base, _log, database = app_server
    with httpx.Client(timeout=10) as client:
        # Workers leave after 20 requests: new ones are forked, and warm up, several times.
        answers = [client.get(f"{base}/healthz").status_code for _ in range(60)]
        assert answers == [200] * 60
        assert client.get(f"{base}/fi/search/", params={"q": "kielikurssi"}).status_code == 200
    with sqlite3.connect(database) as connection:
        recorded = connection.execute("SELECT query FROM search_unmetsearch").fetchall()
    assert recorded == [("kielikurssi",)]
