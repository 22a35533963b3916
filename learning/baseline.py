"""Baseline-study actions: publishing freezes the ecosystem snapshot."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.ecosystem import snapshot
from learning.models import BaselineStudy, SwotItem
from learning.permissions import ensure_can_edit


@transaction.atomic
def publish(user, study: BaselineStudy) -> BaselineStudy:
    ensure_can_edit(user, study.region)
    quadrants = set(study.swot_items.values_list("quadrant", flat=True))
    missing = [label for code, label in SwotItem.Quadrant.choices if code not in quadrants]
    if missing:
        raise ValidationError(
            _("Write at least one item in every part of the SWOT; missing: %(parts)s.")
            % {"parts": ", ".join(str(label) for label in missing)}
        )
    study.status = BaselineStudy.Status.PUBLISHED
    study.published_on = timezone.localdate()
    study.snapshot = snapshot(study.region)
    study.save(update_fields=["status", "published_on", "snapshot", "modified"])
    return study


@transaction.atomic
def unpublish(user, study: BaselineStudy) -> BaselineStudy:
    """Back to draft: the snapshot follows the directory again until the next publication."""
    ensure_can_edit(user, study.region)
    study.status = BaselineStudy.Status.DRAFT
    study.snapshot = None
    study.save(update_fields=["status", "snapshot", "modified"])
    return study
