"""Structured request logs: one JSON line per request, with a request id that nginx may pass in
(`X-Request-ID`) or that is made here, and that is sent back in the response.

What is never logged: the client's address, and the query string (it carries search words and
the navigator's answers travel in bodies, which are never logged either). A person's question
to the site is theirs."""

from __future__ import annotations

import contextvars
import logging
import re
import time
import uuid

request_id = contextvars.ContextVar("request_id", default="-")
access = logging.getLogger("milestone.access")

_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record logged while a request is handled."""

    def filter(self, record):
        record.request_id = request_id.get()
        return True


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        token = request_id.set(given if _VALID_ID.match(given) else uuid.uuid4().hex)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request_id.get()
            access.info(
                "request",
                extra={
                    "method": request.method,
                    "path": request.path,  # without the query string
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
            return response
        finally:
            request_id.reset(token)
