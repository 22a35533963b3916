"""A local stand-in for PTV's open API v11, for the tests and `make bench-import`: a real HTTP
server (http.server, on 127.0.0.1 and a free port) that speaks the endpoints the sync uses, with
PTV's paging (`pageNumber`, `pageSize`, `pageCount`, `itemList` null when empty) and PTV's 404
for a `list?guids=` of which it knows none. Faults can be scripted: a 429, a 500, or an answer
that comes too late.

Records come from a `Catalogue`: lists held in memory (the tests' recorded payloads), or
functions that build the i-th record on request (the benchmark's 10,000 services), so that the
server itself holds no more than one page at a time.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PREFIX = "/api/v11/"


@dataclass
class Catalogue:
    """What the fake PTV holds. `services` and `channels` are lists of payloads, or (count,
    builder) pairs whose builder makes the i-th payload; `organizations` is a dict by id or a
    builder from id."""

    services: list | tuple = ()
    channels: list | tuple = ()
    organizations: dict | object = field(default_factory=dict)
    municipality: str = "179"
    page_size: int = 100
    # Channels that only `ServiceChannel/list?guids=` gives (not in the municipality's list).
    hidden_channels: list = field(default_factory=list)

    def count(self, kind) -> int:
        items = getattr(self, kind)
        return items[0] if isinstance(items, tuple) else len(items)

    def item(self, kind, index) -> dict:
        items = getattr(self, kind)
        return items[1](index) if isinstance(items, tuple) else items[index]

    def page(self, kind, number) -> dict:
        total = self.count(kind)
        pages = max(1, -(-total // self.page_size)) if total else 0
        start = (number - 1) * self.page_size
        items = [self.item(kind, i) for i in range(start, min(start + self.page_size, total))]
        return {
            "pageNumber": number,
            "pageSize": self.page_size,
            "pageCount": pages,
            "itemList": items or None,
        }

    def find(self, kind, ids: list[str]) -> list[dict]:
        wanted = set(ids)
        found = []
        if kind == "organizations":
            for ptv_id in ids:
                org = (
                    self.organizations.get(ptv_id)
                    if isinstance(self.organizations, dict)
                    else self.organizations(ptv_id)
                )
                if org:
                    found.append(org)
            return found
        if kind == "channels":
            found += [c for c in self.hidden_channels if c["id"] in wanted]
        for i in range(self.count(kind)):
            item = self.item(kind, i)
            if item["id"] in wanted:
                found.append(item)
        return found


@dataclass
class Fault:
    """Answer the next request whose path (with its query) contains `path` with `status` (and
    Retry-After), or after `delay` seconds."""

    path: str
    status: int = 0
    delay: float = 0.0
    retry_after: str | None = None


class FakePtv:
    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.faults: list[Fault] = []
        self.log: list[str] = []
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"ptv": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}{PREFIX}"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def fail(self, path: str, **kwargs) -> None:
        self.faults.append(Fault(path, **kwargs))

    def _fault_for(self, path) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.path in path:
                    self.faults.remove(fault)
                    return fault
        return None

    def answer(self, path: str, query: dict) -> tuple[int, object]:
        catalogue = self.catalogue
        page = int(query.get("page", ["1"])[0] or 1)
        guids = [g for g in query.get("guids", [""])[0].split(",") if g]
        match = re.fullmatch(r"(Service|ServiceChannel)/list/area/Municipality/code/(\d+)", path)
        if match:
            kind = "services" if match.group(1) == "Service" else "channels"
            if match.group(2) != catalogue.municipality:
                return 200, {"pageNumber": page, "pageSize": 0, "pageCount": 0, "itemList": None}
            return 200, catalogue.page(kind, page)
        lists = {
            "Service/list": "services",
            "ServiceChannel/list": "channels",
            "Organization/list": "organizations",
        }
        if path in lists:
            found = catalogue.find(lists[path], guids)
            return (200, found) if found else (404, {"errorMessage": "Not found."})
        match = re.fullmatch(r"Organization/([0-9a-f-]{36})", path)
        if match:
            found = catalogue.find("organizations", [match.group(1)])
            return (200, found[0]) if found else (404, {"errorMessage": "Not found."})
        return 404, {"errorMessage": "No such endpoint."}


class _Handler(BaseHTTPRequestHandler):
    ptv: FakePtv

    def log_message(self, *args):  # quiet: the tests read `ptv.log`
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        parsed = urllib.parse.urlsplit(self.path)
        path = parsed.path[len(PREFIX) :] if parsed.path.startswith(PREFIX) else parsed.path
        asked = f"{path}?{parsed.query}" if parsed.query else path
        self.ptv.log.append(asked)
        fault = self.ptv._fault_for(asked)
        if fault and fault.delay:
            time.sleep(fault.delay)
        if fault and fault.status:
            body = json.dumps({"errorMessage": "An unexpected error occurred."}).encode()
            self.send_response(fault.status)
            if fault.retry_after is not None:
                self.send_header("Retry-After", fault.retry_after)
            self._send(body)
            return
        status, data = self.ptv.answer(path, urllib.parse.parse_qs(parsed.query))
        self.send_response(status)
        self._send(json.dumps(data, ensure_ascii=False).encode())

    def _send(self, body: bytes):
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
            self.wfile.write(body)
