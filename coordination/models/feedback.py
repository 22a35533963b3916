from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FeedbackQuerySet(models.QuerySet):
    def in_region(self, region):
        return self.filter(region=region)

    def expired(self, now=None):
        now = now or timezone.now()
        return self.filter(created__lt=now - timedelta(days=settings.FEEDBACK_RETENTION_DAYS))


class Feedback(models.Model):
    """What the target group tells the network. Anonymous by design: no user, no IP address, no
    cookie; only what the person chose to write, and the language the page was in."""

    class Kind(models.TextChoices):
        SERVICE = "service", _("About a service")
        NOT_FOUND = "not_found", _("Could not find what they need")

    class Moderation(models.TextChoices):
        NEW = "new", _("New")
        ACCEPTED = "accepted", _("Accepted")
        HIDDEN = "hidden", _("Hidden")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    region = models.ForeignKey(
        "directory.Region", on_delete=models.CASCADE, related_name="feedback"
    )
    service = models.ForeignKey(
        "directory.Service",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="feedback",
    )
    useful = models.BooleanField(_("useful"), null=True, blank=True)
    message = models.TextField(_("message"), blank=True, max_length=2000)
    language_barrier = models.BooleanField(_("language barrier"), default=False)
    language = models.CharField(_("page language"), max_length=10, blank=True)
    query = models.CharField(_("search words"), max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    moderation = models.CharField(
        _("moderation"),
        max_length=10,
        choices=Moderation.choices,
        default=Moderation.NEW,
        db_index=True,
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    moderated_at = models.DateTimeField(null=True, blank=True)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")

    def __str__(self):
        return f"{self.get_kind_display()} · {self.created:%Y-%m-%d}"
