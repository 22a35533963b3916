"""Monikko ry's club gets a place, a phone line, a contact person, opening hours and a price.
Eero proposes them, Satu reviews and publishes, the history keeps every version and Satu can
bring an earlier one back. The rules are checked wherever the value is written."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from coordination import records, workflow
from directory.models import Accessibility, Location, Phone, Schedule, ServiceAtLocation


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


PLACE = "5d0b3f4e-1f8a-4c47-9a55-000000000001"


def reach_value():
    return {
        "locations": [
            {
                "id": PLACE,
                "location_type": "physical",
                "name": {"fi": "Monikko-talo", "en": "Monikko house"},
                "transportation": {"en": "Bus 12 to Kortepohja."},
                "latitude": "62.250000",
                "longitude": "25.720000",
                "addresses": [
                    {
                        "address_1": "Esimerkkikatu 1",
                        "postal_code": "40100",
                        "city": "Jyväskylä",
                        "country": "FI",
                        "address_type": "physical",
                    }
                ],
                "accessibility": [
                    {
                        "description": {"en": "Ramp at the side door."},
                        "features": ["step_free_entrance", "hearing_loop"],
                    }
                ],
            }
        ],
        "phones": [
            {
                "number": "+358 40 1234567",
                "type": "voice",
                "description": {"en": "Weekday mornings"},
                "languages": ["ar", "fi"],
                "location": PLACE,
            }
        ],
        "contacts": [{"title": {"en": "Club leader"}, "email": "club@monikko.example"}],
        "schedules": [
            {"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "09:00", "closes_at": "12:00"},
            {"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "13:00", "closes_at": "16:00"},
            {"kind": "closed", "valid_from": "2025-12-24", "valid_to": "2025-12-26"},
        ],
        "cost_options": [{"option": {"en": "Materials"}, "amount": "5", "currency": "eur"}],
    }


def proposing(network, changes):
    draft = workflow.start_draft(network.eero, network.service)
    data = {**draft.data, **changes}
    workflow.save_draft(network.eero, draft, data, draft.revision)
    workflow.submit(network.eero, draft)
    draft.refresh_from_db()
    return draft


def test_the_value_written_is_the_value_read_back(network):
    value = records.normalise({**records.snapshot(network.service), **reach_value()})
    records.apply(network.service, value)
    # Translation statuses travel with a draft; on the live record they live beside the text.
    del value[records.TRANSLATION_STATUS_KEY]
    assert records.snapshot(network.service) == value
    place = Location.objects.get(pk=PLACE)
    assert place.organization == network.monikko
    assert Accessibility.objects.get(location=place).feature_codes() == [
        "hearing_loop",
        "step_free_entrance",
    ]
    phone = Phone.objects.get(service=network.service)
    assert sorted(phone.languages.values_list("code", flat=True)) == ["ar", "fi"]
    assert phone.service_at_location.location_id == place.pk


def test_the_public_keeps_the_old_reach_until_satu_publishes(network):
    draft = proposing(network, reach_value())
    assert not Phone.objects.filter(service=network.service).exists()

    rows = {
        row.field: row for row in records.differences(records.snapshot(network.service), draft.data)
    }
    assert rows["phones"].changed
    assert "+358 40 1234567" in rows["phones"].after
    assert "Esimerkkikatu 1" in rows["locations"].after
    # The hours in words, as Satu reads them, not the RRULE codes they are stored as.
    assert "every week" in rows["schedules"].after and "WEEKLY" not in rows["schedules"].after
    assert "Monday, Wednesday" in rows["schedules"].after
    assert str(records.field_label("schedules")) == "Opening hours"

    workflow.publish(network.satu, draft)
    assert Phone.objects.filter(service=network.service, number="+358 40 1234567").exists()
    assert Schedule.objects.filter(service=network.service).count() == 3


def test_satu_reads_the_proposed_reach_in_words_not_field_codes(network):
    draft = proposing(network, reach_value())
    rows = {
        row.field: row for row in records.differences(records.snapshot(network.service), draft.data)
    }
    place = rows["locations"].after
    assert "Street address: Esimerkkikatu 1" in place
    assert "How to get there: English: Bus 12 to Kortepohja." in place
    assert "Type: Physical" in place
    phone = rows["phones"].after
    # The line is tied to the place by its name in Satu's language, its languages named.
    assert "Location: Monikko house" in phone
    assert "Languages offered: Arabic, Finnish" in phone
    for code in ("address_1", "transportation", "location_type", PLACE, "languages ="):
        assert code not in place + phone


def test_the_history_knows_the_hours_of_each_published_version_and_satu_restores_them(network):
    first = proposing(network, reach_value())
    workflow.publish(network.satu, first)
    changed = reach_value()
    changed["schedules"] = [
        {"freq": "WEEKLY", "byday": "FR", "opens_at": "10:00", "closes_at": "14:00"}
    ]
    changed["locations"] = []
    changed["phones"][0]["location"] = ""
    second = proposing(network, changed)
    workflow.publish(network.satu, second)
    assert list(
        Schedule.objects.filter(service=network.service).values_list("byday", flat=True)
    ) == ["FR"]
    # The place itself stays: it is the organization's and may serve others.
    assert Location.objects.filter(pk=PLACE).exists()
    assert not ServiceAtLocation.objects.filter(service=network.service).exists()

    versions = list(network.service.history.order_by("-history_id"))
    latest = workflow.version_value(network.service, versions[0].history_id)
    earlier = workflow.version_value(network.service, versions[1].history_id)
    assert [s["byday"] for s in latest["schedules"]] == ["FR"]
    assert sorted(s["byday"] for s in earlier["schedules"]) == ["", "MO,WE", "MO,WE"]

    workflow.restore(network.satu, network.service, versions[1].history_id, versions[0].history_id)
    assert sorted(
        Schedule.objects.filter(service=network.service).values_list("byday", flat=True)
    ) == ["", "MO,WE", "MO,WE"]
    assert ServiceAtLocation.objects.filter(service=network.service, location_id=PLACE).exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"phones": [{"number": "12"}]}, "is not a phone number we can dial"),
        ({"contacts": [{"phone": "+358 1"}]}, "is not a phone number we can dial"),
        ({"locations": [{"location_type": "virtual", "url": "zoom me"}]}, "is not a web address"),
        ({"locations": [{"location_type": "virtual"}]}, "An online place needs its web address"),
        (
            {
                "schedules": [
                    {"freq": "WEEKLY", "byday": "MO", "opens_at": "10:00", "closes_at": "10:00"}
                ]
            },
            "closing time is the same as the opening time",
        ),
        (
            {"schedules": [{"freq": "WEEKLY", "byday": "MO", "opens_at": "10:00"}]},
            "Give both the opening and the closing time",
        ),
        ({"schedules": [{"opens_at": "10:00", "closes_at": "12:00"}]}, "Choose the weekdays"),
        (
            {
                "schedules": [
                    {"freq": "WEEKLY", "byday": "XX", "opens_at": "10:00", "closes_at": "12:00"}
                ]
            },
            "repetition of these opening hours cannot be read",
        ),
        ({"cost_options": [{"amount": "free"}]}, "Write the amount as a number"),
        ({"web_page": {"en": "www example"}}, "is not a web address"),
    ],
)
def test_a_value_that_would_make_bad_records_is_refused_with_a_reason(network, change, message):
    value = {**records.snapshot(network.service), **change}
    with pytest.raises(ValidationError) as refused:
        records.validate(network.service, value)
    assert message in " ".join(refused.value.messages)


def test_a_night_opening_is_not_an_error_in_the_value(network):
    value = {
        **records.snapshot(network.service),
        "schedules": [{"freq": "WEEKLY", "byday": "FR", "opens_at": "22:00", "closes_at": "02:00"}],
    }
    records.validate(network.service, value)
