"""Every version of a service — who, when, what — and one-click restore for the coordinator."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

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
    entries = []
    for index, version in enumerate(versions):
        previous = versions[index + 1] if index + 1 < len(versions) else None
        before = workflow.version_value(previous) if previous else {}
        after = workflow.version_value(version)
        # Terms, languages and reach are known only for versions published from a draft.
        unknown = {
            name for name in records.OUTSIDE_RECORD if name not in before or name not in after
        }
        rows = [
            (records.field_label(row.field), row)
            for row in records.differences(before, after, only_changed=True)
            if row.field.partition(":")[0] not in unknown
        ]
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


@require_POST
@staff_login_required
def restore(request, pk, history_id):
    service = get_object_or_404(Service, pk=pk)
    require(permissions.can_review(request.user, service.organization.region))
    try:
        seen = int(request.POST.get("latest", "0"))
    except ValueError:
        seen = 0
    try:
        workflow.restore(request.user, service, history_id, seen)
    except workflow.Conflict as conflict:
        messages.error(request, conflict.message)
    except Service.history.model.DoesNotExist:
        messages.error(request, _("That version does not exist."))
    else:
        messages.success(request, _("The earlier version is live again, as a new version."))
    return redirect("backoffice:service-history", pk=service.pk)
