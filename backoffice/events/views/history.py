"""Every version of an event – who, when, what – and restore for the coordinator, as for
services."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import require, staff_login_required
from coordination import permissions, workflow
from events import records
from events.models import Event


@staff_login_required
def event_history(request, pk):
    event = get_object_or_404(Event.objects.select_related("service__organization__region"), pk=pk)
    region = event.service.organization.region
    require(permissions.can_view_staff_pages(request.user, region))
    versions = list(event.history.select_related("history_user").order_by("-history_id"))
    entries = []
    for index, version in enumerate(versions):
        previous = versions[index + 1] if index + 1 < len(versions) else None
        before = records.snapshot(previous.instance) if previous else {}
        rows = records.differences(before, records.snapshot(version.instance), only_changed=True)
        entries.append((version, [(records.field_label(row.field), row) for row in rows]))
    return render(
        request,
        "backoffice/events/history.html",
        {
            "event": event,
            "region": region,
            "entries": entries,
            "latest_id": versions[0].history_id if versions else 0,
            "can_restore": permissions.can_review(request.user, region) and not event.is_imported,
        },
    )


@require_POST
@staff_login_required
def event_restore(request, pk, history_id):
    event = get_object_or_404(Event, pk=pk)
    require(permissions.can_review(request.user, event.service.organization.region))
    try:
        seen = int(request.POST.get("latest", "0"))
    except ValueError:
        seen = 0
    try:
        workflow.restore(request.user, event, history_id, seen)
    except workflow.Conflict as conflict:
        messages.error(request, conflict.message)
    except Event.history.model.DoesNotExist:
        messages.error(request, _("That version does not exist."))
    else:
        messages.success(request, _("The earlier version is live again, as a new version."))
    return redirect("backoffice:event-history", pk=event.pk)
