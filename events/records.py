"""An event as one plain value, as its drafts hold it; shaped like coordination/records.py so
that the review workflow handles events and services alike. Translated fields are
``{language: text}`` objects, times ISO strings, the place a location id."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from coordination.records import Difference
from directory.models import Location
from directory.translation import TranslatedText
from events import recurrence
from events.models import Event

TRANSLATED_FIELDS = ("name", "description", "price", "capacity_note")
TIME_FIELDS = ("start", "end", "registration_deadline")
PLAIN_FIELDS = (
    "start",
    "end",
    "all_day",
    "rrule",
    "exdates",
    "status",
    "location",
    "online_url",
    "url",
    "languages",
    "minimum_age",
    "maximum_age",
    "is_free",
    "registration_url",
    "registration_deadline",
)
FIELDS = TRANSLATED_FIELDS + PLAIN_FIELDS
TEXT_FIELDS = ("rrule", "online_url", "url", "status")


def _iso(value):
    return value.isoformat() if isinstance(value, datetime.datetime) else value


def snapshot(event: Event) -> dict:
    data = {name: TranslatedText(getattr(event, name)).as_dict() for name in TRANSLATED_FIELDS}
    for name in PLAIN_FIELDS:
        data[name] = _iso(getattr(event, name))
    data["location"] = str(event.location_id) if event.location_id else None
    data["languages"] = event.language_codes
    data["exdates"] = sorted(event.exdates or [])
    return normalise(data)


def normalise(data: dict) -> dict:
    result = {name: TranslatedText(data.get(name)).as_dict() for name in TRANSLATED_FIELDS}
    for name in PLAIN_FIELDS:
        result[name] = data.get(name)
    for name in TEXT_FIELDS:
        result[name] = result[name] or ""
    result["status"] = result["status"] or Event.Status.SCHEDULED
    result["all_day"] = bool(result["all_day"])
    result["languages"] = sorted(set(data.get("languages") or []))
    result["exdates"] = sorted(data.get("exdates") or [])
    for name in TIME_FIELDS:
        value = result[name]
        if isinstance(value, str) and value:
            # One spelling per instant, so that comparing two values compares times.
            value = datetime.datetime.fromisoformat(value)
        result[name] = _iso(value.astimezone(datetime.UTC)) if value else None
    return result


def changed_fields(old: dict, new: dict) -> list[str]:
    old, new = normalise(old), normalise(new)
    return [name for name in FIELDS if old[name] != new[name]]


def assign(event: Event, data: dict) -> Event:
    data = normalise(data)
    for name in TRANSLATED_FIELDS:
        setattr(event, name, TranslatedText(data[name]))
    for name in PLAIN_FIELDS:
        value = data[name]
        if name in TIME_FIELDS and value:
            value = datetime.datetime.fromisoformat(value)
        setattr(event, name, value)
    event.location_id = data["location"] or None
    event.languages = Event.joined_languages(data["languages"])
    return event


def validate(event: Event, data: dict):
    """Raise ValidationError, naming the field, when the value would not make a valid event."""
    assign(event, data)
    errors = {}
    try:
        event.rrule = recurrence.check_rule(event.rrule)
    except ValidationError as error:
        errors["rrule"] = error.messages
    if event.start and event.end and event.end < event.start:
        errors["end"] = [_("The event must end after it starts. Check the end date and time.")]
    if (
        event.minimum_age is not None
        and event.maximum_age is not None
        and event.minimum_age > event.maximum_age
    ):
        errors["maximum_age"] = [_("The maximum age must not be below the minimum age.")]
    if event.location_id and not places(event.service).filter(pk=event.location_id).exists():
        errors["location"] = [_("Choose one of the service's own places, or none.")]
    try:
        event.full_clean(exclude=["service", "feed", "location", *errors])
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            errors.setdefault(name, []).extend(messages)
    if errors:
        raise ValidationError(errors)


def places(service):
    """The places an event of this service may be at: the service's locations, then its
    provider's."""
    return Location.objects.filter(service_at_locations__service=service) | Location.objects.filter(
        organization_id=service.organization_id
    )


def apply(event: Event, data: dict) -> Event:
    """Write a value onto the live event and expand its dates again (caller holds the
    transaction)."""
    validate(event, data)
    event.save()
    recurrence.refresh_occurrences([event])
    return event


def field_label(name: str) -> str:
    return capfirst(Event._meta.get_field(name).verbose_name)


def differences(old: dict, new: dict, *, only_changed: bool = False) -> list[Difference]:
    old, new = normalise(old), normalise(new)
    rows = []
    for name in FIELDS:
        if name in TRANSLATED_FIELDS:
            for code in dict.fromkeys([*old[name], *new[name]]):
                rows.append(
                    Difference(name, code, old[name].get(code, ""), new[name].get(code, ""))
                )
        else:
            before, after = (
                ", ".join(v) if isinstance(v, list) else ("" if v is None else str(v))
                for v in (old[name], new[name])
            )
            rows.append(Difference(name, "", before, after))
    return [row for row in rows if row.changed] if only_changed else rows
