from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EventFeed(models.Model):
    """A provider's own calendar (an .ics address), fetched on a schedule; its events belong to
    one service. The coordinator approves a feed once: from then on its events are published as
    the provider keeps them, since the provider's calendar is where they are decided."""

    class Outcome(models.TextChoices):
        NEW = "new", _("Not fetched yet")
        UPDATED = "updated", _("Fetched")
        NOT_MODIFIED = "not_modified", _("Unchanged since the last fetch")
        FAILED = "failed", _("Failed")

    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="event_feeds"
    )
    url = models.URLField(_("calendar address (.ics)"), max_length=1000)
    language = models.CharField(
        _("language of the calendar"), max_length=10, default=settings.LANGUAGE_CODE
    )
    approved = models.BooleanField(_("approved by the coordinator"), default=False)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    # Conditional GET: what the server said last time, sent back so it can answer "304".
    etag = models.CharField(max_length=300, blank=True)
    last_modified_header = models.CharField(max_length=100, blank=True)
    outcome = models.CharField(max_length=12, choices=Outcome.choices, default=Outcome.NEW)
    error_code = models.CharField(max_length=30, blank=True)
    error_detail = models.CharField(max_length=300, blank=True)
    skipped = models.PositiveIntegerField(default=0)
    fetched_at = models.DateTimeField(null=True, blank=True)
    succeeded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["service_id", "id"]
        verbose_name = _("calendar feed")
        constraints = [
            models.UniqueConstraint(fields=["service", "url"], name="feed_once_per_service")
        ]

    def __str__(self):
        return self.url
