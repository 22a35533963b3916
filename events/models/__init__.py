from events.models.bulletin import Announcement, DigestSubscription
from events.models.event import Event, EventDraft, EventQuerySet, Occurrence
from events.models.feed import EventFeed

__all__ = [
    "Announcement",
    "DigestSubscription",
    "Event",
    "EventDraft",
    "EventFeed",
    "EventQuerySet",
    "Occurrence",
]
