"""The database connection as production needs it, from the environment.

SQLite is the embedded default and must take a city site's concurrent writes without losing
any: WAL lets readers carry on while one connection writes, `IMMEDIATE` takes the write lock
when a transaction begins, and the busy timeout makes a second writer wait its turn. Without
`IMMEDIATE`, two transactions that each read and then write deadlock on the lock upgrade and
SQLite fails one at once with "database is locked" (the busy timeout cannot help there).

PostgreSQL keeps its connections between requests (`CONN_MAX_AGE`) and checks them before
reuse (`CONN_HEALTH_CHECKS`): opening one per request made it slower than SQLite under load.
"""

from __future__ import annotations

from milestone.env import envint

SQLITE = "django.db.backends.sqlite3"


def configure(database: dict) -> dict:
    """`database` (a DATABASES entry) with the production options added; returns it."""
    database["CONN_MAX_AGE"] = envint("DB_CONN_MAX_AGE", "60")
    if database["ENGINE"] == SQLITE:
        options = database.setdefault("OPTIONS", {})
        options.setdefault("timeout", envint("SQLITE_BUSY_TIMEOUT", "20"))
        options.setdefault("transaction_mode", "IMMEDIATE")
        # synchronous=NORMAL is safe with WAL (a power cut may lose the last commits, never
        # corrupt the file) and saves an fsync per commit.
        options.setdefault("init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL")
    else:
        database["CONN_HEALTH_CHECKS"] = True
    return database
