"""Friendly error pages in the reader's language, each with a way on. They must never fail
themselves, so the 500 page touches no database and falls back to plain HTML."""

import logging

from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


STAFF = "/staff/"


def _api_message(status):
    return {
        400: _("The request is not one this API understands."),
        403: _("You may not do this."),
        404: _("There is nothing at this address."),
        405: _("This address does not take that method."),
        500: _("Something went wrong on our side; try again later."),
    }[status]


def _error(request, status, template, **context):
    # The APIs answer in JSON, also for addresses no view matches.
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _api_message(status)}, status=status)
    templates = [template]
    # Signed-in staff on a staff page stay in the staff layout, with their own menu (not for a
    # 500: the staff menu reads the database, which may be what failed).
    user = getattr(request, "user", None)
    if status != 500 and request.path.startswith(STAFF) and user and user.is_authenticated:
        templates.insert(0, template.replace("public/errors/", "backoffice/errors/"))
    return render(request, templates, {"status": status, **context}, status=status)


def bad_request(request, exception=None):
    return _error(request, 400, "public/errors/400.html")


def permission_denied(request, exception=None):
    # The domain layer refuses with a sentence for the person ("Only the staff of Jyväskylä can
    # change its policy-learning work."): it is shown, not only logged.
    reason = str(exception) if exception is not None else ""
    return _error(request, 403, "public/errors/403.html", reason=reason)


def csrf_failure(request, reason=""):
    """A form sent without its security check, mostly because cookies are off for the site or
    the page was open very long: what to do, in the reader's language, not Django's page."""
    return _error(request, 403, "public/errors/403_csrf.html")


def method_not_allowed(request):
    """A button's address opened as a page (a bookmark, the language menu, a reload)."""
    return _error(request, 405, "public/errors/405.html")


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
