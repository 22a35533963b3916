"""Every version of a service — who, when, every field that changed — and, for the coordinator,
restoring an old version after a page that shows what it would change."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from backoffice.coordination.access import require, staff_login_required
from coordination import permissions, records, workflow
from directory.models import Service


def _reason(text):
    text = text or ""
    if text.startswith("draft:"):
        return _("published from a reviewed draft")
    if text.startswith("restored:"):
        return _("restored an earlier version")
    return {"verified": _("confirmed up to date"), "created": _("created")}.get(text, _("edited"))


@staff_login_required
def history(request, pk):
    service = get_object_or_404(Service.objects.select_related("organization__region"), pk=pk)
    region = service.organization.region
    require(
        permissions.can_edit_service(request.user, service)
        or permissions.can_view_staff_pages(request.user, region)
    )
    versions = list(service.history.select_related("history_user").order_by("-history_id"))
    values = [workflow.version_value(service, version.history_id) for version in versions]
    entries = []
    for index, version in enumerate(versions):
        before = values[index + 1] if index + 1 < len(versions) else {}
        rows = _labelled(records.differences(before, values[index], only_changed=True))
        entries.append((version, _reason(version.history_change_reason), rows))
    return render(
        request,
        "backoffice/coordination/history.html",
        {
            "service": service,
            "region": region,
            "entries": entries,
            "latest_id": versions[0].history_id if versions else 0,
            "can_restore": permissions.can_review(request.user, region),
        },
    )


def _labelled(rows):
    return [(records.field_label(row.field), row) for row in rows]


def _seen(request) -> int:
    try:
        return int(request.POST.get("latest") or request.GET.get("latest") or 0)
    except ValueError:
        return 0


@staff_login_required
def restore(request, pk, history_id):
    """GET: what restoring the version would change, to confirm. POST: restore it."""
    service = get_object_or_404(Service.objects.select_related("organization__region"), pk=pk)
    region = service.organization.region
    require(permissions.can_review(request.user, region))
    seen = _seen(request)
    try:
        if request.method != "POST":
            version = service.history.get(history_id=history_id)
            return render(
                request,
                "backoffice/coordination/restore.html",
                {
                    "service": service,
                    "region": region,
                    "version": version,
                    "latest_id": seen,
                    "rows": _labelled(workflow.restore_preview(service, history_id)),
                },
            )
        workflow.restore(request.user, service, history_id, seen)
    except workflow.Conflict as conflict:
        messages.error(request, conflict.message)
    except Service.history.model.DoesNotExist:
        messages.error(request, _("That version does not exist."))
    else:
        messages.success(request, _("The earlier version is live again, as a new version."))
    return redirect("backoffice:service-history", pk=service.pk)
