"""schema.org JSON-LD for a service page, so that search engines and assistants can answer
"where, when and how" from the page itself.

A public body's service is a GovernmentService (its provider a GovernmentOrganization); others
are a Service. Channels are ServiceChannels (a place, a phone line, a web page); the opening
hours are OpeningHoursSpecifications.
"""

from __future__ import annotations

import json

from directory.hours import WEEKDAYS
from directory.models import Organization
from directory.templatetags.translated import resolve

PUBLIC_BODIES = {
    Organization.Kind.MUNICIPALITY,
    Organization.Kind.EMPLOYMENT,
    Organization.Kind.WELLBEING,
    Organization.Kind.NATIONAL,
}
DAY_NAMES = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}


def _text(value) -> str:
    return resolve(value).text


def _place(place) -> dict:
    node = {"@type": "Place"}
    if _text(place.name):
        node["name"] = _text(place.name)
    if place.address:
        address = {"@type": "PostalAddress", "streetAddress": place.address.address_1}
        if place.address.postal_code:
            address["postalCode"] = place.address.postal_code
        if place.address.city:
            address["addressLocality"] = place.address.city
        if place.address.region:
            address["addressRegion"] = place.address.region
        if place.address.country:
            address["addressCountry"] = place.address.country
        node["address"] = address
    if place.has_coordinates:
        node["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }
    if place.url:
        node["url"] = place.url
    return node


def _hours(schedule) -> list[dict]:
    if schedule.opens_at is None or schedule.closes_at is None:
        return []
    node = {
        "@type": "OpeningHoursSpecification",
        "opens": schedule.opens_at.strftime("%H:%M"),
        "closes": schedule.closes_at.strftime("%H:%M"),
    }
    codes = [c.strip().upper() for c in (schedule.byday or "").split(",") if c.strip()]
    if schedule.freq:
        days = [DAY_NAMES[c] for c in codes if c in WEEKDAYS] or (
            list(DAY_NAMES.values()) if schedule.freq.upper() == "DAILY" else []
        )
        if not days:
            return []
        node["dayOfWeek"] = [f"https://schema.org/{day}" for day in days]
    if schedule.valid_from or schedule.dtstart:
        node["validFrom"] = (schedule.valid_from or schedule.dtstart).isoformat()
    if schedule.valid_to:
        node["validThrough"] = schedule.valid_to.isoformat()
    elif not schedule.freq and node.get("validFrom"):
        node["validThrough"] = node["validFrom"]
    return [node]


def service_json_ld(service, reach, url: str, languages: list[str]) -> dict:
    organization = service.organization
    public = organization.kind in PUBLIC_BODIES
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService" if public else "Service",
        "@id": url,
        "url": url,
        "name": _text(service.name),
        "provider": {
            "@type": "GovernmentOrganization" if public else "Organization",
            "name": _text(organization.name),
        },
        "areaServed": {
            "@type": "AdministrativeArea",
            "name": _text(organization.region.name),
        },
    }
    if _text(service.description):
        data["description"] = _text(service.description)
    channels = []
    for place in reach.places:
        channel = {"@type": "ServiceChannel", "name": _text(place.name) or _text(service.name)}
        if place.is_online and place.url:
            channel["serviceUrl"] = place.url
        else:
            channel["serviceLocation"] = _place(place)
        if languages:
            channel["availableLanguage"] = languages
        channels.append(channel)
    for line in reach.phones:
        point = {"@type": "ContactPoint", "telephone": line.number}
        if line.languages:
            point["availableLanguage"] = list(line.languages)
        channels.append(
            {"@type": "ServiceChannel", "name": line.who or line.number, "servicePhone": point}
        )
    for page, _label in reach.web_pages:
        channels.append({"@type": "ServiceChannel", "name": page, "serviceUrl": page})
    if channels:
        data["availableChannel"] = channels
    opening = [
        node
        for schedule in reach.schedules
        if (schedule.kind or "open") == "open"
        for node in _hours(schedule)
    ]
    if opening:
        data["hoursAvailable"] = opening
    return data


def script(data: dict) -> str:
    """The JSON for a <script type="application/ld+json"> block, safe inside HTML."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # "</script>" or "<!--" in the text must not end the block.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
