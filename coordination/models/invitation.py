import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coordination.models.membership import Membership, Role

INVITATION_DAYS = 14


def token_digest(token: str) -> str:
    # Only the digest is stored, so a leaked database cannot be used to accept invitations.
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def open(self):
        return self.filter(accepted_at__isnull=True, expires__gt=timezone.now())


class Invitation(models.Model):
    """The coordinator asks someone to join the region's network with a role."""

    email = models.EmailField(_("e-mail"))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    region = models.ForeignKey(
        "directory.Region", on_delete=models.CASCADE, related_name="invitations"
    )
    organization = models.ForeignKey(
        "directory.Organization",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="invitations",
    )
    digest = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    expires = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("invitation")

    def __str__(self):
        return f"{self.email} · {self.get_role_display()}"

    @classmethod
    def issue(cls, **fields) -> tuple["Invitation", str]:
        """A new invitation and its one-time token (shown once, in the e-mail)."""
        token = secrets.token_urlsafe(32)
        invitation = cls.objects.create(
            digest=token_digest(token),
            expires=timezone.now() + timedelta(days=INVITATION_DAYS),
            **fields,
        )
        return invitation, token

    @classmethod
    def find(cls, token: str):
        return cls.objects.open().filter(digest=token_digest(token)).first()

    @classmethod
    def redeem(cls, token: str, joining):
        """Accept the invitation with this token, once. `joining()` gives the person who joins
        (their account, or a new one made inside the same transaction). Returns the invitation
        and the person, or None when the token is unknown, expired or already used.

        The invitation's row is locked while it is accepted, so of simultaneous acceptances
        one joins and the others find it used; and the acceptance is a conditional update, so
        also a database without row locks (SQLite) never lets two through."""
        with transaction.atomic():
            invitation = (
                cls.objects.open().select_for_update().filter(digest=token_digest(token)).first()
            )
            if invitation is None:
                return None
            user = joining()
            accepted = cls.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(
                accepted_at=timezone.now(), accepted_by=user
            )
            if not accepted:
                transaction.set_rollback(True)
                return None
            Membership.objects.get_or_create(
                user=user,
                role=invitation.role,
                region=invitation.region,
                organization=invitation.organization,
            )
        invitation.refresh_from_db()
        return invitation, user
