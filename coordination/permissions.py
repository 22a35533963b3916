"""Who may do what, decided here in the domain layer; views, the API and the admin all ask this.

Roles: the network coordinator may do everything in their region; a provider editor keeps their
own organization's services; partner-region staff work on their region's policy-learning
workspace; a viewer only reads staff pages of their region.
"""

from coordination.models import Membership, Role


def _memberships(user):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Membership.objects.none()
    return Membership.objects.filter(user=user)


def has_role(user, role, region) -> bool:
    if getattr(user, "is_superuser", False):
        return True
    return _memberships(user).filter(role=role, region=region).exists()


def is_coordinator(user, region) -> bool:
    return has_role(user, Role.COORDINATOR, region)


def regions_of(user, *roles):
    """The regions where the user holds any of the roles (all roles when none are named)."""
    from directory.models import Region

    if getattr(user, "is_superuser", False):
        return Region.objects.all()
    memberships = _memberships(user)
    if roles:
        memberships = memberships.filter(role__in=roles)
    return Region.objects.filter(id__in=memberships.values("region_id"))


def coordinates_any(user) -> bool:
    """Whether the import and export pages are theirs: a coordinator of some region."""
    return regions_of(user, Role.COORDINATOR).exists()


def can_view_staff_pages(user, region) -> bool:
    if getattr(user, "is_superuser", False):
        return True
    return _memberships(user).filter(region=region).exists()


def can_edit_service(user, service) -> bool:
    """Propose changes: the provider's own editors and the region's coordinator."""
    region = service.organization.region
    if is_coordinator(user, region):
        return True
    return (
        _memberships(user)
        .filter(role=Role.EDITOR, organization_id=service.organization_id)
        .exists()
    )


def can_create_service_for(user, organization) -> bool:
    if is_coordinator(user, organization.region):
        return True
    return _memberships(user).filter(role=Role.EDITOR, organization=organization).exists()


def can_check_translations(user, service) -> bool:
    """Say a translation is checked by the provider: the provider's own editors only."""
    return (
        _memberships(user)
        .filter(role=Role.EDITOR, organization_id=service.organization_id)
        .exists()
    )


def can_review(user, region) -> bool:
    """Publish or return drafts, restore versions, moderate feedback: the coordinator only."""
    return is_coordinator(user, region)


def can_edit_learning(user, region) -> bool:
    """The policy-learning workspace: the region's partner staff and its coordinator."""
    return is_coordinator(user, region) or has_role(user, Role.PARTNER_STAFF, region)


def editable_organizations(user):
    from directory.models import Organization

    if getattr(user, "is_superuser", False):
        return Organization.objects.all()
    memberships = _memberships(user)
    coordinated = memberships.filter(role=Role.COORDINATOR).values("region_id")
    edited = memberships.filter(role=Role.EDITOR).values("organization_id")
    return Organization.objects.filter(region_id__in=coordinated) | Organization.objects.filter(
        id__in=edited
    )


def can_invite(user, region) -> bool:
    """Invite people into the region's network: the coordinator only."""
    return is_coordinator(user, region)


def can_steer_search(user, region) -> bool:
    """Best bets, synonyms and the judged query set of the region's search: the coordinator."""
    return is_coordinator(user, region)


def can_moderate_feedback(user, region) -> bool:
    return is_coordinator(user, region)


def can_view_feedback(user, region) -> bool:
    """What the public wrote is read by the coordinator and the region's viewers (these only
    once the coordinator has accepted it: see `feedback_visible_to`); providers see it on their
    own services' pages only through the coordinator."""
    return is_coordinator(user, region) or has_role(user, Role.VIEWER, region)


# --- Read rules as selectors: every entry point asks these for what a person may read --------
def drafts_visible_to(user):
    """The service drafts `user` may read: those of the services they may edit (their own
    organizations' as an editor, the whole region's as its coordinator)."""
    from coordination.models import ServiceDraft

    return ServiceDraft.objects.filter(service__organization__in=editable_organizations(user))


def feedback_visible_to(user, region):
    """What the public wrote about the region's services, as `user` may read it: the
    coordinator reads everything (to moderate), the region's viewers what the coordinator has
    accepted, anyone else nothing. A new message may hold what its writer should not have put
    there (a phone number, a name): the coordinator reads it first."""
    from coordination.models import Feedback

    feedback = Feedback.objects.in_region(region)
    if can_moderate_feedback(user, region):
        return feedback
    if can_view_feedback(user, region):
        return feedback.filter(moderation=Feedback.Moderation.ACCEPTED)
    return feedback.none()


def can_write_bulletin(user, region) -> bool:
    """Announcements to the region's network: the coordinator only."""
    return is_coordinator(user, region)
