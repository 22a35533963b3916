from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.translation import TranslatedField


class Announcement(models.Model):
    """A short note from the coordinator to the network's members, in the bulletin and the
    weekly digest."""

    region = models.ForeignKey(
        "directory.Region", on_delete=models.CASCADE, related_name="announcements"
    )
    title = TranslatedField(_("title"), required=True, max_length=200)
    body = TranslatedField(_("text"), multiline=True, required=True, max_length=4000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("announcement")

    def __str__(self):
        return str(self.title)


class DigestSubscription(models.Model):
    """A member's digest settings. Every member of a region's network gets the weekly digest
    until they unsubscribe; the row exists once they have chosen something or been sent one."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_subscriptions"
    )
    region = models.ForeignKey(
        "directory.Region", on_delete=models.CASCADE, related_name="digest_subscriptions"
    )
    language = models.CharField(_("language of the digest"), max_length=10, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("digest subscription")
        constraints = [
            models.UniqueConstraint(fields=["user", "region"], name="digest_once_per_region")
        ]

    def __str__(self):
        return f"{self.user} · {self.region}"
