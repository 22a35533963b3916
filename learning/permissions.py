"""Who may change the policy-learning workspace. The rule itself lives in
coordination.permissions (`can_edit_learning`: the region's partner staff and its coordinator);
this module applies it to the workspace's records and adds the one rule of its own, validating
good practices."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext as _

from coordination.models import Role
from coordination.permissions import can_edit_learning, regions_of


def region_of(record_or_region):
    return getattr(record_or_region, "owner_region", record_or_region)


def can_edit(user, record_or_region) -> bool:
    return can_edit_learning(user, region_of(record_or_region))


def ensure_can_edit(user, record_or_region) -> None:
    region = region_of(record_or_region)
    if not can_edit_learning(user, region):
        raise PermissionDenied(
            _("Only the staff of %(region)s can change its policy-learning work.")
            % {"region": region}
        )


def editable_regions(user):
    return regions_of(user, Role.COORDINATOR, Role.PARTNER_STAFF).partners()


def can_validate_practice(user, practice) -> bool:
    """The lead partner's staff validate the partners' good practices; nobody validates their
    own region's practice (a second pair of eyes), except a superuser."""
    if getattr(user, "is_superuser", False):
        return True
    if practice.region.lead_partner:
        return False
    return editable_regions(user).filter(lead_partner=True).exists()


def read_condition(model, user) -> Q:
    """Who reads which records of the workspace, one rule for the back office, the API and the
    reports: anyone reads what the kind of record makes public (validated practices, published
    baseline studies, …); the region's staff (partner staff and coordinator) read all of their
    own region's records; the lead partner's staff also read the practices submitted for
    validation; a superuser reads everything. A partner of another region reads a region's
    drafts no more than the public does."""
    if getattr(user, "is_superuser", False):
        return Q()
    condition = model.public_condition()
    if getattr(user, "is_authenticated", False):
        regions = editable_regions(user)
        condition |= Q(**{f"{model.region_path}__in": regions})
        if regions.filter(lead_partner=True).exists():
            condition |= model.awaiting_validation_condition()
    return condition
