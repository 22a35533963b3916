"""`make bench-import`: a PTV import at a large city's scale, from generated PTV-shaped payloads
served by the local fake PTV (in its own process, so its work is not counted as the import's
memory). Prints a Markdown table: write time, search index time (and the embedding model's share
of it), re-sync with nothing changed, peak memory.

Each database is measured in its own process on a scratch database (var/bench/ptv-bench.sqlite3,
or `milestone_ptv_bench` on the local PostgreSQL), never on your data.
Options: --services 10000 --channels 15000 --databases sqlite,postgresql --skip-index
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")
PG_DATABASE = "milestone_ptv_bench"
ORGANIZATIONS = 50

# --- Generated payloads ------------------------------------------------------------------------
# Words to build varied, realistic-length texts from (about 50 tokens a passage, as real service
# descriptions have); nothing here is a real service, address or number.
WORDS = {
    "fi": [
        "kurssi",
        "neuvonta",
        "kieli",
        "työ",
        "opiskelu",
        "perhe",
        "asuminen",
        "terveys",
        "ohjaus",
        "ryhmä",
        "arki",
        "tuki",
        "palvelu",
        "ilmoittautuminen",
        "maksuton",
        "verkossa",
        "kaupunki",
        "yhdistys",
        "keskus",
        "ilta",
        "viikko",
    ],
    "sv": [
        "kurs",
        "rådgivning",
        "språk",
        "arbete",
        "studier",
        "familj",
        "boende",
        "hälsa",
        "handledning",
        "grupp",
        "vardag",
        "stöd",
        "tjänst",
        "anmälan",
        "avgiftsfri",
        "nätet",
        "stad",
        "förening",
        "center",
        "kväll",
        "vecka",
    ],
    "en": [
        "course",
        "advice",
        "language",
        "work",
        "study",
        "family",
        "housing",
        "health",
        "guidance",
        "group",
        "everyday",
        "support",
        "service",
        "enrolment",
        "free",
        "online",
        "city",
        "association",
        "centre",
        "evening",
        "week",
    ],
}


def _id(kind: int, index: int) -> str:
    return str(uuid.UUID(int=(kind << 96) | index))


def _sentence(rng, language, words) -> str:
    return " ".join(rng.choice(WORDS[language]) for _ in range(words)).capitalize() + "."


def _texts(rng, kind, words, languages=("fi", "sv", "en")):
    return [
        {"language": language, "value": _sentence(rng, language, words), "type": kind}
        for language in languages
    ]


def organization(ptv_id: str) -> dict | None:
    index = uuid.UUID(ptv_id).int & 0xFFFF
    if uuid.UUID(ptv_id).int >> 96 != 3 or index >= ORGANIZATIONS:
        return None
    rng = random.Random(f"org{index}")  # noqa: S311 - reproducible test data
    return {
        "id": ptv_id,
        "organizationType": rng.choice(["Municipality", "Organization", "Company", "State"]),
        "organizationNames": _texts(rng, "Name", 3),
        "organizationDescriptions": _texts(rng, "Summary", 20),
        "emails": [{"value": f"org{index}@example.org", "language": "fi"}],
        "webPages": [{"url": f"https://example.org/org{index}", "language": "fi"}],
        "businessCode": f"{index:07d}-0",
        "publishingStatus": "Published",
        "modified": "2026-10-01T08:00:00",
    }


def channel(index: int, locations: int, services: int) -> dict:
    rng = random.Random(f"channel{index}")  # noqa: S311 - reproducible test data
    ptv_id = _id(2, index)
    # The service that service() connects to this location (the sync reads connections from
    # the services; PTV lists them on both sides).
    connected = [{"service": {"id": _id(1, index * services // max(1, locations))}}]
    base = {
        "id": ptv_id,
        "organizationId": _id(3, index % ORGANIZATIONS),
        "serviceChannelNames": _texts(rng, "Name", 3),
        "serviceChannelDescriptions": _texts(rng, "Summary", 15),
        "languages": ["fi", "sv", "en"],
        "services": connected,
        "publishingStatus": "Published",
        "modified": "2026-10-01T08:00:00",
    }
    if index < locations:
        north, east = rng.uniform(6_700_000, 7_700_000), rng.uniform(200_000, 700_000)
        return {
            **base,
            "serviceChannelType": "ServiceLocation",
            "phoneNumbers": [
                {
                    "type": "Phone",
                    "prefixNumber": "+358",
                    "number": f"{index:09d}",
                    "language": "fi",
                }
            ],
            "emails": [{"value": f"location{index}@example.org", "language": "fi"}],
            "webPages": [{"url": f"https://example.org/l/{index}", "language": "fi"}],
            "addresses": [
                {
                    "type": "Location",
                    "subType": "Single",
                    "streetAddress": {
                        "street": [{"value": f"Testikatu {index % 97}", "language": "fi"}],
                        "streetNumber": str(index % 50 + 1),
                        "postalCode": "40100",
                        "postOffice": [{"value": "JYVÄSKYLÄ", "language": "fi"}],
                        "latitude": f"{north:.3f}",
                        "longitude": f"{east:.3f}",
                        "additionalInformation": _texts(rng, None, 6),
                    },
                    "entrances": [
                        {
                            "accessibilitySentences": [
                                {
                                    "sentenceGroup": _texts(rng, None, 1),
                                    "sentences": [
                                        {"sentence": _texts(rng, None, 6)},
                                        {"sentence": _texts(rng, None, 6)},
                                    ],
                                }
                            ]
                        }
                    ],
                    "country": "FI",
                }
            ],
            "serviceHours": [
                {
                    "serviceHourType": "DaysOfTheWeek",
                    "openingHour": [
                        {
                            "dayFrom": "Monday",
                            "dayTo": "Thursday",
                            "from": "08:00:00",
                            "to": "16:00:00",
                        },
                        {"dayFrom": "Friday", "from": "08:00:00", "to": "14:00:00"},
                    ],
                },
                {
                    "serviceHourType": "Exceptional",
                    "validFrom": "2026-12-24T00:00:00",
                    "validTo": "2026-12-26T00:00:00",
                    "isClosed": True,
                },
            ],
        }
    kind = ("Phone", "WebPage", "EChannel")[index % 3]
    extra = {
        "Phone": {
            "phoneNumbers": [
                {
                    "type": "Phone",
                    "prefixNumber": "+358",
                    "number": f"{index:09d}",
                    "language": "fi",
                }
            ]
        },
        "WebPage": {"webPages": [{"url": f"https://example.org/w/{index}", "language": "fi"}]},
        "EChannel": {
            "webPages": [{"url": f"https://example.org/e/{index}", "language": "fi"}],
            "supportEmails": [{"value": f"eservice{index}@example.org", "language": "fi"}],
        },
    }[kind]
    return {**base, "serviceChannelType": kind, **extra}


def service(index: int, services: int, locations: int, channels: int) -> dict:
    rng = random.Random(f"service{index}")  # noqa: S311 - reproducible test data
    connected = [index * locations // services]
    if channels > locations:
        connected.append(locations + index % (channels - locations))
    return {
        "id": _id(1, index),
        "type": "Service",
        "serviceNames": _texts(rng, "Name", 4),
        "serviceDescriptions": _texts(rng, "Summary", 12)
        + _texts(rng, "Description", 30)
        + _texts(rng, "UserInstruction", 10),
        "serviceChargeType": rng.choice(["FreeOfCharge", "Chargeable", None]),
        "areaType": "LimitedType",
        "areas": [
            {
                "type": "Municipality",
                "municipalities": [
                    {"code": "179", "name": [{"value": "Jyväskylä", "language": "fi"}]}
                ],
            }
        ],
        "languages": ["fi", "sv", "en"],
        "requirements": _texts(rng, None, 8),
        "targetGroups": [
            {
                "name": [{"value": "Maahanmuuttajat", "language": "fi"}],
                "code": "KR1.2",
                "uri": "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.2",
            }
        ],
        "serviceClasses": [
            {
                "name": [{"value": f"Luokka {index % 40}", "language": "fi"}],
                "code": f"P{index % 40}",
                "uri": f"http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P{index % 40}",
            }
        ],
        "ontologyTerms": [
            {
                "name": [{"value": f"käsite {index % 300}", "language": "fi"}],
                "uri": f"http://www.yso.fi/onto/koko/p{index % 300}",
            }
        ],
        "organizations": [
            {"organization": {"id": _id(3, index % ORGANIZATIONS)}, "roleType": "Responsible"}
        ],
        "serviceChannels": [
            {"serviceChannel": {"id": _id(2, c)}, "description": [], "serviceHours": []}
            for c in connected
        ],
        "publishingStatus": "Published",
        "modified": "2026-10-01T08:00:00",
    }


def serve(services: int, channels: int) -> None:
    """Run the fake PTV with generated payloads; print its address, serve until killed."""
    from interchange.ptv.fake import Catalogue, FakePtv

    locations = channels * 3 // 5
    catalogue = Catalogue(
        services=(services, lambda i: service(i, services, locations, channels)),
        channels=(channels, lambda i: channel(i, locations, services)),
        organizations=organization,
        page_size=100,
    )
    with FakePtv(catalogue) as ptv:
        print(ptv.url, flush=True)
        while True:
            time.sleep(3600)


# --- Measuring ---------------------------------------------------------------------------------
def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker(args) -> None:
    """Runs in a child process with DATABASE_URL set; prints one JSON object."""
    import django

    django.setup()
    from django.core.management import call_command

    from directory.tests.factories import RegionFactory
    from interchange.ptv.client import PtvClient
    from interchange.ptv.sync import sync_ptv
    from search.embeddings import get_backend

    call_command("migrate", verbosity=0)
    region = RegionFactory(slug="bench", languages=["fi", "sv", "en"])
    client = PtvClient(args.url, timeout=60, retries=2, backoff=1)
    marks: dict[str, float] = {}

    def progress(stage, done, total):
        if stage != "index":
            marks["written"] = time.monotonic()
            marks["written_cpu"] = time.process_time()
            marks["peak_after_write"] = _peak_mb()

    model_seconds = [0.0]
    if not args.skip_index:
        backend = get_backend()
        passages = backend.passages

        def timed(texts):
            started = time.monotonic()
            try:
                return passages(texts)
            finally:
                model_seconds[0] += time.monotonic() - started

        backend.passages = timed
    else:
        from search import deferred

        deferred.Noted.index = lambda self: iter(())
        deferred.Noted.flush_committed = lambda self: None

    started, started_cpu = time.monotonic(), time.process_time()
    first = sync_ptv(region, "179", client=client, progress=progress)
    ended, ended_cpu = time.monotonic(), time.process_time()
    write_peak = marks.get("peak_after_write") or _peak_mb()
    report = {
        "write": marks["written"] - started,
        "write_cpu": marks["written_cpu"] - started_cpu,
        "index": ended - marks["written"],
        "index_cpu": ended_cpu - marks["written_cpu"],
        "model": model_seconds[0],
        "counts": first.report["counts"],
        "requests": client.requests,
    }
    requests = client.requests
    started, started_cpu = time.monotonic(), time.process_time()
    again = sync_ptv(region, "179", client=client)
    report["resync"] = time.monotonic() - started
    report["resync_cpu"] = time.process_time() - started_cpu
    report["resync_counts"] = again.report["counts"]
    report["resync_requests"] = client.requests - requests
    report["peak"] = _peak_mb()
    report["write_peak"] = write_peak
    print(json.dumps(report))


def _database_url(database: str) -> str:
    if database == "sqlite":
        path = ROOT / "var" / "bench" / "ptv-bench.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    with psycopg.connect(PG_URL + "postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {PG_DATABASE}")
        connection.execute(f"CREATE DATABASE {PG_DATABASE}")
    return PG_URL + PG_DATABASE


def _run(database: str, url: str, skip_index: bool) -> dict:
    env = dict(os.environ, DATABASE_URL=_database_url(database), DEBUG="0")
    env.setdefault("SECRET_KEY", "bench-only-not-secret")
    env["DJANGO_SETTINGS_MODULE"] = "milestone.settings"
    command = [sys.executable, "-m", "tools.bench_import", "--worker", "--url", url]
    if skip_index:
        command.append("--skip-index")
    output = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603 - our own module, fixed arguments
    if output.returncode:
        sys.stderr.write(output.stderr)
        raise SystemExit(f"The {database} benchmark failed.")
    report = json.loads(output.stdout.strip().splitlines()[-1])
    (ROOT / "var" / "bench" / f"ptv-{database}.json").write_text(json.dumps(report, indent=1))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--channels", type=int, default=15_000)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--skip-index", action="store_true", help="write and re-sync only")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        import django

        django.setup()
        serve(args.services, args.channels)
        return
    if args.worker:
        _worker(args)
        return
    load_at_start = os.getloadavg()[0]
    env = dict(os.environ, DEBUG="0", DJANGO_SETTINGS_MODULE="milestone.settings")
    env.setdefault("SECRET_KEY", "bench-only-not-secret")
    server = subprocess.Popen(  # noqa: S603 - our own module, fixed arguments
        [
            sys.executable,
            "-m",
            "tools.bench_import",
            "--serve",
            "--services",
            str(args.services),
            "--channels",
            str(args.channels),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        url = server.stdout.readline().strip()
        rows = [(db, _run(db, url, args.skip_index)) for db in args.databases.split(",") if db]
    finally:
        server.terminate()
        server.wait()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}; load average "
        f"{load_at_start:.1f} at the start and {os.getloadavg()[0]:.1f} at the end.\n"
    )
    print(
        f"{args.services:,} services and {args.channels:,} channels "
        f"({args.channels * 3 // 5:,} service locations) from generated PTV v11 payloads, "
        "100 a page, served by a local fake PTV in its own process.\n"
    )
    print(
        "| database | write s (CPU s) | search index s (model s) "
        "| re-sync, nothing changed, s (CPU s) | peak MB, import | peak MB, with index "
        "| requests |"
    )
    print("|---|---|---|---|---|---|---|")
    for database, report in rows:
        index = "skipped" if args.skip_index else f"{report['index']:.1f} ({report['model']:.1f})"
        print(
            f"| {database} | {report['write']:.1f} ({report['write_cpu']:.1f}) | {index} "
            f"| {report['resync']:.1f} ({report['resync_cpu']:.1f}) "
            f"| {report['write_peak']:.0f} | {report['peak']:.0f} | {report['requests']} |"
        )


if __name__ == "__main__":
    main()
