"""`make bench-load`: the production stack (`deploy/serve`: gunicorn and the job worker) under
load on 127.0.0.1, on SQLite and on PostgreSQL with Redis, on scratch databases with the demo
data. Prints one table per database: requests/s, p50/p95/p99 and errors per kind of request at a
fixed concurrency, then a mixed soak, lost writes, RSS per worker, the first search after
/readyz, and whether an edit is found by search in every worker.

Why a small asyncio client (httpx) rather than locust: a fixed number of concurrent users with
no think time is all a ceiling needs, it installs one small package, and the feedback posts need
a client per source address (127.1.x.y), because the site allows each address only a few posts
an hour and keeps no other trace of who posted.

    python -m tools.bench_load [--databases sqlite postgresql] [--duration 20]
        [--concurrency 10] [--soak 60] [--soak-concurrency 20] [--workers 3] [--port 8090]
        [--postgres-url postgres://…/milestone_load_bench] [--redis-url redis://…/1]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from milestone import testing

ROOT = Path(__file__).resolve().parents[1]
SEARCHES = (
    ("fi", "suomen kielen kurssi"),
    ("ar", "أبحث عن عمل في فنلندا"),
    ("en", "help with starting a business"),
)
NAVIGATOR = {
    "audience": "resident",
    "situation": ["student"],
    "finnish_level": "none",
    "education": "secondary",
    "age": 23,
    "goals": ["study", "meet_people"],
    "languages": ["en", "ar"],
}
POSTS_PER_ADDRESS = 9  # the site allows 10 an hour from one address


@dataclass
class Tally:
    times: list[float] = field(default_factory=list)
    errors: int = 0
    error_kinds: dict = field(default_factory=dict)

    def add(self, seconds: float, ok: bool, kind: str = "") -> None:
        if ok:
            self.times.append(seconds)
        else:
            self.errors += 1
            self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1

    def row(self, name: str, seconds: float) -> list[str]:
        ordered = sorted(self.times) or [float("nan")]

        def pick(fraction):
            return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000

        count = len(self.times) + self.errors
        return [
            name,
            str(count),
            f"{count / seconds:.1f}",
            f"{statistics.median(ordered) * 1000:.1f}",
            f"{pick(0.95):.1f}",
            f"{pick(0.99):.1f}",
            str(self.errors),
        ]


# --- the stack -----------------------------------------------------------------------------
def manage(env: dict, *args: str) -> str:
    return testing.manage(env, *args).stdout


def prepare(env: dict) -> None:
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_demo_data", "--if-empty")
    manage(env, "rebuild_search_index", "-v", "0")


def feedback_count(env: dict) -> int:
    code = "from coordination.models import Feedback; print(Feedback.objects.count())"
    return int(manage(env, "shell", "-v", "0", "-c", code).split()[-1])


class Stack:
    def __init__(self, env: dict, port: int):
        self.env, self.port = env, port
        self.process = None

    def start(self) -> float:
        """Start deploy/serve; seconds until /readyz says ready."""
        if not (Path(self.env["VAR_DIR"]) / "static" / "staticfiles.json").exists():
            manage(self.env, "collectstatic", "--noinput", "-v", "0")
        started = time.monotonic()
        self.process = subprocess.Popen(  # noqa: S603 - our own script
            [str(ROOT / "deploy" / "serve")],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=open(Path(self.env["VAR_DIR"]) / "serve.log", "w"),  # noqa: SIM115
            start_new_session=True,
        )
        deadline = started + 600
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"deploy/serve stopped; see {self.env['VAR_DIR']}/serve.log")
            try:
                status = httpx.get(f"{self.base}/readyz", timeout=2).status_code
                if status == 200:
                    return time.monotonic() - started
                if 300 <= status < 400:
                    self.stop()
                    raise SystemExit(f"/readyz answered {status}: a redirect, not the site")
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise SystemExit("not ready after 10 minutes")

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def workers(self) -> list[int]:
        """The gunicorn workers: children of the master, itself a child of deploy/serve."""
        children = _children(self.process.pid)
        masters = [pid for pid in children if b"gunicorn" in _cmdline(pid)]
        return [pid for master in masters for pid in _children(master)]

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in text.split()]


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def memory(pid: int) -> tuple[int, int]:
    """RSS and PSS in MB (PSS shares the pages a worker has in common with the others)."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss"):
            values[key] = int(rest.split()[0]) // 1024
    return values["Rss"], values["Pss"]


# --- the requests ----------------------------------------------------------------------------
class Site:
    def __init__(self, base: str, services: list[str]):
        self.base = base
        self.services = itertools.cycle(services)
        self.searches = itertools.cycle(SEARCHES)
        self.new_searches = zip(itertools.cycle(SEARCHES), itertools.count(1))
        self.addresses = (f"127.1.{n // 250}.{n % 250 + 1}" for n in itertools.count())
        self.accepted_posts = 0

    async def get(self, client, path, tally, ok=(200,)):
        started = time.perf_counter()
        try:
            response = await client.get(self.base + path)
            tally.add(
                time.perf_counter() - started, response.status_code in ok, str(response.status_code)
            )
        except httpx.HTTPError as error:
            tally.add(0, False, type(error).__name__)

    async def ping(self, client, tally):
        await self.get(client, "/healthz", tally)

    async def home(self, client, tally):
        await self.get(client, "/fi/", tally)

    async def service(self, client, tally):
        await self.get(client, f"/fi/services/{next(self.services)}/", tally)

    async def browse(self, client, tally):
        await self.get(client, "/fi/services/?aim=labour-market&lang=en", tally)

    async def search(self, client, tally):
        language, query = next(self.searches)
        await self.get(client, f"/{language}/search/?{httpx.QueryParams(q=query)}", tally)

    async def search_new(self, client, tally):
        """A query no one asked before (a number added): never a kept page, the engine's work."""
        (language, query), number = next(self.new_searches)
        query = f"{query} {number}"
        await self.get(client, f"/{language}/search/?{httpx.QueryParams(q=query)}", tally)

    async def navigator(self, client, tally):
        started = time.perf_counter()
        try:
            response = await client.post(
                self.base + "/api/v1/navigator", json=NAVIGATOR, headers={"Accept-Language": "en"}
            )
            tally.add(
                time.perf_counter() - started,
                response.status_code == 200,
                str(response.status_code),
            )
        except httpx.HTTPError as error:
            tally.add(0, False, type(error).__name__)

    async def feedback(self, client, tally, state):
        """A newcomer's feedback on a service, from an address of its own every few posts. Each
        post is its own form, as each reader's is: a form sent twice is kept once. The forms
        are fetched together when the address changes (a token must be two seconds old)."""
        if not state or state["posts"] >= POSTS_PER_ADDRESS:
            if state:
                await state["client"].aclose()
            own = httpx.AsyncClient(
                transport=httpx.AsyncHTTPTransport(local_address=next(self.addresses)), timeout=30
            )
            service = next(self.services)
            forms = []
            for _ in range(POSTS_PER_ADDRESS):
                page = (await own.get(f"{self.base}/fi/services/{service}/")).text
                forms.append(
                    {
                        "csrfmiddlewaretoken": _field(page, "csrfmiddlewaretoken"),
                        "token": _field(page, "token"),
                        "service": service,
                        "useful": "yes",
                        "message": "Demo load test: useful.",
                    }
                )
            state.clear()
            state.update(client=own, posts=0, forms=forms)
            await asyncio.sleep(2.1)
        form = state["forms"][state["posts"]]
        state["posts"] += 1
        started = time.perf_counter()
        try:
            response = await state["client"].post(f"{self.base}/fi/feedback/service/", data=form)
            ok = response.status_code == 302 and "thanks" in response.headers.get("location", "")
            tally.add(time.perf_counter() - started, ok, str(response.status_code))
            self.accepted_posts += ok
        except httpx.HTTPError as error:
            tally.add(0, False, type(error).__name__)


def _field(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    return found.group(1) if found else ""


async def load(site: Site, kinds: list[str], concurrency: int, seconds: float) -> dict:
    """`concurrency` users, each sending requests of `kinds` in turn without pause."""
    tallies = {kind: Tally() for kind in kinds}
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        async def user(offset):
            state: dict = {}
            for kind in itertools.islice(itertools.cycle(kinds), offset, None):
                if time.monotonic() >= deadline:
                    break
                if kind == "feedback":
                    await site.feedback(client, tallies[kind], state)
                else:
                    await getattr(site, kind)(client, tallies[kind])
            if state.get("client"):
                await state["client"].aclose()

        await asyncio.gather(*(user(n) for n in range(concurrency)))
    return tallies


def first_search(site: Site, workers: int) -> float:
    """The slowest of the first searches right after /readyz, one per new connection. One
    client without keep-alive: each request still opens its own connection, but the client's
    set-up (about 24 ms for `httpx.get`, which builds a TLS context even for plain HTTP) is not
    counted as the server's."""
    slowest = 0.0
    limits = httpx.Limits(max_keepalive_connections=0)
    with httpx.Client(limits=limits, timeout=30) as client:
        for number in range(workers * 2):
            started = time.perf_counter()
            client.get(f"{site.base}/en/search/", params={"q": f"language course {number}"})
            slowest = max(slowest, time.perf_counter() - started)
    return slowest


def consistency(env: dict, site: Site, workers: int) -> str:
    """Rename a service in another process (as a staff edit in one worker is saved), then ask
    every worker: new connections, so that each lands on whichever worker is free."""
    name = f"Konsistenssitesti {int(time.time())}"
    code = (
        "from directory.models import Service; from directory.translation import TranslatedText; "
        "s = Service.objects.published().order_by('pk').first(); "
        f"s.name = TranslatedText({{**s.name.as_dict(), 'fi': {name!r}}}); s.save(); print(s.pk)"
    )
    service = manage(env, "shell", "-v", "0", "-c", code).split()[-1]
    asks = max(workers * 8, 16)
    found = 0
    for _ in range(asks):
        with httpx.Client(timeout=30) as client:
            page = client.get(f"{site.base}/fi/search/?{httpx.QueryParams(q=name)}").text
            found += service in page
    return f"{found}/{asks}"


# --- the run -----------------------------------------------------------------------------------
def run_database(database: str, args) -> list:
    var = ROOT / "var" / "bench-load" / database
    reuse = args.reuse and (var / "prepared").exists()
    if not reuse:
        shutil.rmtree(var, ignore_errors=True)
        var.mkdir(parents=True)
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "bench-load-only",
        # Plain HTTP on the loopback, as behind nginx that ends TLS: no redirect to https.
        "SECURE_COOKIES": "false",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "VAR_DIR": str(var),
        "PORT": str(args.port),
        "WEB_CONCURRENCY": str(args.workers),
        "LOG_LEVEL": "WARNING",
        "LOG_ACCESS": "false",
        "JOBS_SCHEDULE": "false",
    }
    # The model's graph and the collected static files are shared with the main var/.
    for shared in ("cache", "static"):
        (ROOT / "var" / shared).mkdir(parents=True, exist_ok=True)
        if not (var / shared).exists():
            (var / shared).symlink_to(ROOT / "var" / shared, target_is_directory=True)
    if database == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{var / 'hub.sqlite3'}"
        env.pop("REDIS_URL", None)
    else:
        env["DATABASE_URL"] = args.postgres_url
        name = args.postgres_url.rsplit("/", 1)[1]
        admin = args.postgres_url.rsplit("/", 1)[0] + "/postgres"
        if not reuse:
            subprocess.run(["psql", admin, "-qc", f'DROP DATABASE IF EXISTS "{name}"'], check=True)  # noqa: S603,S607
            subprocess.run(["psql", admin, "-qc", f'CREATE DATABASE "{name}"'], check=True)  # noqa: S603,S607
        if args.redis_url:
            env["REDIS_URL"] = args.redis_url
    if not reuse:
        print(f"\n== {database}: preparing the demo data …", file=sys.stderr)
        prepare(env)
        (var / "prepared").touch()
    services = manage(
        env,
        "shell",
        "-v",
        "0",
        "-c",
        "from directory.models import Service\n"
        "for pk in Service.objects.published().values_list('pk', flat=True): print(pk)",
    ).split()
    stack = Stack(env, args.port)
    rows, notes = [], []
    try:
        ready = stack.start()
        site = Site(stack.base, services)
        notes.append(
            f"ready after {ready:.1f} s; first search after /readyz: {first_search(site, args.workers) * 1000:.0f} ms (slowest of {args.workers * 2})"
        )
        before = feedback_count(env)
        kinds = (
            "ping",
            "home",
            "service",
            "browse",
            "search",
            "search_new",
            "navigator",
            "feedback",
        )
        for kind in kinds:
            print(f"   {kind} …", file=sys.stderr)
            tallies = asyncio.run(load(site, [kind], args.concurrency, args.duration))
            rows.append(tallies[kind].row(f"{kind}, c={args.concurrency}", args.duration))
        print(f"   soak {args.soak:.0f} s …", file=sys.stderr)
        mixed = [
            "home",
            "service",
            "search",
            "browse",
            "navigator",
            "feedback",
            "service",
            "search_new",
        ]
        tallies = asyncio.run(load(site, mixed, args.soak_concurrency, args.soak))
        total = Tally()
        for tally in tallies.values():
            total.times += tally.times
            total.errors += tally.errors
        rows.append(
            total.row(f"soak, mixed, c={args.soak_concurrency}, {args.soak:.0f} s", args.soak)
        )
        kinds = {k: t.error_kinds for k, t in tallies.items() if t.errors}
        if kinds:
            notes.append(f"soak errors by kind: {kinds}")
        saved = feedback_count(env) - before
        notes.append(
            f"feedback posts accepted {site.accepted_posts}, saved {saved}: {site.accepted_posts - saved} lost"
        )
        sizes = [memory(pid) for pid in stack.workers()]
        notes.append(
            "RSS / PSS per worker after the soak (MB): " + ", ".join(f"{r} / {p}" for r, p in sizes)
        )
        notes.append(
            f"an edit saved by another process, found by search: {consistency(env, site, args.workers)} requests"
        )
    finally:
        stack.stop()
    return rows, notes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--duration", type=float, default=20, help="seconds per kind of request")
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--soak", type=float, default=60, help="seconds of mixed load")
    parser.add_argument("--soak-concurrency", type=int, default=20)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) + 1)
    parser.add_argument("--port", type=int, default=int(os.getenv("BENCH_PORT", "8090")))
    parser.add_argument(
        "--postgres-url",
        default=os.getenv(
            "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/milestone_load_bench"
        ),
    )
    parser.add_argument("--redis-url", default=os.getenv("BENCH_REDIS_URL", ""))
    parser.add_argument(
        "--reuse", action="store_true", help="keep the scratch databases of the last run"
    )
    args = parser.parse_args()
    started_load = os.getloadavg()
    results = {db: run_database(db, args) for db in args.databases}
    print(
        f"\nMachine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}; load average "
        f"{started_load[0]:.1f} at the start and {os.getloadavg()[0]:.1f} at the end; "
        f"{args.workers} gunicorn workers and one job worker.\n"
    )
    for database, (rows, notes) in results.items():
        title = database + (" + Redis" if database == "postgresql" and args.redis_url else "")
        print(f"{title}:\n")
        print("| requests | count | req/s | p50 ms | p95 ms | p99 ms | errors |")
        print("|---|---|---|---|---|---|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        print()
        for note in notes:
            print(f"- {note}")
        print()


if __name__ == "__main__":
    main()
