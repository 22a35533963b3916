"""The events stories' people and places: the coordination network (Satu coordinates, Eero edits
Monikko ry's entries, Greta another provider's), and a provider's own calendar served by a
local HTTP server that answers conditional requests as real calendar servers do."""

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from coordination.tests.personas import network  # noqa: F401 - a fixture

CALENDARS = Path(__file__).parent / "calendars"


class CalendarServer:
    """Serves in-memory files with an ETag and Last-Modified; counts the requests."""

    def __init__(self):
        self.files: dict[str, tuple[bytes, str]] = {}
        self.requests: list[tuple[str, dict]] = []
        self.delay = 0.0
        self.send_length = True
        handler = self._handler()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def put(self, path: str, body: bytes | str, content_type="text/calendar; charset=utf-8"):
        self.files[path] = (body.encode() if isinstance(body, str) else body, content_type)

    def put_file(self, path: str, name: str):
        self.put(path, (CALENDARS / name).read_bytes())

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}{path}"

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server API
                server.requests.append((self.path, dict(self.headers)))
                if server.delay:
                    threading.Event().wait(server.delay)
                if self.path not in server.files:
                    self.send_error(404)
                    return
                body, content_type = server.files[self.path]
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                if server.send_length:
                    self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", "Mon, 01 Feb 2027 09:00:00 GMT")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler


@pytest.fixture
def calendar_server(settings):
    settings.EVENT_FEEDS_ALLOW_PRIVATE = True
    server = CalendarServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()
