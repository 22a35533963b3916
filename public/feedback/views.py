"""The public's two feedback forms: posted from the service page and from a search that found
nothing. Nothing about the sender is stored; see coordination.feedback for the spam defences."""

import uuid

from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from coordination import feedback as voice
from coordination import messages
from coordination.models import Feedback
from directory.models import Service
from milestone.redirects import same_site_path

USEFUL = {"yes": True, "no": False}


class Submitted:
    """What the person sent, to show it back to them with the errors: nothing is lost."""

    def __init__(self, data, errors=None):
        self.data = data
        self.errors = errors or {}


def _retry(request, kind, submitted, back, *, service=None, status=400, limited=False):
    return render(
        request,
        "coordination/feedback/retry.html",
        {
            "kind": kind,
            "feedback_form": submitted,
            "service": service,
            "back": back,
            "limited": limited,
        },
        status=status,
    )


def _handle(request, kind, service, back):
    submitted = Submitted(request.POST)
    if request.POST.get("website"):
        # A bot filled the field people never see: thank it and keep nothing.
        return redirect(f"{reverse('public:feedback-thanks')}?{urlencode({'back': back})}")
    if not voice.token_is_valid(request.POST.get("token", "")):
        submitted.errors = {"token": [messages.FORM_TOO_FAST_OR_LATE]}
        return _retry(request, kind, submitted, back, service=service)
    if not voice.allowed(request):
        return _retry(request, kind, submitted, back, service=service, status=429, limited=True)
    try:
        voice.submit(
            kind=kind,
            service=service,
            useful=USEFUL.get(request.POST.get("useful", "")),
            message=request.POST.get("message", ""),
            language_barrier=bool(request.POST.get("language_barrier")),
            language=get_language() or "",
            query=request.POST.get("query", ""),
            token=request.POST.get("token", ""),
        )
    except ValidationError as error:
        submitted.errors = error.message_dict
        return _retry(request, kind, submitted, back, service=service)
    return redirect(f"{reverse('public:feedback-thanks')}?{urlencode({'back': back})}")


# The forms post to these addresses, and a page of errors is shown at them. Opened with GET (the
# language menu on that page, a reload after a while, a bookmark) there is nothing to show again:
# the visitor goes on to a page that has the form, not to an empty "405".
@require_http_methods(["GET", "POST"])
def service_feedback(request):
    if request.method == "GET":
        return redirect("public:browse")
    service = Service.objects.published().filter(pk=_uuid(request.POST.get("service"))).first()
    if service is None:
        submitted = Submitted(request.POST, {"service": [messages.SERVICE_NOT_AVAILABLE]})
        return _retry(request, Feedback.Kind.NOT_FOUND, submitted, reverse("public:home"))
    back = reverse("public:service", args=[service.pk])
    return _handle(request, Feedback.Kind.SERVICE, service, back)


@require_http_methods(["GET", "POST"])
def not_found_feedback(request):
    if request.method == "GET":
        return redirect("public:search")
    query = request.POST.get("query", "")
    back = reverse("public:search") + (f"?{urlencode({'q': query})}" if query else "")
    return _handle(request, Feedback.Kind.NOT_FOUND, None, back)


def thanks(request):
    back = same_site_path(request.GET.get("back"), reverse("public:home"))
    return render(request, "coordination/feedback/thanks.html", {"back": back})


def _uuid(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None
