"""Twenty newcomers send feedback at the same moment on the default SQLite database: every
submission is saved, none is lost to "database is locked".

Run on a file database with the production options (the test run's own SQLite database lives in
memory, where locking works differently)."""

import threading

import pytest
from django.db import OperationalError, connections, transaction

from milestone.database import SQLITE, configure

WRITERS = 20
POSTS_EACH = 15


@pytest.fixture
def scratch(tmp_path, django_db_blocker):
    """A file database configured as milestone.database configures production's."""
    database = configure({"ENGINE": SQLITE, "NAME": str(tmp_path / "scratch.sqlite3")})
    # configure_settings fills in the keys Django expects (TIME_ZONE, TEST, …).
    both = connections.configure_settings({"default": {}, "scratch": database})
    connections.settings["scratch"] = both["scratch"]
    with django_db_blocker.unblock():
        with connections["scratch"].cursor() as cursor:
            cursor.execute("CREATE TABLE feedback (id INTEGER PRIMARY KEY, message TEXT)")
        yield "scratch"
        connections["scratch"].close()
    del connections.settings["scratch"]


def post_feedback(alias, writer, errors):
    """What a feedback post does: read (the region, the service) and then write, in one
    transaction: the pattern whose lock upgrade fails at once in SQLite's default mode."""
    try:
        for number in range(POSTS_EACH):
            try:
                with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                    cursor.execute("SELECT count(*) FROM feedback")
                    cursor.execute(
                        "INSERT INTO feedback (message) VALUES (%s)", [f"{writer}/{number}"]
                    )
            except OperationalError as error:
                errors.append(str(error))
    finally:
        connections[alias].close()


def test_twenty_parallel_writers_lose_nothing(scratch):
    errors: list[str] = []
    writers = [
        threading.Thread(target=post_feedback, args=(scratch, n, errors)) for n in range(WRITERS)
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()

    assert errors == []
    with connections[scratch].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM feedback")
        assert cursor.fetchone()[0] == WRITERS * POSTS_EACH
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
