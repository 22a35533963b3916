from coordination.models.draft import Draft, ServiceDraft
from coordination.models.feedback import Feedback
from coordination.models.invitation import Invitation
from coordination.models.membership import Membership, Role
from coordination.models.version import ServiceVersion

__all__ = [
    "Draft",
    "Feedback",
    "Invitation",
    "Membership",
    "Role",
    "ServiceDraft",
    "ServiceVersion",
]
