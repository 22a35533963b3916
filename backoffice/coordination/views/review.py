"""The coordinator's review: the draft beside the published entry, then publish or return."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import region_staff, require, staff_login_required
from backoffice.coordination.forms import PublishForm, ReturnForm
from coordination import permissions, records, workflow
from coordination.models import ServiceDraft


@region_staff
def review_queue(request, region):
    require(permissions.can_review(request.user, region))
    drafts = (
        permissions.drafts_visible_to(request.user)
        .open()
        .filter(service__organization__region=region)
        .select_related("service__organization", "author")
        .order_by("state", "-submitted_at")
    )
    return render(
        request, "backoffice/coordination/review_queue.html", {"region": region, "drafts": drafts}
    )


def _labelled(rows):
    return [(records.field_label(row.field), row) for row in rows]


@staff_login_required
def review(request, pk, publish_form=None, return_form=None, status=200):
    draft = get_object_or_404(
        ServiceDraft.objects.select_related("service__organization__region", "author"), pk=pk
    )
    region = draft.region
    require(permissions.can_review(request.user, region))
    live = records.snapshot(draft.service)
    base = {} if draft.is_new_service else live
    rows = records.differences(base, draft.data)
    return render(
        request,
        "backoffice/coordination/review.html",
        {
            "draft": draft,
            "region": region,
            "changed": _labelled([row for row in rows if row.changed]),
            "unchanged": _labelled([row for row in rows if not row.changed and row.after]),
            "conflicts": [records.field_label(name) for name in workflow.conflicting_fields(draft)],
            "publish_form": publish_form or PublishForm(prefix="publish"),
            "return_form": return_form or ReturnForm(prefix="return"),
        },
        status=status,
    )


@require_POST
@staff_login_required
def publish(request, pk):
    draft = get_object_or_404(ServiceDraft, pk=pk)
    require(permissions.can_review(request.user, draft.region))
    form = PublishForm(request.POST, prefix="publish")
    if form.is_valid():
        try:
            workflow.publish(request.user, draft, form.cleaned_data["comment"])
        except workflow.Conflict as conflict:
            form.add_error(None, conflict.message)
        else:
            messages.success(request, _("Published. The public now sees this version."))
            return redirect("backoffice:review-queue", region=draft.region.slug)
    return review(request, pk, publish_form=form, status=400)


@require_POST
@staff_login_required
def return_to_editor(request, pk):
    draft = get_object_or_404(ServiceDraft, pk=pk)
    require(permissions.can_review(request.user, draft.region))
    form = ReturnForm(request.POST, prefix="return")
    if form.is_valid():
        try:
            workflow.return_draft(request.user, draft, form.cleaned_data["comment"])
        except workflow.Conflict as conflict:
            form.add_error(None, conflict.message)
        except ValidationError as error:
            form.add_error("comment", error.message_dict.get("comment"))
        else:
            messages.success(request, _("Returned to the editor with your comment."))
            return redirect("backoffice:review-queue", region=draft.region.slug)
    return review(request, pk, return_form=form, status=400)
