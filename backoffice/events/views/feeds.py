"""Providers' own calendars: registered by the provider's editor, approved once by the
coordinator, fetched on a schedule (or now, from here)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import require, staff_login_required
from backoffice.events.forms import FeedForm
from coordination import permissions
from directory.models import Service
from events import feeds
from events.models import EventFeed


def _back(service):
    return redirect("backoffice:events", region=service.organization.region.slug)


@require_POST
@staff_login_required
def feed_add(request, service):
    service = get_object_or_404(Service.objects.select_related("organization__region"), pk=service)
    require(permissions.can_edit_service(request.user, service))
    form = FeedForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return _back(service)
    try:
        feeds.add_feed(
            request.user, service, form.cleaned_data["url"], form.cleaned_data["language"]
        )
    except ValidationError as error:
        for error_text in error.messages:
            messages.error(request, error_text)
    else:
        messages.success(
            request,
            _("The calendar was added. The coordinator approves it before its events show."),
        )
    return _back(service)


def _feed(request, pk):
    return get_object_or_404(
        EventFeed.objects.select_related("service__organization__region"), pk=pk
    )


@require_POST
@staff_login_required
def feed_approve(request, pk):
    feed = _feed(request, pk)
    require(permissions.can_review(request.user, feed.service.organization.region))
    feeds.approve(request.user, feed)
    messages.success(request, _("Approved: the calendar's events are published as it changes."))
    return _back(feed.service)


@require_POST
@staff_login_required
def feed_fetch(request, pk):
    feed = _feed(request, pk)
    require(permissions.can_edit_service(request.user, feed.service))
    result = feeds.fetch_feed(feed)
    if result.error:
        messages.error(request, result.error)
    else:
        messages.success(
            request,
            _("Calendar read: %(created)d new, %(updated)d changed, %(removed)d removed.")
            % {"created": result.created, "updated": result.updated, "removed": result.removed},
        )
    return _back(feed.service)


@require_POST
@staff_login_required
def feed_remove(request, pk):
    feed = _feed(request, pk)
    require(permissions.can_edit_service(request.user, feed.service))
    feeds.remove_feed(request.user, feed)
    messages.success(request, _("The calendar and its events were removed."))
    return _back(feed.service)
