"""`make bench-search`: quality on the development set, latency at 1k/10k/100k services on
SQLite and PostgreSQL, and the indexing rate with the real model. Prints a Markdown table.

Each database is measured in its own process on a scratch database (var/bench/ for SQLite,
`milestone_search_bench` on PostgreSQL), so the development data is never touched.
Quality is measured on two query sets: the development set the ranking is tuned on, and a
held-out set over the demo directory (tools/bench_search/demo_queries.json) that it is not.
Options: --sizes 1000,10000,100000  --databases sqlite,postgresql  --quick (1k and 10k only)
  --quality-only (both quality tables and, on stderr, their misses; no latency or indexing)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from milestone.benchdb import scratch_database_url

ROOT = Path(__file__).resolve().parents[2]
LOAD_AT_START = os.getloadavg()[0]


def _database_url(database: str) -> str:
    return scratch_database_url(database, "search-bench")


def _worker(args) -> None:
    """Runs in a child process with DATABASE_URL set; prints one JSON object."""
    import django

    django.setup()
    from django.core.management import call_command

    from tools.bench_search import demoset, measure

    call_command("migrate", verbosity=0)
    report = {"database": args.worker}
    organization = measure.organization()
    if args.quality:
        report["quality"] = measure.quality(organization)
    if args.demo:
        report["demo_quality"], report["demo_quality_steered"] = demoset.quality()
    if args.indexing:
        report["indexing"] = measure.indexing_rate(organization)
    if not args.quality_only:
        report["latency"] = measure.latency(organization, args.sizes)
    print(json.dumps(report))


def _run(database: str, sizes: list[int], *flags: str) -> dict:
    env = dict(os.environ, DATABASE_URL=_database_url(database), DEBUG="0")
    env.setdefault("SECRET_KEY", "bench-only-not-secret")
    env["DJANGO_SETTINGS_MODULE"] = "milestone.settings"
    command = [sys.executable, "-m", "tools.bench_search", "--worker", database]
    command += ["--sizes", ",".join(map(str, sizes))]
    command += flags
    output = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603 - our own module, fixed arguments
    if output.returncode:
        sys.stderr.write(output.stderr)
        raise SystemExit(f"The {database} benchmark failed.")
    report = json.loads(output.stdout.strip().splitlines()[-1])
    # Kept beside the scratch database, so a long run's first half can be read before the end.
    (ROOT / "var" / "bench" / f"{database}.json").write_text(json.dumps(report, indent=1))
    return report


def _table(reports: list[dict], sizes: list[int]) -> str:
    from tools.bench_search.measure import format_table

    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}; load average {LOAD_AT_START:.1f} at the start and "
        f"{os.getloadavg()[0]:.1f} at the end (other processes share the cores)"
    )
    return format_table(reports, sizes, machine)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.bench_search")
    parser.add_argument("--worker")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--quality", action="store_true")
    parser.add_argument("--indexing", action="store_true")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--quality-only", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size]
    if args.quick:
        sizes = [size for size in sizes if size <= 10000]
    args.sizes = sizes
    if args.worker:
        _worker(args)
        return
    reports = []
    for number, database in enumerate(args.databases.split(",")):
        print(f"Measuring on {database} …", file=sys.stderr, flush=True)
        flags = ["--quality"]
        if number == 0:  # the held-out set and the indexing rate, like the full quality table
            flags += ["--demo"] + ([] if args.quality_only else ["--indexing"])
        if args.quality_only:
            flags.append("--quality-only")
        reports.append(_run(database, sizes, *flags))
    if args.quality_only:
        from tools.bench_search.measure import format_misses

        print(format_misses(reports), file=sys.stderr)
    print(_table(reports, sizes))


if __name__ == "__main__":
    main()
