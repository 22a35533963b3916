"""A partner's site shows the network's calendar from GET /api/v1/events."""

import datetime

import pytest
from django.utils import timezone

from directory.models import Service
from directory.translation import TranslatedText as T
from events.models import Event
from events.recurrence import refresh_occurrences


@pytest.fixture
def events(network):
    start = timezone.now() + datetime.timedelta(days=3)
    weekly = Event.objects.create(
        service=network.service,
        name=T({"fi": "Kielikahvila", "en": "Language café"}),
        start=start,
        end=start + datetime.timedelta(hours=2),
        rrule="FREQ=WEEKLY;COUNT=3",
        languages=Event.joined_languages(["fi"]),
        is_free=True,
        publication_status=Service.Publication.PUBLISHED,
    )
    other = Event.objects.create(
        service=network.other_service,
        name=T({"en": "Open day"}),
        start=start + datetime.timedelta(days=40),
        publication_status=Service.Publication.PUBLISHED,
    )
    refresh_occurrences([weekly, other])
    return weekly, other


def test_the_dates_come_soonest_first_with_text_in_every_language(client, events):
    body = client.get("/api/v1/events").json()
    assert body["count"] == 4
    first = body["results"][0]
    assert first["name"] == {"fi": "Kielikahvila", "en": "Language café"}
    assert first["languages"] == ["fi"]
    assert first["is_free"] is True
    assert first["url"].endswith(f"/events/{events[0].pk}/")
    starts = [row["start"] for row in body["results"]]
    assert starts == sorted(starts)


def test_filters_dates_and_paging_narrow_the_list(client, events):
    assert client.get("/api/v1/events?aim=finnish-language").json()["count"] == 3
    assert client.get("/api/v1/events?free=1&lang=fi").json()["count"] == 3
    later = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    assert client.get(f"/api/v1/events?from={later}").json()["count"] == 1
    page = client.get("/api/v1/events?page_size=2&region=jyvaskyla").json()
    assert len(page["results"]) == 2 and page["next"]


@pytest.mark.parametrize(
    ("query", "field", "words"),
    [
        ("from=1.3.2027", "from", "Kirjoita päivämäärä muodossa"),
        ("from=2027-03-02&to=2027-03-01", "to", "Loppupäivä on ennen alkupäivää"),
        ("aim=no-such-aim", "aim", "ei ole tunnettu koodi"),
        ("region=atlantis", "region", "Tällaista aluetta ei ole"),
        # Well-formed, but the calendar cannot reach them: not a server error.
        ("to=9999-12-31", "to", "Anna päivämäärä väliltä 1900-01-01–2999-12-31"),
        ("from=0001-01-01", "from", "Anna päivämäärä väliltä 1900-01-01–2999-12-31"),
        ("lang=zz", "lang", "Tuntematon kieli ”zz”"),
        ("org=zzz", "org", "Millään organisaatiolla ei ole tunnistetta ”zzz”"),
    ],
)
def test_a_bad_parameter_is_named_and_explained_in_the_readers_language(
    client, events, query, field, words
):
    response = client.get(f"/api/v1/events?{query}", HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 400
    assert words in response.json()[field][0]
