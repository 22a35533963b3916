"""An event belongs to a service, and so to a provider (after Linked Events' model, tied to the
directory). Its dates are a start, an end and an optional recurrence rule with exceptions; the
dates the public sees are its occurrences, expanded by events/recurrence.py."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from coordination.models import Draft
from directory.models import Service
from directory.models.base import Record
from directory.translation import TranslatedField


class EventQuerySet(models.QuerySet):
    def published(self):
        """What the public sees: published events of published services."""
        return self.filter(
            publication_status__in=Service.PUBLICLY_VISIBLE,
            service__publication_status__in=Service.PUBLICLY_VISIBLE,
        )

    def in_region(self, region):
        return self.filter(service__organization__region=region)

    def entered_by_hand(self):
        return self.filter(feed__isnull=True)


class Event(Record):
    class Status(models.TextChoices):
        # schema.org's EventStatusType, which calendars and search engines understand.
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        POSTPONED = "postponed", _("Postponed")
        RESCHEDULED = "rescheduled", _("Rescheduled")

    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="events"
    )
    # Imported events come from a provider's own calendar and are kept in step with it; events
    # entered by hand have no feed and are never touched by an import.
    feed = models.ForeignKey(
        "events.EventFeed", on_delete=models.CASCADE, null=True, blank=True, related_name="events"
    )
    uid = models.CharField(_("calendar identifier"), max_length=255, blank=True)
    name = TranslatedField(_("name"), required=True, max_length=300)
    description = TranslatedField(_("description"), multiline=True)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    all_day = models.BooleanField(_("all day"), default=False)
    rrule = models.CharField(
        _("repeats"),
        max_length=500,
        blank=True,
        help_text=_("An iCalendar rule, e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20270601"),
    )
    exdates = models.JSONField(_("dates left out"), default=list, blank=True)
    location = models.ForeignKey(
        "directory.Location",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("place"),
    )
    place_text = models.CharField(_("place as the calendar names it"), max_length=300, blank=True)
    online_url = models.URLField(_("online at"), blank=True, max_length=500)
    url = models.URLField(_("web page"), blank=True, max_length=500)
    # ",fi,en," so that one language is found with a plain substring lookup on every database.
    languages = models.CharField(_("languages used"), max_length=200, blank=True)
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    is_free = models.BooleanField(_("free of charge"), null=True, blank=True)
    price = TranslatedField(_("price"), max_length=200)
    registration_url = models.URLField(_("registration link"), blank=True, max_length=500)
    registration_deadline = models.DateTimeField(_("registration closes"), null=True, blank=True)
    capacity_note = TranslatedField(_("places"), max_length=300)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED
    )
    publication_status = models.CharField(
        _("publication"),
        max_length=10,
        choices=Service.Publication.choices,
        default=Service.Publication.DRAFT,
        db_index=True,
    )
    # An imported event's own VEVENTs (the series and its changed instances) with the time
    # zones they name, so that its dates can be expanded again without fetching the feed.
    ical = models.TextField(blank=True)
    source_hash = models.CharField(max_length=64, blank=True)
    expanded_from = models.DateField(null=True, blank=True)
    last_modified = models.DateTimeField(_("last modified"), auto_now=True)
    history = HistoricalRecords(
        excluded_fields=["last_modified", "ical", "source_hash", "expanded_from"]
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["start", "id"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # The public calendar's cache asks for the latest change (events.listing).
        indexes = [models.Index(fields=["last_modified"], name="event_last_modified")]
        constraints = [
            models.UniqueConstraint(
                fields=["feed", "uid"], condition=~models.Q(uid=""), name="event_uid_once_per_feed"
            ),
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="event_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(minimum_age__isnull=True)
                | models.Q(maximum_age__isnull=True)
                | models.Q(minimum_age__lte=models.F("maximum_age")),
                name="event_age_range_ordered",
            ),
        ]

    def __str__(self):
        return str(self.name)

    @property
    def is_imported(self) -> bool:
        return self.feed_id is not None

    @property
    def language_codes(self) -> list[str]:
        return [code for code in self.languages.split(",") if code]

    @staticmethod
    def joined_languages(codes) -> str:
        codes = sorted({code for code in codes if code})
        return f",{','.join(codes)}," if codes else ""


class Occurrence(models.Model):
    """One date of an event within the expansion window: what the calendar lists."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField(null=True, blank=True)
    all_day = models.BooleanField(default=False)
    cancelled = models.BooleanField(default=False)

    class Meta:
        ordering = ["start", "event_id"]
        indexes = [models.Index(fields=["event", "start"])]

    def __str__(self):
        return f"{self.event} · {self.start:%Y-%m-%d %H:%M}"

    @property
    def status(self) -> str:
        return Event.Status.CANCELLED if self.cancelled else self.event.status


class EventDraft(Draft):
    """A proposed version of one event, reviewed like a service's draft."""

    record_field = "event"
    new_field = "is_new_event"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="drafts")
    is_new_event = models.BooleanField(default=False)

    class Meta(Draft.Meta):
        verbose_name = _("event draft")
        constraints = [
            models.UniqueConstraint(
                fields=["event"],
                condition=models.Q(state__in=["draft", "in_review", "returned"]),
                name="one_open_draft_per_event",
            )
        ]

    def __str__(self):
        return f"{self.event} · {self.get_state_display()}"

    @property
    def region(self):
        return self.event.service.organization.region
