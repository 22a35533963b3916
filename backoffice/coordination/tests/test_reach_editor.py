"""Eero adds how to reach Monikko ry's club in the editor: a place, a phone line, opening hours.
Mistakes are explained next to the input, in his language, and nothing is saved until they are
fixed."""

import pytest

from coordination.models import ServiceDraft

PARTS = ("locations", "phones", "contacts", "schedules", "cost_options")


def _form(language="en", **fields):
    data = {
        "name": "Finnish club",
        "status": "active",
        "funding_type": "unknown",
        "revision": "0",
        "edit_language": language,
    }
    for part in PARTS:
        data.update({f"{part}-TOTAL_FORMS": "1", f"{part}-INITIAL_FORMS": "0"})
    # What a browser sends for the empty new rows.
    data.update(
        {
            "locations-0-location_type": "physical",
            "locations-0-country": "FI",
            "phones-0-type": "voice",
            "schedules-0-kind": "open",
            "cost_options-0-currency": "EUR",
        }
    )
    data.update(fields)
    return data


def _edit(client, network, **fields):
    return client.post(f"/staff/services/{network.service.pk}/edit/", _form(**fields))


def test_the_editor_has_every_part_of_reaching_the_service(client, network):
    client.force_login(network.eero)
    page = client.get(f"/staff/services/{network.service.pk}/edit/?edit=en").content.decode()
    for text in (
        "How to reach the service",
        "Places",
        "Phones",
        "Contact people",
        "Opening hours and exceptions",
        "Prices",
        "Closes after midnight",
        "Languages spoken on this line",
        "Hearing loop",
        "Interpretation",
    ):
        assert text in page, text


def test_eero_adds_a_place_a_phone_and_hours_to_the_draft(client, network):
    client.force_login(network.eero)
    response = _edit(
        client,
        network,
        **{
            "locations-0-location_type": "physical",
            "locations-0-name": "Monikko house",
            "locations-0-address_1": "Esimerkkikatu 1",
            "locations-0-postal_code": "40100",
            "locations-0-city": "Jyväskylä",
            "locations-0-country": "FI",
            "locations-0-features": ["lift", "hearing_loop"],
            "phones-0-number": "014 266 0000",
            "phones-0-type": "voice",
            "phones-0-languages": ["fi", "ar"],
            "schedules-0-kind": "open",
            "schedules-0-weekdays": ["MO", "TU"],
            "schedules-0-opens_at": "09:00",
            "schedules-0-closes_at": "12:00",
            "cost": "free",
        },
    )
    assert response.status_code == 302
    data = ServiceDraft.objects.get(service=network.service).data
    assert data["phones"][0]["number"] == "+358 14 2660000"
    assert data["phones"][0]["languages"] == ["ar", "fi"]
    assert data["locations"][0]["addresses"][0]["address_1"] == "Esimerkkikatu 1"
    assert data["locations"][0]["name"] == {"en": "Monikko house"}
    assert data["locations"][0]["accessibility"][0]["features"] == ["hearing_loop", "lift"]
    assert data["schedules"][0]["byday"] == "MO,TU"
    assert data["schedules"][0]["freq"] == "WEEKLY"
    assert data["cost"] == "free"


def test_a_phone_number_that_cannot_be_dialled_is_explained(client, network):
    client.force_login(network.eero)
    response = _edit(client, network, **{"phones-0-number": "12", "phones-0-type": "voice"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "“12” is not a phone number we can dial" in body
    assert 'id="id_phones-0-number"' in body
    assert not ServiceDraft.objects.filter(service=network.service).exists()


def test_a_web_address_without_its_start_is_explained(client, network):
    client.force_login(network.eero)
    response = _edit(
        client,
        network,
        **{"locations-0-location_type": "virtual", "locations-0-url": "meet.example"},
    )
    assert response.status_code == 400
    assert "“meet.example” is not a web address" in response.content.decode()


def test_the_service_web_page_is_checked_too(client, network):
    client.force_login(network.eero)
    response = _edit(client, network, web_page="www.monikko")
    assert response.status_code == 400
    assert "“www.monikko” is not a web address" in response.content.decode()


def test_closing_before_opening_is_explained_unless_it_is_a_night_opening(client, network):
    client.force_login(network.eero)
    hours = {
        "schedules-0-kind": "open",
        "schedules-0-weekdays": ["FR"],
        "schedules-0-opens_at": "16:00",
        "schedules-0-closes_at": "09:00",
    }
    response = _edit(client, network, **hours)
    assert response.status_code == 400
    assert "The closing time is before the opening time" in response.content.decode()

    night = _edit(client, network, **hours, **{"schedules-0-past_midnight": "on"})
    assert night.status_code == 302
    schedule = ServiceDraft.objects.get(service=network.service).data["schedules"][0]
    assert (schedule["opens_at"], schedule["closes_at"]) == ("16:00", "09:00")


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "ei ole puhelinnumero"),
        ("ar", "ليس رقم هاتف"),
        ("sv", "är inte ett telefonnummer"),
    ],
)
def test_the_message_is_in_the_editors_language(client, network, language, message):
    client.force_login(network.eero)
    response = client.post(
        f"/staff/services/{network.service.pk}/edit/",
        _form(language=language, **{"phones-0-number": "12", "phones-0-type": "voice"}),
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_entry_eero_did_not_touch_keeps_what_the_form_does_not_show(client, network):
    from coordination import records, workflow

    draft = workflow.start_draft(network.eero, network.service)
    data = dict(draft.data)
    data["schedules"] = [
        {
            "id": "0b6a1d55-7c2a-4f55-9d27-000000000001",
            "freq": "MONTHLY",
            "byday": "1MO",
            "opens_at": "09:00",
            "closes_at": "11:00",
            "byweekno": "",
            "notes": {"en": "First Monday of the month"},
        }
    ]
    workflow.save_draft(network.eero, draft, data, draft.revision)
    client.force_login(network.eero)
    page = client.get(f"/staff/services/{network.service.pk}/edit/?edit=en")
    form = page.context["reach"].parts[3][1]
    posted = _form(revision=str(draft.revision + 1))
    posted.update(
        {"schedules-TOTAL_FORMS": "2", "schedules-INITIAL_FORMS": "1", "schedules-1-kind": "open"}
    )
    for name in form.forms[0].fields:
        value = form.forms[0].initial.get(name)
        if value in (None, "", []):
            continue
        if hasattr(value, "strftime"):
            value = value.strftime("%H:%M")
        posted[f"schedules-0-{name}"] = value
    posted["schedules-0-weekdays"] = []
    response = client.post(f"/staff/services/{network.service.pk}/edit/", posted)
    assert response.status_code == 302, response.content.decode()[:3000]
    kept = records.normalise(ServiceDraft.objects.get(service=network.service).data)["schedules"]
    assert kept[0]["freq"] == "MONTHLY"
    assert kept[0]["byday"] == "1MO"
    assert kept[0]["notes"] == {"en": "First Monday of the month"}
