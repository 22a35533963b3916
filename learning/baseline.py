"""Baseline-study actions: the study is begun with its first SWOT item; publishing freezes the
ecosystem snapshot."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning import editing
from learning.ecosystem import snapshot
from learning.models import BaselineStudy, SwotItem
from learning.permissions import ensure_can_edit


def study_of(region) -> BaselineStudy:
    """The region's baseline study, or a new one not saved yet: opening a form of the study
    writes nothing (a draft study would show on the workspace with its report and publish
    buttons); `save_swot_item` begins it when the first item is saved."""
    return BaselineStudy.objects.filter(region=region).first() or BaselineStudy(
        region=region, title={"en": f"Baseline study: {region.name.get('en').text}"}
    )


@transaction.atomic
def save_swot_item(user, item: SwotItem, *, m2m: dict | None = None) -> SwotItem:
    """Save `item` as `user`, beginning its study if this is the study's first item. If the
    item is refused, the study is not begun either."""
    ensure_can_edit(user, item)
    if item.study.pk is None:
        editing.save(user, item.study)
        item.study = item.study  # takes the new study's id
    return editing.save(user, item, m2m=m2m)


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
