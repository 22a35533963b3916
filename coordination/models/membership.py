from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    COORDINATOR = "coordinator", _("Network coordinator")
    EDITOR = "editor", _("Provider editor")
    PARTNER_STAFF = "partner_staff", _("Partner-region staff")
    VIEWER = "viewer", _("Viewer")


class Membership(models.Model):
    """What one person may do where: a role in a region, and for editors, an organization."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    region = models.ForeignKey(
        "directory.Region", on_delete=models.CASCADE, related_name="memberships"
    )
    organization = models.ForeignKey(
        "directory.Organization",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="memberships",
        help_text=_("For provider editors: the organization whose entries they keep."),
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "region", "organization"], name="membership_once"
            ),
            models.CheckConstraint(
                condition=~models.Q(role="editor") | models.Q(organization__isnull=False),
                name="editor_has_organization",
            ),
        ]

    def clean(self):
        if self.role == Role.EDITOR and not self.organization_id:
            raise ValidationError({"organization": _("A provider editor needs an organization.")})
        if self.organization_id and self.organization.region_id != self.region_id:
            raise ValidationError(
                {"organization": _("The organization must be in the membership's region.")}
            )

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.region}"
