"""The editing workflow: a provider proposes, the coordinator publishes or returns, and every
published version stays in the history (for services the whole value, ServiceVersion),
restorable after the coordinator has seen what it would change.

Services and the events that belong to them go through the same workflow. Each kind of record
registers a ``Kind`` (its model, its draft model, its plain-value module shaped like
coordination/records.py, and who may edit it); the events app registers its own when it starts,
so this module never imports it.

Publication states follow the national service catalogue: a new service is a "draft" until it is
published; a published service with a pending draft is "modified", and the public keeps seeing
the published version until review. Concurrent edits are detected at two points: saving a draft
(the form carries the revision it was loaded with) and publishing (the live record must not have
changed the same fields since the draft began).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coordination import permissions, records
from coordination.models import ServiceDraft, ServiceVersion
from directory import translation_status
from directory.models import Service


@dataclass(frozen=True)
class Kind:
    """One kind of record that goes through review."""

    model: type
    draft_model: type
    records: ModuleType
    can_edit: Callable  # (user, record) -> bool: who may propose changes
    region: Callable  # (record) -> Region: whose coordinator reviews it


KINDS: dict[type, Kind] = {}


def register(kind: Kind):
    KINDS[kind.model] = kind
    KINDS[kind.draft_model] = kind


def kind_of(record_or_draft) -> Kind:
    return KINDS[type(record_or_draft)]


class Conflict(Exception):
    """Someone else changed the same thing in between; nothing was written."""

    def __init__(self, message, fields=()):
        super().__init__(message)
        self.message = message
        self.fields = list(fields)


def _require(allowed: bool):
    if not allowed:
        raise PermissionDenied(_("You may not do this for this service."))


def _latest_history_id(record):
    latest = record.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return latest


def _record_version(record):
    """Store the whole value of the service version just written beside its history row, so
    that the history shows every field and a restore brings back all of it."""
    history_id = _latest_history_id(record) if isinstance(record, Service) else None
    if history_id is not None:
        ServiceVersion.objects.update_or_create(
            history_id=history_id, defaults={"service": record, "data": records.snapshot(record)}
        )


def _remember_live(record):
    """The live value belongs to the newest version. A service version written outside the
    workflow (an import, the admin, a record made before every field was stored) gets it here,
    before the workflow changes anything, terms and languages included."""
    history_id = _latest_history_id(record) if isinstance(record, Service) else None
    if history_id is not None:
        ServiceVersion.objects.get_or_create(
            history_id=history_id, defaults={"service": record, "data": records.snapshot(record)}
        )


def _mark_modified(record):
    # A queryset update, so that marking a pending draft is not itself a new version.
    if record.publication_status == Service.Publication.PUBLISHED:
        type(record).objects.filter(pk=record.pk).update(
            publication_status=Service.Publication.MODIFIED
        )
        record.publication_status = Service.Publication.MODIFIED


def _unmark_modified(record):
    if record.publication_status == Service.Publication.MODIFIED:
        type(record).objects.filter(pk=record.pk).update(
            publication_status=Service.Publication.PUBLISHED
        )
        record.publication_status = Service.Publication.PUBLISHED


def _locked(draft):
    return type(draft).objects.select_for_update().get(pk=draft.pk)


def open_draft(record):
    return record.drafts.open().first()


@transaction.atomic
def start_draft(user, record):
    """The open draft of a record, begun from its live version if there is none yet."""
    kind = kind_of(record)
    _require(kind.can_edit(user, record))
    record = kind.model.objects.select_for_update().get(pk=record.pk)
    draft = open_draft(record)
    if draft:
        return draft
    _remember_live(record)
    current = kind.records.snapshot(record)
    return kind.draft_model.objects.create(
        **{kind.draft_model.record_field: record},
        data=current,
        base=current,
        base_history_id=_latest_history_id(record),
        author=user,
    )


@transaction.atomic
def create_service(user, organization, data: dict, *, send_for_review: bool = False):
    """A new service starts as an unpublished draft record of the organization."""
    _require(permissions.can_create_service_for(user, organization))
    return create(user, Service(organization=organization), data, send_for_review=send_for_review)


@transaction.atomic
def create(user, record, data: dict, *, send_for_review: bool = False):
    """A new record (its owner already set) starts unpublished, with an open draft; sent for
    review at once when asked, as an edit can be."""
    kind = kind_of(record)
    _require(kind.can_edit(user, record))
    record.publication_status = Service.Publication.DRAFT
    record._history_user = user
    record._change_reason = "created"
    kind.records.apply(record, data)
    _record_version(record)
    draft = kind.draft_model.objects.create(
        **{kind.draft_model.record_field: record, kind.draft_model.new_field: True},
        data=kind.records.snapshot(record),
        base={},
        base_history_id=_latest_history_id(record),
        author=user,
    )
    return submit(user, draft) if send_for_review else draft


@transaction.atomic
def save_draft(user, draft, data: dict, revision: int):
    kind = kind_of(draft)
    _require(kind.can_edit(user, draft.record))
    draft = _locked(draft)
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
    # A fresh copy, so that checking a proposal never touches the live record in memory.
    kind.records.validate(kind.model.objects.get(pk=draft.record.pk), data)
    draft.data = kind.records.normalise(data)
    draft.revision += 1
    if draft.state == ServiceDraft.State.RETURNED:
        draft.state = ServiceDraft.State.DRAFT
    draft.save()
    if not draft.is_new:
        _mark_modified(draft.record)
    return draft


@transaction.atomic
def save_changes(user, record, data: dict, revision: int, *, send_for_review: bool = False):
    """An editor's form, saved into the record's open draft (or a new one begun from the live
    record) and, when asked, sent for review. `revision` is the draft's revision the form was
    loaded with, 0 when it was loaded from the live record."""
    draft = open_draft(record)
    if draft is None:
        if revision:
            # The draft the form was loaded from was published or withdrawn meanwhile: saving
            # into a new draft would silently undo what was just published.
            raise Conflict(
                _(
                    "The draft you were editing was published or withdrawn meanwhile. "
                    "Your changes were not saved; reload to start from the live entry."
                )
            )
        draft = start_draft(user, record)
    draft = save_draft(user, draft, data, revision or 1)
    if send_for_review:
        draft = submit(user, draft)
    return draft


@transaction.atomic
def submit(user, draft):
    _require(kind_of(draft).can_edit(user, draft.record))
    draft = _locked(draft)
    if draft.state not in (ServiceDraft.State.DRAFT, ServiceDraft.State.RETURNED):
        raise Conflict(_("Only a draft can be sent for review."))
    draft.state = ServiceDraft.State.IN_REVIEW
    draft.submitted_at = timezone.now()
    draft.save()
    if not draft.is_new:
        _mark_modified(draft.record)
    return draft


@transaction.atomic
def withdraw(user, draft):
    _require(kind_of(draft).can_edit(user, draft.record))
    draft = _locked(draft)
    if not draft.is_open:
        raise Conflict(_("This draft is already closed."))
    if draft.is_new:
        # An unpublished new service goes back to being an editable draft, never lost.
        draft.state = ServiceDraft.State.DRAFT
    else:
        draft.state = ServiceDraft.State.WITHDRAWN
        _unmark_modified(draft.record)
    draft.save()
    return draft


@transaction.atomic
def return_draft(user, draft, comment: str):
    _require(permissions.can_review(user, draft.region))
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError(
            {"comment": _("Tell the editor what to change: the comment is required.")}
        )
    draft = _locked(draft)
    if draft.state != ServiceDraft.State.IN_REVIEW:
        raise Conflict(_("Only a draft in review can be returned."))
    draft.state = ServiceDraft.State.RETURNED
    draft.review_comment = comment
    draft.reviewer = user
    draft.reviewed_at = timezone.now()
    draft.save()
    return draft


def conflicting_fields(draft) -> list[str]:
    """Fields both the draft and someone else (since the draft began) changed."""
    if draft.is_new or _latest_history_id(draft.record) == draft.base_history_id:
        return []
    records = kind_of(draft).records
    live = records.snapshot(draft.record)
    ours = set(records.changed_fields(draft.base, draft.data))
    theirs = set(records.changed_fields(draft.base, live))
    return [name for name in records.FIELDS if name in ours & theirs]


@transaction.atomic
def publish(user, draft, comment: str = "", *, reason: str = ""):
    """Make a draft in review live. `reason` says why in the history (default: the draft)."""
    _require(permissions.can_review(user, draft.region))
    kind = kind_of(draft)
    records = kind.records
    draft = _locked(draft)
    record = kind.model.objects.select_for_update().get(pk=draft.record.pk)
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
    if draft.is_new:
        proposed = dict(draft.data)
    else:
        # Only what the editor changed is written, so a change made meanwhile to another field
        # survives.
        proposed = records.snapshot(record)
        for name in records.changed_fields(draft.base, draft.data):
            proposed[name] = records.normalise(draft.data)[name]
    # What the translator said of each text travels beside the fields (services only).
    if isinstance(record, Service):
        proposed[records.TRANSLATION_STATUS_KEY] = _translation_statuses(draft, record)
    _remember_live(record)
    if draft.is_new and isinstance(record, Service):
        # Its provider has just written every field and the coordinator read them: checked
        # today, not "never verified" in the freshness lists from its first day.
        record.assured_date = timezone.localdate()
        record.assurer_email = draft.author.email if draft.author else ""
    record.publication_status = Service.Publication.PUBLISHED
    record._history_user = user
    record._change_reason = reason or f"draft:{draft.pk}"
    records.apply(record, proposed)
    _record_version(record)
    draft.state = ServiceDraft.State.PUBLISHED
    draft.data = records.snapshot(record)
    draft.reviewer = user
    draft.reviewed_at = timezone.now()
    draft.review_comment = (comment or "").strip()
    draft.published_history_id = _latest_history_id(record)
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
def rebase(user, draft):
    """Start the draft again from the current live record, keeping the editor's own changes
    only in the fields nobody else touched."""
    kind = kind_of(draft)
    records = kind.records
    _require(kind.can_edit(user, draft.record))
    draft = _locked(draft)
    live = records.snapshot(draft.record)
    merged = dict(live)
    clashes = set(conflicting_fields(draft))
    for name in records.changed_fields(draft.base, draft.data):
        if name not in clashes:
            merged[name] = records.normalise(draft.data)[name]
    draft.base = live
    draft.data = merged
    draft.base_history_id = _latest_history_id(draft.record)
    draft.revision += 1
    if draft.state == ServiceDraft.State.RETURNED:
        draft.state = ServiceDraft.State.DRAFT
    draft.save()
    return draft


def version_value(record, history_id: int) -> dict:
    """The whole value of one version of the record (its records module's snapshot shape).

    Service versions published since every field is stored come back exactly. Older ones (and
    other kinds) hold only the record's row: what lives outside it comes from the draft the
    version was published from, or, when there was none, is taken as it is now (nothing better
    is known)."""
    kind = kind_of(record)
    records = kind.records
    if isinstance(record, Service):
        stored = ServiceVersion.objects.filter(service=record, history_id=history_id).first()
        if stored is not None:
            return records.normalise(stored.data)
    version = record.history.get(history_id=history_id)
    data = records.snapshot(version.instance)
    outside = getattr(records, "OUTSIDE_RECORD", ())
    current = records.snapshot(record)
    for name in outside:
        data[name] = current[name]
    reason = version.history_change_reason or ""
    if outside and reason.startswith("draft:"):
        source = kind.draft_model.objects.filter(pk=reason.removeprefix("draft:")).first()
        if source:
            for name in outside:
                if name in source.data:
                    data[name] = source.data[name]
    return records.normalise(data)


def restore_preview(record, history_id: int):
    """What restoring the version would change on the live entry, field by field (raises
    the history's DoesNotExist for a version the record never had)."""
    records = kind_of(record).records
    return records.differences(
        records.snapshot(record), version_value(record, history_id), only_changed=True
    )


@transaction.atomic
def restore(user, record, history_id: int, seen_latest_id: int):
    """Make an old version live again, as a new version, through the review workflow: the
    coordinator has seen the difference (restore_preview) and confirmed; the version becomes a
    draft of the whole value and is published at once, so everything the version held comes
    back (text, translations, terms, languages, every field of the snapshot) and the history
    keeps everything. Returns the published draft."""
    kind = kind_of(record)
    _require(permissions.can_review(user, kind.region(record)))
    record = kind.model.objects.select_for_update().get(pk=record.pk)
    if _latest_history_id(record) != seen_latest_id:
        raise Conflict(
            _(
                "The service changed after you opened its history. Nothing was restored; "
                "look at the newest version first."
            )
        )
    if open_draft(record) is not None:
        raise Conflict(
            _(
                "An editor's draft of this service is open. Nothing was restored; publish or "
                "return that draft first, then restore."
            )
        )
    _remember_live(record)
    value = version_value(record, history_id)
    draft = kind.draft_model.objects.create(
        **{kind.draft_model.record_field: record},
        data=value,
        base=kind.records.snapshot(record),
        base_history_id=seen_latest_id,
        author=user,
        state=ServiceDraft.State.IN_REVIEW,
        submitted_at=timezone.now(),
    )
    return publish(user, draft, reason=f"restored:{history_id}")


@transaction.atomic
def verify(user, service: Service) -> Service:
    """The provider confirms the entry is still correct: a verified date and verifier."""
    _require(permissions.can_edit_service(user, service))
    service.assured_date = timezone.localdate()
    service.assurer_email = user.email
    service._history_user = user
    service._change_reason = "verified"
    service.save(update_fields=["assured_date", "assurer_email", "last_modified"])
    _record_version(service)
    return service


register(
    Kind(
        model=Service,
        draft_model=ServiceDraft,
        records=records,
        can_edit=permissions.can_edit_service,
        region=lambda service: service.organization.region,
    )
)
