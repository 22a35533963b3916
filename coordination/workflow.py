"""The editing workflow: a provider proposes, the coordinator publishes or returns, and every
published version stays in the history, restorable in one step.

Publication states follow the national service catalogue: a new service is a "draft" until it is
published; a published service with a pending draft is "modified", and the public keeps seeing
the published version until review. Concurrent edits are detected at two points: saving a draft
(the form carries the revision it was loaded with) and publishing (the live record must not have
changed the same fields since the draft began).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coordination import permissions, records
from coordination.models import ServiceDraft
from directory import translation_status
from directory.models import Service


class Conflict(Exception):
    """Someone else changed the same thing in between; nothing was written."""

    def __init__(self, message, fields=()):
        super().__init__(message)
        self.message = message
        self.fields = list(fields)


def _require(allowed: bool):
    if not allowed:
        raise PermissionDenied(_("You may not do this for this service."))


def _latest_history_id(service: Service):
    latest = service.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return latest


def _mark_modified(service: Service):
    # A queryset update, so that marking a pending draft is not itself a new version.
    if service.publication_status == Service.Publication.PUBLISHED:
        Service.objects.filter(pk=service.pk).update(
            publication_status=Service.Publication.MODIFIED
        )
        service.publication_status = Service.Publication.MODIFIED


def _unmark_modified(service: Service):
    if service.publication_status == Service.Publication.MODIFIED:
        Service.objects.filter(pk=service.pk).update(
            publication_status=Service.Publication.PUBLISHED
        )
        service.publication_status = Service.Publication.PUBLISHED


def open_draft(service: Service):
    return service.drafts.open().first()


@transaction.atomic
def start_draft(user, service: Service) -> ServiceDraft:
    """The open draft of a service, begun from its live record if there is none yet."""
    _require(permissions.can_edit_service(user, service))
    service = Service.objects.select_for_update().get(pk=service.pk)
    draft = open_draft(service)
    if draft:
        return draft
    current = records.snapshot(service)
    return ServiceDraft.objects.create(
        service=service,
        data=current,
        base=current,
        base_history_id=_latest_history_id(service),
        author=user,
    )


@transaction.atomic
def create_service(user, organization, data: dict) -> ServiceDraft:
    """A new service starts as an unpublished draft record of the organization."""
    _require(permissions.can_create_service_for(user, organization))
    service = Service(organization=organization, publication_status=Service.Publication.DRAFT)
    service._history_user = user
    service._change_reason = "created"
    records.apply(service, data)
    return ServiceDraft.objects.create(
        service=service,
        data=records.snapshot(service),
        base={},
        base_history_id=_latest_history_id(service),
        is_new_service=True,
        author=user,
    )


@transaction.atomic
def save_draft(user, draft: ServiceDraft, data: dict, revision: int) -> ServiceDraft:
    _require(permissions.can_edit_service(user, draft.service))
    draft = ServiceDraft.objects.select_for_update().get(pk=draft.pk)
    if (
        not draft.is_open
        or draft.state == ServiceDraft.State.IN_REVIEW
        and not (permissions.can_review(user, draft.region))
    ):
        raise Conflict(
            _("This draft is waiting for review and cannot be changed now. Withdraw it first.")
        )
    if draft.revision != revision:
        raise Conflict(
            _(
                "Someone else saved this draft after you opened it. Your changes were not "
                "saved; reload the page to see their version, then make your changes again."
            )
        )
    _validate(draft.service, data)
    draft.data = records.normalise(data)
    draft.revision += 1
    if draft.state == ServiceDraft.State.RETURNED:
        draft.state = ServiceDraft.State.DRAFT
    draft.save()
    if not draft.is_new_service:
        _mark_modified(draft.service)
    return draft


def _validate(service: Service, data: dict):
    # A fresh copy, so that checking a proposal never touches the live record in memory.
    records.validate(Service.objects.get(pk=service.pk), data)


@transaction.atomic
def submit(user, draft: ServiceDraft) -> ServiceDraft:
    _require(permissions.can_edit_service(user, draft.service))
    draft = ServiceDraft.objects.select_for_update().get(pk=draft.pk)
    if draft.state not in (ServiceDraft.State.DRAFT, ServiceDraft.State.RETURNED):
        raise Conflict(_("Only a draft can be sent for review."))
    draft.state = ServiceDraft.State.IN_REVIEW
    draft.submitted_at = timezone.now()
    draft.save()
    if not draft.is_new_service:
        _mark_modified(draft.service)
    return draft


@transaction.atomic
def withdraw(user, draft: ServiceDraft) -> ServiceDraft:
    _require(permissions.can_edit_service(user, draft.service))
    draft = ServiceDraft.objects.select_for_update().get(pk=draft.pk)
    if not draft.is_open:
        raise Conflict(_("This draft is already closed."))
    if draft.is_new_service:
        # An unpublished new service goes back to being an editable draft, never lost.
        draft.state = ServiceDraft.State.DRAFT
    else:
        draft.state = ServiceDraft.State.WITHDRAWN
        _unmark_modified(draft.service)
    draft.save()
    return draft


@transaction.atomic
def return_draft(user, draft: ServiceDraft, comment: str) -> ServiceDraft:
    _require(permissions.can_review(user, draft.region))
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError(
            {"comment": _("Tell the editor what to change: the comment is required.")}
        )
    draft = ServiceDraft.objects.select_for_update().get(pk=draft.pk)
    if draft.state != ServiceDraft.State.IN_REVIEW:
        raise Conflict(_("Only a draft in review can be returned."))
    draft.state = ServiceDraft.State.RETURNED
    draft.review_comment = comment
    draft.reviewer = user
    draft.reviewed_at = timezone.now()
    draft.save()
    return draft


def conflicting_fields(draft: ServiceDraft) -> list[str]:
    """Fields both the draft and someone else (since the draft began) changed."""
    if draft.is_new_service or _latest_history_id(draft.service) == draft.base_history_id:
        return []
    live = records.snapshot(draft.service)
    ours = set(records.changed_fields(draft.base, draft.data))
    theirs = set(records.changed_fields(draft.base, live))
    return [name for name in records.FIELDS if name in ours & theirs]


@transaction.atomic
def publish(user, draft: ServiceDraft, comment: str = "") -> ServiceDraft:
    _require(permissions.can_review(user, draft.region))
    draft = ServiceDraft.objects.select_for_update().get(pk=draft.pk)
    service = Service.objects.select_for_update().get(pk=draft.service_id)
    if draft.state != ServiceDraft.State.IN_REVIEW:
        raise Conflict(_("Only a draft in review can be published."))
    clashes = conflicting_fields(draft)
    if clashes:
        raise Conflict(
            _(
                "The published entry was changed after this draft began, in the same fields: "
                "%(fields)s. Nothing was published. Return the draft so that the editor can "
                "start from the current version."
            )
            % {"fields": ", ".join(str(records.field_label(name)) for name in clashes)},
            clashes,
        )
    if draft.is_new_service:
        proposed = dict(draft.data)
    else:
        # Only what the editor changed is written, so a change made meanwhile to another field
        # survives.
        proposed = records.snapshot(service)
        for name in records.changed_fields(draft.base, draft.data):
            proposed[name] = records.normalise(draft.data)[name]
    proposed[records.TRANSLATION_STATUS_KEY] = _translation_statuses(draft, service)
    service.publication_status = Service.Publication.PUBLISHED
    service._history_user = user
    service._change_reason = f"draft:{draft.pk}"
    records.apply(service, proposed)
    draft.state = ServiceDraft.State.PUBLISHED
    draft.data = records.snapshot(service)
    draft.reviewer = user
    draft.reviewed_at = timezone.now()
    draft.review_comment = (comment or "").strip()
    draft.published_history_id = _latest_history_id(service)
    draft.save()
    return draft


def _translation_statuses(draft: ServiceDraft, service: Service) -> dict:
    """What each text the draft writes is: as the translator said, else, when the provider's
    own editor wrote it, checked by the provider (unmarked text counts as translated)."""
    data = records.normalise(draft.data)
    statuses = data[records.TRANSLATION_STATUS_KEY]
    if draft.author is None or not permissions.can_check_translations(draft.author, service):
        return statuses
    base = records.normalise(draft.base)
    for name in records.TRANSLATED_FIELDS:
        for language, text in data[name].items():
            if text != base[name].get(language):
                statuses.setdefault(name, {}).setdefault(
                    language, translation_status.Status.CHECKED
                )
    return statuses


@transaction.atomic
def rebase(user, draft: ServiceDraft) -> ServiceDraft:
    """Start the draft again from the current live record, keeping the editor's own changes
    only in the fields nobody else touched."""
    _require(permissions.can_edit_service(user, draft.service))
    draft = ServiceDraft.objects.select_for_update().get(pk=draft.pk)
    live = records.snapshot(draft.service)
    merged = dict(live)
    clashes = set(conflicting_fields(draft))
    for name in records.changed_fields(draft.base, draft.data):
        if name not in clashes:
            merged[name] = records.normalise(draft.data)[name]
    draft.base = live
    draft.data = merged
    draft.base_history_id = _latest_history_id(draft.service)
    draft.revision += 1
    if draft.state == ServiceDraft.State.RETURNED:
        draft.state = ServiceDraft.State.DRAFT
    draft.save()
    return draft


@transaction.atomic
def restore(user, service: Service, history_id: int, seen_latest_id: int) -> Service:
    """Make an old version live again, as a new version (the history keeps everything)."""
    _require(permissions.can_review(user, service.organization.region))
    service = Service.objects.select_for_update().get(pk=service.pk)
    if _latest_history_id(service) != seen_latest_id:
        raise Conflict(
            _(
                "The service changed after you opened its history. Nothing was restored; "
                "look at the newest version first."
            )
        )
    version = service.history.get(history_id=history_id)
    data = records.snapshot(version.instance)
    # Terms and languages live outside the record; a version that came from a draft carries
    # them in that draft.
    reason = version.history_change_reason or ""
    if reason.startswith("draft:"):
        source = ServiceDraft.objects.filter(pk=reason.removeprefix("draft:")).first()
        if source:
            data["terms"] = source.data.get("terms", data["terms"])
            data["languages"] = source.data.get("languages", data["languages"])
    else:
        current = records.snapshot(service)
        data["terms"], data["languages"] = current["terms"], current["languages"]
    service._history_user = user
    service._change_reason = f"restored:{history_id}"
    records.apply(service, data)
    return service


@transaction.atomic
def verify(user, service: Service) -> Service:
    """The provider confirms the entry is still correct: a verified date and verifier."""
    _require(permissions.can_edit_service(user, service))
    service.assured_date = timezone.localdate()
    service.assurer_email = user.email
    service._history_user = user
    service._change_reason = "verified"
    service.save(update_fields=["assured_date", "assurer_email", "last_modified"])
    return service
