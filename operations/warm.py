"""Pages rendered once in the app server's master before it forks, so that templates,
translation catalogues and URL patterns are loaded once and shared by every worker (a worker's
first page otherwise paid for them): each language's home page and a search results page, whose
cards (places, phones, opening hours) use templates the home page does not."""

from __future__ import annotations

import logging

from django.conf import settings
from django.test import Client

logger = logging.getLogger(__name__)


def warm_pages() -> None:
    host = next((h for h in settings.ALLOWED_HOSTS if h and "*" not in h), "localhost")
    client = Client(HTTP_HOST=host.lstrip("."), SERVER_NAME=host.lstrip("."))
    pages = [f"/{code}/" for code, _name in settings.LANGUAGES]
    # A query the demo and any real directory answer, so that nothing is recorded as unmet.
    pages += [f"/{code}/search/?q=suomen+kieli" for code, _name in settings.LANGUAGES]
    for page in pages:
        try:
            client.get(page, secure=settings.SECURE_SSL_REDIRECT)
        except Exception:  # noqa: BLE001 - a warm-up must never stop the server starting
            logger.warning("Warming up %s failed", page, exc_info=True)
