"""Friendly error pages in the reader's language, each with a way on. They must never fail
themselves, so the 500 page touches no database and falls back to plain HTML."""

import logging

from django.http import HttpResponseServerError
from django.shortcuts import render

logger = logging.getLogger(__name__)


def _error(request, status, template):
    return render(request, template, {"status": status}, status=status)


def bad_request(request, exception=None):
    return _error(request, 400, "public/errors/400.html")


def permission_denied(request, exception=None):
    return _error(request, 403, "public/errors/403.html")


def page_not_found(request, exception=None):
    return _error(request, 404, "public/errors/404.html")


def server_error(request):
    try:
        return _error(request, 500, "public/errors/500.html")
    except Exception:
        logger.exception("The 500 page itself failed")
        return HttpResponseServerError(
            "<!doctype html><title>Error</title><h1>Something went wrong</h1>"
            '<p><a href="/">MILEstone Hub</a></p>'
        )
