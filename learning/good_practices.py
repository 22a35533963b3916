"""The good-practice workflow: a region's staff write a draft and submit it; the lead partner
validates it (it then shows in the public library) or returns it with a note."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import GoodPractice
from learning.permissions import can_validate_practice, ensure_can_edit

# The Interreg Europe form's fields a practice needs before it can be validated.
REQUIRED_FOR_SUBMISSION = (
    "description",
    "challenge_addressed",
    "evidence_of_success",
    "potential_for_transfer",
)


def _locked(practice, status):
    practice.refresh_from_db(fields=["status"])
    if practice.status != status:
        raise ValidationError(
            _("This practice is “%(status)s” now; reload the page to see its current state.")
            % {"status": practice.get_status_display()}
        )


@transaction.atomic
def submit(user, practice: GoodPractice) -> GoodPractice:
    ensure_can_edit(user, practice)
    _locked(practice, GoodPractice.Status.DRAFT)
    missing = [
        str(GoodPractice._meta.get_field(name).verbose_name)
        for name in REQUIRED_FOR_SUBMISSION
        if not getattr(practice, name)
    ]
    if missing:
        raise ValidationError(
            _("Fill in these fields before submitting: %(fields)s.")
            % {"fields": ", ".join(missing)}
        )
    practice.status = GoodPractice.Status.SUBMITTED
    practice.submitted_at = timezone.now()
    practice.submitted_by = user
    practice.review_note = ""
    practice.save(update_fields=["status", "submitted_at", "submitted_by", "review_note"])
    return practice


def _ensure_validator(user, practice):
    if not can_validate_practice(user, practice):
        raise PermissionDenied(
            _("Good practices are validated by the lead partner's staff, not by their own region.")
        )


@transaction.atomic
def validate(user, practice: GoodPractice) -> GoodPractice:
    _ensure_validator(user, practice)
    _locked(practice, GoodPractice.Status.SUBMITTED)
    practice.status = GoodPractice.Status.VALIDATED
    practice.validated_at = timezone.now()
    practice.validated_by = user
    practice.save(update_fields=["status", "validated_at", "validated_by"])
    return practice


@transaction.atomic
def return_to_draft(user, practice: GoodPractice, note: str) -> GoodPractice:
    """The validator sends a submitted practice back, saying what to improve."""
    _ensure_validator(user, practice)
    _locked(practice, GoodPractice.Status.SUBMITTED)
    if not note.strip():
        raise ValidationError(_("Say what the region should improve before validation."))
    practice.status = GoodPractice.Status.DRAFT
    practice.review_note = note.strip()
    practice.save(update_fields=["status", "review_note"])
    return practice


@transaction.atomic
def reopen(user, practice: GoodPractice) -> GoodPractice:
    """The region takes its own practice back to draft to change it; it leaves the library
    until validated again."""
    ensure_can_edit(user, practice)
    if practice.status == GoodPractice.Status.DRAFT:
        return practice
    practice.status = GoodPractice.Status.DRAFT
    practice.validated_at = None
    practice.validated_by = None
    practice.save(update_fields=["status", "validated_at", "validated_by"])
    return practice


def awaits_validation_by(user, practice: GoodPractice) -> bool:
    """Whether `practice` waits for `user` to validate it or return it (learning.permissions)."""
    return practice.status == GoodPractice.Status.SUBMITTED and can_validate_practice(
        user, practice
    )


def to_validate(user) -> list[GoodPractice]:
    """The submitted practices `user` may validate."""
    submitted = (
        GoodPractice.objects.visible_to(user)
        .filter(status=GoodPractice.Status.SUBMITTED)
        .select_related("region")
    )
    return [practice for practice in submitted if awaits_validation_by(user, practice)]
