"""The demo events belong to the source's services, are marked as demo data, and claim no place
the source does not give; the one held somewhere is at the Open Referral example's own place."""

import datetime

import pytest
from dateutil.rrule import rrulestr

from events.demo import EVENTS, EXAMPLE_SERVICE, load_demo_events
from events.models import Event
from interchange.demo import load_open_referral_example


@pytest.mark.django_db
def test_demo_events_are_built_from_the_demo_services_and_marked(demo_data):
    load_open_referral_example()
    assert load_demo_events() == len(EVENTS)
    assert load_demo_events() == len(EVENTS)  # loading again updates, never duplicates
    events = Event.objects.published().select_related("service__organization__region")
    assert events.count() == len(EVENTS)
    for event in events:
        assert event.service.organization.region.is_demo_data
        assert not event.place_text and not event.online_url
        assert "Demo data" in event.description.exact("en")
        assert event.occurrences.exists()
    names = {event.name.exact("en") for event in events}
    assert "Language café" in names
    assert any(name.startswith("Info session") for name in names)
    # Only the example service's event has a place, and it is that service's own.
    [placed] = [event for event in events if event.location_id]
    assert str(placed.service_id) == EXAMPLE_SERVICE
    assert placed.service.service_at_locations.filter(location=placed.location).exists()


@pytest.mark.django_db
def test_without_the_example_region_its_event_is_left_out(demo_data):
    assert load_demo_events() == len(EVENTS) - 1


@pytest.mark.django_db
def test_a_monthly_demo_series_starts_on_a_date_its_rule_gives(demo_data):
    # A Thursday: the first Saturday after it is the month's first, not its second.
    load_demo_events(today=datetime.date(2026, 12, 3))
    for event in Event.objects.exclude(rrule=""):
        first = event.occurrences.order_by("start").first()
        rule = rrulestr(event.rrule, dtstart=first.start)
        assert rule.after(first.start, inc=True) == first.start, event.name.exact("en")
