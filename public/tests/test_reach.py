"""Amina opens the Finnish course on her phone: how to get there, whom to call, whether it is
open now. When the entry does not say, the page tells her where to ask instead."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest

from directory.models import (
    Accessibility,
    Contact,
    CostOption,
    Language,
    Location,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
)
from directory.translation import TranslatedText as T

pytestmark = pytest.mark.django_db
HELSINKI = ZoneInfo("Europe/Helsinki")


@pytest.fixture
def described(world):
    """The course with everything: place with coordinates, phone, contact, hours, a holiday."""
    course = world.course
    place = course.service_at_locations.get().location
    place.latitude, place.longitude = "62.241500", "25.759400"
    place.save()
    Accessibility.objects.create(
        location=place,
        description=T({"en": "Ramp at the main door.", "fi": "Luiska pääovella."}),
        features="step_free_entrance,hearing_loop",
    )
    phone = Phone.objects.get(service=course)
    phone.description = T({"en": "Course office"})
    phone.save()
    Language.objects.create(phone=phone, code="ar", name="Arabic")
    teacher = Contact.objects.create(
        service=course, title=T({"en": "Teacher"}), email="opettaja@gradia.example"
    )
    Phone.objects.create(contact=teacher, number="040 765 4321")
    Schedule.objects.create(
        service=course, freq="WEEKLY", byday="MO,TU,WE,TH", opens_at="09:00", closes_at="12:00"
    )
    Schedule.objects.create(
        service=course, freq="WEEKLY", byday="MO,TU,WE,TH", opens_at="13:00", closes_at="15:00"
    )
    Schedule.objects.create(
        service=course,
        kind="closed",
        valid_from=datetime.date(2025, 4, 18),
        description=T({"en": "Good Friday"}),
    )
    online = Location.objects.create(
        location_type="virtual",
        url="https://meet.gradia.example/finnish",
        name=T({"en": "Online class"}),
    )
    ServiceAtLocation.objects.create(service=course, location=online)
    course.cost = Service.Cost.FREE
    course.web_page = T(
        {"en": "https://www.gradia.fi/en/finnish", "ar": "https://www.gradia.fi/ar"}
    )
    course.application_process = T(
        {"en": "1. Fill in the form.\n2. Come to a level test.\n3. Start in a group."}
    )
    course.save()
    return world


@pytest.fixture
def wednesday_morning(monkeypatch):
    moment = datetime.datetime(2025, 4, 16, 10, 30, tzinfo=HELSINKI)
    monkeypatch.setattr("directory.hours.now", lambda: moment)
    return moment


def page(client, service, language="en"):
    return client.get(f"/{language}/services/{service.pk}/").content.decode()


def test_how_to_reach_comes_before_what_the_service_is(client, described, wednesday_morning):
    html = page(client, described.course)
    assert html.index('id="reach-title"') < html.index('id="what-title"')


def test_the_place_has_directions_without_any_request_to_a_map_server(
    client, described, wednesday_morning
):
    html = page(client, described.course)
    assert 'href="geo:62.2415,25.7594"' in html
    assert (
        "https://www.openstreetmap.org/?mlat=62.2415&amp;mlon=25.7594#map=17/62.2415/25.7594"
        in html
    )
    assert "Viitaniementie 1" in html
    assert "<img" not in html.split('id="reach-title"')[1].split("</section>")[0]


def test_phone_email_and_web_pages_are_links(client, described, wednesday_morning):
    html = page(client, described.course)
    assert 'href="tel:+358401234567"' in html
    assert 'href="tel:+358407654321"' in html
    assert "(Teacher)" in html
    assert 'href="mailto:opettaja@gradia.example"' in html
    assert 'href="mailto:kurssi@gradia.example"' in html
    assert 'href="https://www.gradia.fi/en/finnish"' in html
    assert 'href="https://meet.gradia.example/finnish"' in html


def test_an_extension_is_shown_not_only_dialled(client, described, wednesday_morning):
    """Printed, or dialled by hand from another phone, the number needs its extension too."""
    Phone.objects.create(service=described.course, number="014 266 0000", extension=123)
    html = page(client, described.course)
    assert 'href="tel:+358142660000;ext=123"' in html
    assert "+358 14 2660000</a> (extension 123)" in html
    assert "(الرقم الداخلي 123)" in page(client, described.course, "ar")


def test_only_the_prices_in_force_today_are_shown(client, described, wednesday_morning):
    """An expired price would be read as today's; a price from next year not yet either."""
    for option, valid_from, valid_to in [
        ("Price of 2024", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)),
        ("Price of 2025", datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)),
        ("Price of 2026", datetime.date(2026, 1, 1), None),
    ]:
        CostOption.objects.create(
            service=described.course,
            option=T({"en": option}),
            amount=10,
            currency="EUR",
            valid_from=valid_from,
            valid_to=valid_to,
        )
    html = page(client, described.course)
    assert "Price of 2025: 10.00 EUR" in html
    assert "Price of 2024" not in html and "Price of 2026" not in html
    # In English only: on the Arabic page it says so, as a description would.
    arabic = page(client, described.course, "ar")
    assert re.search(r'Price of 2025</span> <span class="fallback-note">', arabic)


def test_the_arabic_reader_gets_the_arabic_web_page(client, described, wednesday_morning):
    assert 'href="https://www.gradia.fi/ar"' in page(client, described.course, "ar")


def test_an_english_phone_note_on_an_arabic_page_says_it_is_not_yet_translated(
    client, described, wednesday_morning
):
    html = page(client, described.course, "ar")
    note = re.search(
        r'<span class="fallback" lang="en" dir="ltr">Course office</span> (.*?)</', html
    )
    assert note and 'class="fallback-note"' in note.group(1)


def test_open_now_and_the_weeks_hours_in_a_table(client, described, wednesday_morning):
    html = page(client, described.course)
    assert "Open now" in html
    assert "until 12:00" in html
    table = html.split('<table class="hours">')[1].split("</table>")[0]
    assert re.search(r"Wednesday.*\(today\).*09:00–12:00, 13:00–15:00", table, re.S)
    assert re.search(r"Friday</th><td>closed", table)


def test_at_lunch_it_says_when_it_opens_again(client, described, monkeypatch):
    moment = datetime.datetime(2025, 4, 16, 12, 15, tzinfo=HELSINKI)
    monkeypatch.setattr("directory.hours.now", lambda: moment)
    html = page(client, described.course)
    assert "Closed now" in html
    assert "Opens today at 13:00" in html


def test_the_coming_holiday_is_listed(client, described, wednesday_morning):
    html = page(client, described.course)
    exceptions = html.split('class="exceptions"')[1].split("</ul>")[0]
    assert "Fri, Apr 18" in exceptions  # the day as English writes it; "pe 18.4." in Finnish
    assert "closed" in exceptions
    assert "Good Friday" in exceptions


def test_accessibility_of_the_premises(client, described, wednesday_morning):
    html = page(client, described.course)
    assert "Step-free entrance" in html
    assert "Hearing loop" in html
    assert "Ramp at the main door." in html


def test_the_steps_to_take_part_are_numbered(client, described, wednesday_morning):
    html = page(client, described.course)
    assert '<ol class="steps"><li>Fill in the form.</li><li>Come to a level test.</li>' in html


def test_what_the_entry_does_not_say_points_to_the_regions_advice_point(client, world):
    advice = world.employer_support
    world.region.advice_service = advice
    world.region.save()
    html = page(client, world.club)
    gaps = html.split('class="gaps notice"')[1].split("</div>")[0]
    for missing in ("how to contact the service", "where it takes place", "when it is open"):
        assert missing in gaps
    assert f'href="/en/services/{advice.pk}/"' in gaps
    assert "Ask the provider" not in html


def test_without_an_advice_point_the_provider_is_named(client, world):
    html = page(client, world.club)
    assert "The provider, City of Jyväskylä, can tell you." in html


# --- Structured data ---------------------------------------------------------------------
# The schema.org types the page uses, each with the properties schema.org defines for it
# (its own and those it inherits from Thing, Intangible, Organization, Place, StructuredValue),
# limited to what a service page could carry. Source: https://schema.org (version 29).
THING = {"@type", "@id", "@context", "name", "description", "url", "identifier", "sameAs"}
SCHEMA = {
    "Service": THING
    | {"provider", "areaServed", "availableChannel", "hoursAvailable", "audience", "offers"},
    "GovernmentService": THING
    | {"provider", "areaServed", "availableChannel", "hoursAvailable", "serviceOperator"},
    "Organization": THING | {"address", "telephone", "email"},
    "GovernmentOrganization": THING | {"address", "telephone", "email"},
    "AdministrativeArea": THING | {"geo", "address"},
    "ServiceChannel": THING
    | {
        "availableLanguage",
        "serviceLocation",
        "servicePhone",
        "serviceUrl",
        "processingTime",
        "providesService",
    },
    "Place": THING | {"address", "geo", "telephone", "openingHoursSpecification"},
    "PostalAddress": THING
    | {
        "streetAddress",
        "postalCode",
        "addressLocality",
        "addressRegion",
        "addressCountry",
        "postOfficeBoxNumber",
    },
    "GeoCoordinates": THING | {"latitude", "longitude", "elevation"},
    "ContactPoint": THING
    | {"telephone", "email", "availableLanguage", "hoursAvailable", "contactType"},
    "OpeningHoursSpecification": THING
    | {"dayOfWeek", "opens", "closes", "validFrom", "validThrough"},
}
# What each property may hold (schema.org's "values expected to be one of these types").
RANGES = {
    "provider": {"Organization", "GovernmentOrganization"},
    "areaServed": {"AdministrativeArea", "Place", "Text"},
    "availableChannel": {"ServiceChannel"},
    "hoursAvailable": {"OpeningHoursSpecification"},
    "serviceLocation": {"Place"},
    "servicePhone": {"ContactPoint"},
    "address": {"PostalAddress", "Text"},
    "geo": {"GeoCoordinates"},
}
DAYS = {
    f"https://schema.org/{day}"
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
}


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def check_node(node, path="$"):
    kind = node["@type"]
    assert kind in SCHEMA, f"{path}: {kind} is not a type the page should use"
    for name, value in node.items():
        assert name in SCHEMA[kind], f"{path}: {kind} has no property {name}"
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                assert item["@type"] in RANGES.get(name, SCHEMA), f"{path}.{name}: {item['@type']}"
                check_node(item, f"{path}.{name}")
    if kind == "OpeningHoursSpecification":
        assert re.fullmatch(r"\d\d:\d\d", node["opens"]) and re.fullmatch(
            r"\d\d:\d\d", node["closes"]
        )
        assert set(node.get("dayOfWeek", [])) <= DAYS
    if kind == "GeoCoordinates":
        assert -90 <= node["latitude"] <= 90 and -180 <= node["longitude"] <= 180


def test_every_service_page_has_valid_schema_org_data(client, described, wednesday_morning):
    data = json_ld(page(client, described.course))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Service"  # Gradia is a college, not a public body
    check_node(data)
    assert data["areaServed"]["name"] == "Jyväskylä"
    channels = data["availableChannel"]
    place = next(c for c in channels if "serviceLocation" in c)["serviceLocation"]
    assert place["address"]["streetAddress"] == "Viitaniementie 1"
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 62.2415, "longitude": 25.7594}
    phone = next(c for c in channels if "servicePhone" in c)["servicePhone"]
    assert phone == {
        "@type": "ContactPoint",
        "telephone": "+358 40 1234567",
        "availableLanguage": ["ar"],
    }
    assert {"serviceUrl": "https://meet.gradia.example/finnish"}.items() <= next(
        c for c in channels if c.get("serviceUrl", "").startswith("https://meet")
    ).items()
    hours = data["hoursAvailable"]
    assert {h["opens"] for h in hours} == {"09:00", "13:00"}
    assert "https://schema.org/Wednesday" in hours[0]["dayOfWeek"]


def test_a_city_service_is_a_government_service_even_with_nothing_to_reach(client, world):
    world.city.kind = "municipality"
    world.city.save()
    data = json_ld(page(client, world.club))
    check_node(data)
    assert data["@type"] == "GovernmentService"
    assert data["provider"]["@type"] == "GovernmentOrganization"
    assert "availableChannel" not in data
    assert "hoursAvailable" not in data


def test_text_in_the_data_cannot_close_the_script_block(client, world):
    world.club.description = T({"en": "</script><script>alert(1)</script>", "fi": "x"})
    world.club.save()
    html = page(client, world.club)
    assert "<script>alert(1)" not in html
    assert json_ld(html)["description"] == "</script><script>alert(1)</script>"
