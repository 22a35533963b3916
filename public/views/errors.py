"""Friendly error pages in the reader's language, each with a way on. They must never fail
themselves, so the 500 page touches no database and falls back to plain HTML."""

import logging

from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def _api_message(status):
    return {
        400: _("The request is not one this API understands."),
        403: _("You may not do this."),
        404: _("There is nothing at this address."),
        500: _("Something went wrong on our side; try again later."),
    }[status]


def _error(request, status, template):
    # The APIs answer in JSON, also for addresses no view matches.
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _api_message(status)}, status=status)
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
