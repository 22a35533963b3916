"""The demo events belong to the source's services, are marked as demo data, and claim no place
the source does not give."""

import pytest

from events.demo import EVENTS, load_demo_events
from events.models import Event


@pytest.mark.django_db
def test_demo_events_are_built_from_the_demo_services_and_marked(demo_data):
    assert load_demo_events() == len(EVENTS)
    assert load_demo_events() == len(EVENTS)  # loading again updates, never duplicates
    events = Event.objects.published().select_related("service__organization__region")
    assert events.count() == len(EVENTS)
    for event in events:
        assert event.service.organization.region.is_demo_data
        assert not event.location_id and not event.place_text and not event.online_url
        assert "Demo data" in event.description.exact("en")
        assert event.occurrences.exists()
    names = {event.name.exact("en") for event in events}
    assert "Language café" in names
    assert any(name.startswith("Info session") for name in names)
