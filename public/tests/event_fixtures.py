"""The calendar of the small public test region (public/tests/conftest.py's world)."""

import datetime

import pytest
from django.utils import timezone

from directory.models import Location, Service
from directory.translation import TranslatedText as T
from events.models import Event
from events.recurrence import refresh_occurrences


def _next(weekday, hour, weeks=1):
    today = timezone.localdate()
    day = today + datetime.timedelta(days=(weekday - today.weekday()) % 7 + 7 * weeks)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture
def calendar(world):
    """The Finnish course meets weekly at Gradia Harju (one week off); the career club has an
    online evening in English; a draft event nobody outside may see."""
    place = Location.objects.get()
    start = _next(0, 17)
    course_evening = Event.objects.create(
        service=world.course,
        name=T({"fi": "Suomen kielen ilta", "en": "Finnish evening", "ar": "أمسية فنلندية"}),
        description=T({"fi": "Harjoitellaan puhumista.", "en": "We practise speaking."}),
        start=start,
        end=start + datetime.timedelta(hours=2),
        rrule="FREQ=WEEKLY;COUNT=4",
        exdates=[(start + datetime.timedelta(weeks=1)).isoformat()],
        location=place,
        is_free=True,
        publication_status=Service.Publication.PUBLISHED,
    )
    online = _next(2, 18)
    club_evening = Event.objects.create(
        service=world.club,
        name=T({"fi": "Urailta verkossa", "en": "Career evening online"}),
        start=online,
        end=online + datetime.timedelta(hours=1),
        online_url="https://meet.example.org/career",
        languages=Event.joined_languages(["en"]),
        is_free=False,
        price=T({"en": "5 euros"}),
        registration_url="https://example.org/register",
        publication_status=Service.Publication.PUBLISHED,
    )
    hidden = Event.objects.create(
        service=world.club,
        name=T({"en": "Secret planning meeting"}),
        start=online,
        publication_status=Service.Publication.DRAFT,
    )
    refresh_occurrences([course_evening, club_evening, hidden])
    world.course_evening, world.club_evening, world.hidden = course_evening, club_evening, hidden
    return world
