"""PTV v11 → the directory's HSDS model, in one module: what each PTV field becomes, and who owns
each field afterwards. The table in interchange/PTV.md is written from this module; change both
together.

Everything here is pure: a PTV payload (a dict as the API returns it) goes in, plain values and
unsaved model instances come out. `interchange.ptv.sync` decides what to write.
"""

from __future__ import annotations

import datetime
import functools
import math
from dataclasses import dataclass, field
from decimal import Decimal

from directory import models as directory

# PTV writes in these; any other language of a translated field belongs to our staff.
PTV_LANGUAGES = ("fi", "sv", "en")

# --- Ownership ---------------------------------------------------------------------------------
# Fields a sync keeps in step with PTV. A local edit to one of them is kept and shown as
# diverging, with PTV's value beside it, until someone takes PTV's value or PTV agrees.
PTV_OWNED = {
    "service": (
        "name",
        "alternate_name",
        "description",
        "application_process",
        "fees_description",
        "wait_time",
        "alert",
        "url",
        "email",
        "organization_id",
    ),
    "location": (
        "name",
        "alternate_name",
        "description",
        "transportation",
        "url",
        "latitude",
        "longitude",
        "organization_id",
    ),
    "organization": ("name", "alternate_name", "description", "email", "website"),
}


def comparable(value):
    """A field's value as the sync compares and stores it: PTV's languages of translated text,
    coordinates to six decimals, ids as text."""
    if value is None or value == "":
        return None
    if isinstance(value, dict) or hasattr(value, "as_dict"):
        values = value if isinstance(value, dict) else value.as_dict()
        kept = {k: values[k] for k in PTV_LANGUAGES if values.get(k)}
        return kept or None
    if isinstance(value, (Decimal, float)):
        return f"{Decimal(value):.6f}"
    return str(value)


def merged(local, ptv: dict) -> dict:
    """PTV's fi/sv/en text with our staff's translations into other languages kept."""
    values = local.as_dict() if hasattr(local, "as_dict") else dict(local or {})
    kept = {k: v for k, v in values.items() if k not in PTV_LANGUAGES}
    return {**kept, **ptv}


# Filled from PTV when the record is created, then our staff's alone: a sync never writes them.
SEEDED = {
    "service": ("eligibility_description", "languages", "publication_status"),
    "organization": ("kind", "parent_organization_id"),
}

# Never written by a sync (documented in interchange/PTV.md; listed here so code can check).
STAFF_OWNED = {
    "service": (
        "aims (taxonomy aim)",
        "challenges (taxonomy challenge)",
        "target groups (taxonomy target-group)",
        "needs (taxonomy need)",
        "eligibility_description",
        "finnish_level",
        "integration_plan_required",
        "funding_type",
        "funding_ends",
        "languages of the service",
        "translations into languages other than fi, sv and en",
        "publication_status",
        "program, minimum_age, maximum_age, assured_date, assurer_email, accreditations, licences",
    ),
}

# The vocabularies PTV classifies services with, kept apart from the MILEstone taxonomies.
TAXONOMIES = {
    "ptv-service-class": {
        "fi": "PTV-palveluluokka",
        "sv": "PTV-tjänsteklass",
        "en": "PTV service class",
    },
    "ptv-ontology-term": {
        "fi": "PTV-ontologiakäsite",
        "sv": "PTV-ontologibegrepp",
        "en": "PTV ontology term",
    },
    "ptv-target-group": {"fi": "PTV-kohderyhmä", "sv": "PTV-målgrupp", "en": "PTV target group"},
    "ptv-life-event": {"fi": "PTV-elämätilanne", "sv": "PTV-livssituation", "en": "PTV life event"},
}
_TERM_LISTS = {
    "serviceClasses": "ptv-service-class",
    "ontologyTerms": "ptv-ontology-term",
    "targetGroups": "ptv-target-group",
    "lifeEvents": "ptv-life-event",
}

WITHDRAWN_STATUSES = {"Deleted", "Withdrawn", "Archived", "OldPublished"}

LOCATION_CHANNEL = "ServiceLocation"
CONTACT_CHANNELS = {"Phone", "EChannel", "WebPage", "PrintableForm"}

# Fixed wording PTV leaves to the reader: content in PTV's three languages, not interface text.
FREE_OF_CHARGE = {"fi": "Maksuton.", "sv": "Avgiftsfri.", "en": "Free of charge."}
CHARGEABLE = {"fi": "Maksullinen.", "sv": "Avgiftsbelagd.", "en": "Subject to a charge."}
CLOSED = {"fi": "Suljettu", "sv": "Stängt", "en": "Closed"}
ALWAYS_OPEN = {"fi": "Aina avoinna", "sv": "Alltid öppet", "en": "Always open"}
NATIONWIDE = {"fi": "Koko Suomi", "sv": "Hela Finland", "en": "All of Finland"}
NATIONWIDE_EXCEPT_ALAND = {
    "fi": "Koko Suomi paitsi Ahvenanmaa",
    "sv": "Hela Finland utom Åland",
    "en": "All of Finland except Åland",
}

ORGANIZATION_KINDS = {
    "Municipality": directory.Organization.Kind.MUNICIPALITY,
    "State": directory.Organization.Kind.NATIONAL,
    "Organization": directory.Organization.Kind.NGO,
    "Company": directory.Organization.Kind.BUSINESS,
    "SotePublic": directory.Organization.Kind.WELLBEING,
    "SotePrivate": directory.Organization.Kind.BUSINESS,
    "Region": directory.Organization.Kind.WELLBEING,
    "WellbeingServiceCounty": directory.Organization.Kind.WELLBEING,
}

DAYS = {
    "Monday": "MO",
    "Tuesday": "TU",
    "Wednesday": "WE",
    "Thursday": "TH",
    "Friday": "FR",
    "Saturday": "SA",
    "Sunday": "SU",
}
_WEEK = list(DAYS.values())

# HSDS phone types for PTV's.
PHONE_TYPES = {"Phone": "voice", "Sms": "text", "Fax": "fax"}


# --- Small readers -----------------------------------------------------------------------------
def text(items, kind: str | None = None) -> dict[str, str]:
    """PTV's localized list ([{language, value, type}]) as {language: value} in fi/sv/en."""
    values = {}
    for item in items or []:
        if kind is not None and item.get("type") != kind:
            continue
        language, value = item.get("language"), (item.get("value") or "").strip()
        if language in PTV_LANGUAGES and value and language not in values:
            values[language] = value
    return values


def first_text(items) -> str:
    """One value for a field that is not translated: Finnish first, then Swedish, English."""
    values = text(items)
    for language in PTV_LANGUAGES:
        if language in values:
            return values[language]
    return ""


def _joined(*parts: dict[str, str]) -> dict[str, str]:
    """Paragraphs per language, without repeating a paragraph the previous one already holds."""
    values: dict[str, str] = {}
    for part in parts:
        for language, value in part.items():
            earlier = values.get(language, "")
            if not earlier:
                values[language] = value
            elif value not in earlier:
                values[language] = f"{earlier}\n\n{value}"
    return values


def _date(value) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _time(value) -> datetime.time | None:
    if not value:
        return None
    try:
        return datetime.time.fromisoformat(str(value)[:8])
    except ValueError:
        return None


def _url(value) -> str:
    value = (value or "").strip()
    return value[:500] if value.startswith(("http://", "https://")) else ""


def _phone_number(item) -> str:
    number = f"{item.get('prefixNumber') or ''}{item.get('number') or ''}".replace(" ", "")
    return number[:50]


# --- Coordinates -------------------------------------------------------------------------------
@functools.cache
def _from_tm35fin():
    from pyproj import Transformer

    # always_xy: (easting, northing) in, (longitude, latitude) out, whatever the axis order
    # the EPSG definitions declare.
    return Transformer.from_crs("EPSG:3067", "EPSG:4326", always_xy=True)


def wgs84(latitude, longitude) -> tuple[Decimal, Decimal] | None:
    """PTV names a point's northing "latitude" and its easting "longitude" even when they are
    ETRS-TM35FIN (EPSG:3067) metres, as the v11 API gives them; degrees pass through."""
    try:
        north, east = float(latitude), float(longitude)
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(north) and math.isfinite(east)) or (north == 0 and east == 0):
        return None
    if abs(north) <= 90 and abs(east) <= 180:
        lat, lon = north, east
    else:
        lon, lat = _from_tm35fin().transform(east, north)
        if not (math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180):
            return None
    return Decimal(f"{lat:.6f}"), Decimal(f"{lon:.6f}")


# --- Service hours → HSDS schedules ---------------------------------------------------------
def _days(day_from: str | None, day_to: str | None) -> str:
    start = DAYS.get(day_from or "")
    if not start:
        return ""
    end = DAYS.get(day_to or "")
    if not end or end == start:
        return start
    i, j = _WEEK.index(start), _WEEK.index(end)
    span = _WEEK[i : j + 1] if i <= j else _WEEK[i:] + _WEEK[: j + 1]
    return ",".join(span)


def schedules(service_hours) -> list[dict]:
    """PTV's service hours as HSDS 3.0 schedule rows (field values of directory.Schedule).

    - DaysOfTheWeek: one weekly row per opening (`freq` WEEKLY, `byday` MO or MO,TU,WE for a
      dayFrom–dayTo range), `opens_at`/`closes_at`, valid_from/valid_to when PTV limits them.
    - OverMidnight: a weekly row on the day it opens; `closes_at` before `opens_at` means the
      next morning.
    - Exceptional: a dated row (`dtstart`, `valid_from`, `valid_to`, no `freq`); closed days
      carry no times and "Closed" in `notes`.
    - isAlwaysOpen: every day 00:00–23:59 with "Always open" in `notes`.
    PTV's additional information goes into `description`."""
    rows = []
    for hour in service_hours or []:
        kind = hour.get("serviceHourType") or "DaysOfTheWeek"
        exceptional = kind in {"Exceptional", "Exception"}
        base = {
            "valid_from": _date(hour.get("validFrom")),
            "valid_to": _date(hour.get("validTo")),
            "description": text(hour.get("additionalInformation")),
        }
        if exceptional:
            base["dtstart"] = base["valid_from"]
        if hour.get("isClosed"):
            rows.append({**base, "notes": dict(CLOSED)})
            continue
        if hour.get("isAlwaysOpen"):
            rows.append(
                {
                    **base,
                    "freq": "WEEKLY",
                    "byday": ",".join(_WEEK),
                    "opens_at": datetime.time(0, 0),
                    "closes_at": datetime.time(23, 59),
                    "notes": dict(ALWAYS_OPEN),
                }
            )
            continue
        openings = hour.get("openingHour") or []
        if not openings and exceptional:
            rows.append(base)
        for opening in openings:
            over_midnight = kind in {"OverMidnight", "Special"}
            day_to = None if over_midnight else opening.get("dayTo")
            byday = "" if exceptional else _days(opening.get("dayFrom"), day_to)
            rows.append(
                {
                    **base,
                    "freq": "WEEKLY" if byday else "",
                    "byday": byday,
                    "opens_at": _time(opening.get("from")),
                    "closes_at": _time(opening.get("to")),
                }
            )
    return rows


# --- Mapped records ----------------------------------------------------------------------------
@dataclass
class Mapped:
    """One PTV entity as field values of its directory record and its child rows (unsaved
    instances without their owner, which the sync sets)."""

    ptv_id: str
    fields: dict
    children: dict[str, list] = field(default_factory=dict)
    seeded: dict = field(default_factory=dict)
    withdrawn: bool = False
    organization_ptv_id: str = ""
    terms: list = field(default_factory=list)
    connections: list = field(default_factory=list)


def organization(payload: dict) -> Mapped:
    emails = [e.get("value") for e in payload.get("emails") or [] if e.get("value")]
    web_pages = [_url(w.get("url")) for w in payload.get("webPages") or []]
    fields = {
        "name": text(payload.get("organizationNames"), "Name"),
        "alternate_name": text(payload.get("organizationNames"), "AlternativeName"),
        "description": _joined(
            text(payload.get("organizationDescriptions"), "Summary"),
            text(payload.get("organizationDescriptions"), "Description"),
        ),
        "email": (emails[0] if emails else "")[:254],
        "website": next((w for w in web_pages if w), ""),
    }
    identifiers = []
    if payload.get("businessCode"):
        identifiers.append(
            directory.OrganizationIdentifier(
                identifier_scheme="FI-Y",
                identifier_type="Business ID",
                identifier=payload["businessCode"][:200],
            )
        )
    if payload.get("oid"):
        identifiers.append(
            directory.OrganizationIdentifier(
                identifier_scheme="OID", identifier_type="OID", identifier=payload["oid"][:200]
            )
        )
    phones = [
        directory.Phone(
            number=_phone_number(item),
            type=PHONE_TYPES.get(item.get("type") or "Phone", "voice"),
            description=_phone_description(item),
        )
        for item in payload.get("phoneNumbers") or []
        if _phone_number(item)
    ]
    return Mapped(
        ptv_id=payload["id"],
        fields=fields,
        children={"identifiers": identifiers, "phones": phones},
        seeded={
            "kind": ORGANIZATION_KINDS.get(
                payload.get("organizationType") or "", directory.Organization.Kind.OTHER
            ),
            "parent_ptv_id": payload.get("parentOrganizationId") or "",
        },
        withdrawn=payload.get("publishingStatus") in WITHDRAWN_STATUSES,
    )


def _phone_description(item) -> dict[str, str]:
    info = (item.get("additionalInformation") or "").strip()
    language = item.get("language")
    return {language: info} if info and language in PTV_LANGUAGES else {}


def _phones(items) -> list:
    phones = []
    for item in items or []:
        number = _phone_number(item)
        if not number:
            continue
        phones.append(
            directory.Phone(
                number=number,
                type=PHONE_TYPES.get(item.get("type") or "Phone", "voice"),
                description=_phone_description(item),
            )
        )
    return phones


def _accessibility(addresses) -> list:
    rows = []
    for address in addresses or []:
        for entrance in address.get("entrances") or []:
            for group in entrance.get("accessibilitySentences") or []:
                details: dict[str, list[str]] = {}
                for sentence in group.get("sentences") or []:
                    for language, value in text(sentence.get("sentence")).items():
                        details.setdefault(language, []).append(value)
                rows.append(
                    directory.Accessibility(
                        description=text(group.get("sentenceGroup")),
                        details={k: "\n".join(v) for k, v in details.items()},
                    )
                )
    return rows


def _address(address) -> directory.Address | None:
    sub_type = address.get("subType") or "Street"
    kind = (
        directory.Address.AddressType.POSTAL
        if address.get("type") == "Postal"
        else directory.Address.AddressType.PHYSICAL
    )
    if sub_type == "PostOfficeBox":
        box = address.get("postOfficeBoxAddress") or {}
        line = first_text(box.get("postOfficeBox"))
        part = box
    elif sub_type == "Abroad":
        line = first_text(address.get("locationAbroad"))
        part = {}
    else:
        part = address.get("streetAddress") or address.get("otherAddress") or {}
        street = first_text(part.get("street"))
        line = f"{street} {part.get('streetNumber') or ''}".strip()
    if not line:
        return None
    municipality = part.get("municipality") or {}
    city = first_text(part.get("postOffice")) or first_text(municipality.get("name"))
    return directory.Address(
        address_1=line[:300],
        city=city.title()[:200] if city.isupper() else city[:200],
        postal_code=(part.get("postalCode") or "")[:20],
        country=(address.get("country") or "FI")[:2].upper(),
        address_type=kind,
    )


def location_channel(payload: dict) -> Mapped:
    """A ServiceLocation channel → Location with addresses, accessibility, hours, phones,
    e-mails and languages."""
    addresses = payload.get("addresses") or []
    point = None
    directions: dict[str, str] = {}
    for address in addresses:
        street = address.get("streetAddress") or address.get("otherAddress") or {}
        if point is None and address.get("type", "Location") == "Location":
            point = wgs84(street.get("latitude"), street.get("longitude"))
        directions = _joined(directions, text(street.get("additionalInformation")))
    web_pages = [_url(w.get("url")) for w in payload.get("webPages") or []]
    languages = [c for c in payload.get("languages") or [] if c]
    fields = {
        "name": text(payload.get("serviceChannelNames"), "Name"),
        "alternate_name": text(payload.get("serviceChannelNames"), "AlternativeName"),
        "description": _joined(
            text(payload.get("serviceChannelDescriptions"), "Summary"),
            text(payload.get("serviceChannelDescriptions"), "Description"),
        ),
        "transportation": directions,
        "url": next((w for w in web_pages if w), ""),
        "latitude": point[0] if point else None,
        "longitude": point[1] if point else None,
    }
    emails = []
    for item in payload.get("emails") or payload.get("supportEmails") or []:
        value = (item.get("value") or "").strip()
        if value and value not in emails:
            emails.append(value)
    return Mapped(
        ptv_id=payload["id"],
        fields=fields,
        children={
            "addresses": [a for a in (_address(a) for a in addresses) if a],
            "accessibility": _accessibility(addresses),
            "schedules": [
                directory.Schedule(**row) for row in schedules(payload.get("serviceHours"))
            ],
            "phones": _phones(payload.get("phoneNumbers")),
            "contacts": [directory.Contact(email=e[:254]) for e in emails],
            "languages": [directory.Language(code=code) for code in languages],
        },
        withdrawn=payload.get("publishingStatus") in WITHDRAWN_STATUSES,
        organization_ptv_id=payload.get("organizationId") or "",
    )


@dataclass(frozen=True)
class ContactChannel:
    """A phone, e-service, web page or form channel: no record of its own; it gives the services
    it is connected to their phones, web address and e-mail."""

    ptv_id: str
    kind: str
    phones: tuple = ()  # (number, HSDS type, {language: note})
    urls: tuple = ()
    emails: tuple = ()


def contact_channel(payload: dict) -> ContactChannel:
    name = text(payload.get("serviceChannelNames"), "Name")
    phones = []
    for item in (payload.get("phoneNumbers") or []) + (payload.get("supportPhones") or []):
        number = _phone_number(item)
        if number:
            note = _phone_description(item) or name
            phones.append((number, PHONE_TYPES.get(item.get("type") or "Phone", "voice"), note))
    urls = [_url(w.get("url")) for w in payload.get("webPages") or []]
    urls += [_url(u.get("value")) for u in payload.get("channelUrls") or []]
    emails = [(e.get("value") or "").strip() for e in payload.get("supportEmails") or []]
    return ContactChannel(
        ptv_id=payload["id"],
        kind=payload.get("serviceChannelType") or "",
        phones=tuple(phones),
        urls=tuple(dict.fromkeys(u for u in urls if u)),
        emails=tuple(dict.fromkeys(e[:254] for e in emails if e)),
    )


def responsible_organization(payload: dict) -> str:
    """The organization a service belongs to: PTV's responsible one, else the first named."""
    roles = [
        r for r in payload.get("organizations") or [] if (r.get("organization") or {}).get("id")
    ]
    for role in roles:
        if role.get("roleType") == "Responsible":
            return role["organization"]["id"]
    return roles[0]["organization"]["id"] if roles else ""


def organization_ids(payload: dict) -> set[str]:
    ids = {(r.get("organization") or {}).get("id") for r in payload.get("organizations") or []}
    return {i for i in ids if i}


def connections(payload: dict) -> list[dict]:
    """The service's channel connections ([] when PTV says null)."""
    return [
        c for c in payload.get("serviceChannels") or [] if (c.get("serviceChannel") or {}).get("id")
    ]


def _areas(payload: dict) -> list:
    area_type = payload.get("areaType")
    if area_type == "Nationwide":
        return [directory.ServiceArea(name=dict(NATIONWIDE))]
    if area_type == "NationwideExceptAlandIslands":
        return [directory.ServiceArea(name=dict(NATIONWIDE_EXCEPT_ALAND))]
    areas = []
    for area in payload.get("areas") or []:
        municipalities = area.get("municipalities") or []
        if municipalities:
            areas += [directory.ServiceArea(name=text(m.get("name"))) for m in municipalities]
        elif text(area.get("name")):
            areas.append(directory.ServiceArea(name=text(area.get("name"))))
    return areas


def terms(payload: dict) -> list[tuple[str, str, dict, str]]:
    """(taxonomy code, term code, {language: name}, URI) for every classification."""
    found = []
    for key, taxonomy in _TERM_LISTS.items():
        for item in payload.get(key) or []:
            uri = (item.get("uri") or "").strip()
            code = (item.get("code") or uri).strip()[:200]
            if code:
                found.append((taxonomy, code, text(item.get("name")), uri[:500]))
    return found


def service(payload: dict, channels: dict[str, ContactChannel]) -> Mapped:
    """A service, with what its connected phone, e-service and web page channels give it."""
    descriptions = payload.get("serviceDescriptions") or []
    charge = payload.get("serviceChargeType")
    fees = text(descriptions, "ChargeTypeAdditionalInfo")
    if not fees and charge in {"FreeOfCharge", "Free"}:
        fees = dict(FREE_OF_CHARGE)
    elif not fees and charge in {"Chargeable", "Charged"}:
        fees = dict(CHARGEABLE)
    connected = [
        channels[c["serviceChannel"]["id"]]
        for c in connections(payload)
        if c["serviceChannel"]["id"] in channels
    ]
    # The service's own web address: where one acts (an e-service) before where one reads.
    ordered = sorted(connected, key=lambda c: c.kind != "EChannel")
    urls = [u for c in ordered for u in c.urls]
    emails = [e for c in ordered for e in c.emails]
    phones = []
    for channel in connected:
        for number, kind, note in channel.phones:
            phones.append(directory.Phone(number=number, type=kind, description=note))
    fields = {
        "name": text(payload.get("serviceNames"), "Name"),
        "alternate_name": text(payload.get("serviceNames"), "AlternativeName"),
        "description": _joined(text(descriptions, "Summary"), text(descriptions, "Description")),
        "application_process": text(descriptions, "UserInstruction"),
        "fees_description": fees,
        "wait_time": text(descriptions, "ProcessingTime"),
        "alert": text(descriptions, "DeadLine"),
        "url": urls[0] if urls else "",
        "email": emails[0] if emails else "",
    }
    for key in ("name", "alternate_name"):
        fields[key] = {k: v[:300] for k, v in fields[key].items()}
    requirements = _joined(*({i["language"]: i["value"]} for i in _plain(payload, "requirements")))
    return Mapped(
        ptv_id=payload["id"],
        fields=fields,
        children={"service_areas": _areas(payload), "phones": phones},
        seeded={
            "eligibility_description": requirements,
            "languages": [c for c in payload.get("languages") or [] if c],
        },
        withdrawn=payload.get("publishingStatus") in WITHDRAWN_STATUSES,
        organization_ptv_id=responsible_organization(payload),
        terms=terms(payload),
        connections=connections(payload),
    )


def _plain(payload, key):
    return [
        i
        for i in payload.get(key) or []
        if i.get("language") in PTV_LANGUAGES and (i.get("value") or "").strip()
    ]


def connection_extras(connection: dict) -> tuple[dict, list]:
    """A connection's own description and hours → the service_at_location's."""
    rows = [directory.Schedule(**row) for row in schedules(connection.get("serviceHours"))]
    return text(connection.get("description")), rows
