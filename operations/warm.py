"""Pages rendered before an app server process takes traffic.

`warm_pages` runs once in the master before it forks, so that templates, translation catalogues
and URL patterns are loaded once and shared by every worker (a worker's first page otherwise
paid for them): each language's home page and a search results page, whose cards (places,
phones, opening hours) use templates the home page does not.

`warm_worker` runs in each worker after the fork, before its first request. Whatever a request
writes to in memory shared with the master (the model's scratch buffers, the index's arrays,
objects' reference counts) is copied into the worker page by page on first touch: about 5,600
page faults, which made each worker's first search take about twice as long as its second (90
against 45 ms on the demo data). One search page with a query of its own (so that the model
runs, rather than the master's remembered vectors being read) pays for that before the worker
takes traffic.

Nothing a warm-up request writes to the database is kept: a search that found too little is not
a reader's search to show the coordinator.
"""

from __future__ import annotations

import logging
import os

from django.conf import settings
from django.db import transaction
from django.test import Client

logger = logging.getLogger(__name__)

QUERY = "suomen kieli"


def _client() -> Client:
    host = next((h for h in settings.ALLOWED_HOSTS if h and "*" not in h), "localhost")
    return Client(HTTP_HOST=host.lstrip("."), SERVER_NAME=host.lstrip("."))


def _visit(client: Client, pages: list[str]) -> None:
    for page in pages:
        try:
            with transaction.atomic():
                client.get(page, secure=settings.SECURE_SSL_REDIRECT)
                transaction.set_rollback(True)
        except Exception:  # noqa: BLE001 - a warm-up must never stop the server starting
            logger.warning("Warming up %s failed", page, exc_info=True)


def warm_pages() -> None:
    pages = [f"/{code}/" for code, _name in settings.LANGUAGES]
    pages += [f"/{code}/search/?q={QUERY}" for code, _name in settings.LANGUAGES]
    _visit(_client(), pages)


def warm_worker() -> None:
    client = _client()
    # The process id makes the query new, so the page is rendered; the session cookie (an
    # unknown key: still an anonymous reader) keeps this one page out of the cache that every
    # worker shares (public/kept.py keeps no page for a reader with a session).
    client.cookies[settings.SESSION_COOKIE_NAME] = "warm-up"
    _visit(client, [f"/{settings.LANGUAGE_CODE}/search/?q={QUERY}+{os.getpid()}"])
