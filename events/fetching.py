"""Fetching a provider's calendar over HTTP: timeouts, a size limit, conditional GET (ETag and
Last-Modified) and no requests into the hub's own network. Every failure becomes a
FetchError with a code; feeds.py turns the code into a message for the provider."""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

USER_AGENT = "MILEstone Hub calendar reader (+https://www.interregeurope.eu/milestone)"
CHUNK = 64 * 1024


class FetchError(Exception):
    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail[:300]


@dataclass(frozen=True)
class Download:
    body: bytes | None  # None: not modified since the last fetch
    etag: str = ""
    last_modified: str = ""


def _check_address(url: str):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("invalid_url", url)
    if settings.EVENT_FEEDS_ALLOW_PRIVATE:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError("unreachable", str(error)) from error
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            # A feed address must not make the hub read its own network (SSRF).
            raise FetchError("blocked_address", parts.hostname)


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        _check_address(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_CheckedRedirects)


def download(url: str, *, etag: str = "", last_modified: str = "") -> Download:
    _check_address(url)
    limit = settings.EVENT_FEED_MAX_BYTES
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/calendar, */*;q=0.5"}
    )
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    try:
        with _opener.open(request, timeout=settings.EVENT_FEED_TIMEOUT) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise FetchError("too_large", length)
            body = bytearray()
            while chunk := response.read(CHUNK):
                body += chunk
                if len(body) > limit:
                    raise FetchError("too_large", str(len(body)))
            return Download(
                bytes(body),
                etag=response.headers.get("ETag", "")[:300],
                last_modified=response.headers.get("Last-Modified", "")[:100],
            )
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return Download(None, etag=etag, last_modified=last_modified)
        raise FetchError("http_error", str(error.code)) from error
    except TimeoutError as error:
        raise FetchError("timeout", str(settings.EVENT_FEED_TIMEOUT)) from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError | socket.timeout):
            raise FetchError("timeout", str(settings.EVENT_FEED_TIMEOUT)) from error
        raise FetchError("unreachable", str(error.reason)) from error
    except (OSError, ValueError) as error:
        raise FetchError("unreachable", str(error)) from error
