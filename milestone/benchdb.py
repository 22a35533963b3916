"""Scratch databases for the benchmarks (`make bench-*`), so that a benchmark never touches the
development data: a fresh SQLite file under var/bench/, or a fresh PostgreSQL database on the
local server (BENCH_POSTGRES_URL)."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")


def scratch_database_url(database: str, name: str) -> str:
    """An empty database called `name` ("sqlite" or "postgresql"), as a DATABASE_URL."""
    if database == "sqlite":
        path = ROOT / "var" / "bench" / f"{name}.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    database_name = f"milestone_{name.replace('-', '_')}"
    with psycopg.connect(PG_URL + "postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {database_name}")
        connection.execute(f"CREATE DATABASE {database_name}")
    return PG_URL + database_name
