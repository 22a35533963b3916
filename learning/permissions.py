"""Who may change the policy-learning workspace. The rule itself lives in
coordination.permissions (`can_edit_learning`: the region's partner staff and its coordinator);
this module applies it to the workspace's records and adds the one rule of its own, validating
good practices."""

from django.core.exceptions import PermissionDenied
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
    return regions_of(user, Role.COORDINATOR, Role.PARTNER_STAFF)


def can_validate_practice(user, practice) -> bool:
    """The lead partner's staff validate the partners' good practices; nobody validates their
    own region's practice (a second pair of eyes), except a superuser."""
    if getattr(user, "is_superuser", False):
        return True
    if practice.region.lead_partner:
        return False
    return editable_regions(user).filter(lead_partner=True).exists()
