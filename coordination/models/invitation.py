import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coordination.models.membership import Role

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
