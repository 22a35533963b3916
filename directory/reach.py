"""How to reach a service, read for people: its places with directions, phones, e-mails, web
pages, opening hours and what the entry does not say. Every page that shows reach (the service
page, result cards, the navigator's path and its print) reads it here, from the records
directory.browse prefetches.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch

from directory import hours, phones
from directory.models import Address, Location, Phone, Schedule, ServiceAtLocation
from directory.translation import TranslatedText

OSM_ZOOM = 17


@dataclass(frozen=True)
class Place:
    name: TranslatedText
    kind: str  # physical, postal, virtual
    address_lines: tuple[str, ...]
    url: str
    latitude: Decimal | None
    longitude: Decimal | None
    transportation: TranslatedText
    description: TranslatedText
    features: tuple = ()
    accessibility: tuple = ()  # TranslatedText descriptions
    accessibility_urls: tuple[str, ...] = ()
    location: Location | None = None
    address: Address | None = None

    @property
    def has_coordinates(self) -> bool:
        return (
            self.latitude is not None
            and self.longitude is not None
            and abs(self.latitude) <= 90
            and abs(self.longitude) <= 180
        )

    @property
    def geo_uri(self) -> str:
        """RFC 5870: opens the phone's own map app at the place."""
        return f"geo:{_coordinate(self.latitude)},{_coordinate(self.longitude)}"

    @property
    def osm_url(self) -> str:
        lat, lon = _coordinate(self.latitude), _coordinate(self.longitude)
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map={OSM_ZOOM}/{lat}/{lon}"

    @property
    def is_online(self) -> bool:
        return self.kind == Location.LocationType.VIRTUAL


@dataclass(frozen=True)
class PhoneLine:
    number: str  # as people read it
    uri: str
    kind: str
    description: TranslatedText
    languages: tuple[str, ...] = ()
    who: str = ""  # a contact person's role or name
    extension: str = ""  # shown too: a number dialled by hand or read on paper needs it


@dataclass
class Reach:
    places: list[Place] = field(default_factory=list)
    phones: list[PhoneLine] = field(default_factory=list)
    emails: list[tuple[str, str]] = field(default_factory=list)  # (address, whose)
    web_pages: list[tuple[str, object]] = field(default_factory=list)  # (url, label)
    schedules: list = field(default_factory=list)
    status: hours.Status | None = None
    week: list[hours.DayHours] = field(default_factory=list)
    appointment_week: list[hours.DayHours] = field(default_factory=list)
    other_hours: list = field(default_factory=list)
    appointments: list = field(default_factory=list)
    exceptions: list = field(default_factory=list)
    described: list = field(default_factory=list)  # rows that say when only in words
    # The prices in force on the day: an expired one would be read as today's.
    costs: list = field(default_factory=list)

    @property
    def has_channel(self) -> bool:
        return bool(self.phones or self.emails or self.web_pages)

    @property
    def has_hours(self) -> bool:
        return bool(
            self.described or (self.status and (self.status.known or self.status.by_appointment))
        )

    @property
    def has_week(self) -> bool:
        return any(day.periods for day in self.week)

    @property
    def has_appointment_week(self) -> bool:
        return any(day.periods for day in self.appointment_week)

    @property
    def physical_places(self) -> list[Place]:
        return [place for place in self.places if not place.is_online]

    @property
    def online_places(self) -> list[Place]:
        return [place for place in self.places if place.is_online]


def _coordinate(value) -> str:
    return format(Decimal(value).normalize(), "f")


def _address_lines(address: Address) -> tuple[str, ...]:
    lines = [address.attention, address.address_1, address.address_2]
    lines.append(" ".join(part for part in (address.postal_code, address.city) if part))
    lines.append(", ".join(part for part in (address.region, address.state_province) if part))
    return tuple(line for line in lines if line)


def place_of(location: Location, description=None) -> Place:
    addresses = sorted(location.addresses.all(), key=lambda a: (a.address_type != "physical", a.pk))
    address = addresses[0] if addresses else None
    accessibility = sorted(location.accessibility.all(), key=lambda a: str(a.pk))
    features = []
    for item in accessibility:
        features += [f for f in item.feature_labels() if f not in features]
    return Place(
        name=TranslatedText(location.name),
        kind=location.location_type,
        address_lines=_address_lines(address) if address else (),
        url=location.url,
        latitude=location.latitude,
        longitude=location.longitude,
        transportation=TranslatedText(location.transportation),
        description=TranslatedText(description or location.description),
        features=tuple(features),
        accessibility=tuple(
            TranslatedText(item.description) for item in accessibility if item.description
        )
        + tuple(TranslatedText(item.details) for item in accessibility if item.details),
        accessibility_urls=tuple(item.url for item in accessibility if item.url),
        location=location,
        address=address,
    )


def _line(phone: Phone, who: str = "", languages: bool = True) -> PhoneLine:
    codes = (lang.code for lang in phone.languages.all() if lang.code) if languages else ()
    return PhoneLine(
        number=phones.international(phone.number),
        uri=phones.tel_uri(phone.number, phone.extension),
        extension=str(phone.extension or "").strip(),
        kind=phone.type,
        description=TranslatedText(phone.description),
        languages=tuple(sorted(codes)),
        who=who,
    )


def reach_of(service, moment: datetime.datetime | None = None) -> Reach:
    """The service's reach, from its prefetched details (see directory.browse.DETAILS)."""
    result = Reach()
    at_locations = list(service.service_at_locations.all())
    result.places = [place_of(sal.location, sal.description) for sal in at_locations]
    # One phone record may belong to the service and a contact person at once (as in the HSDS
    # example): it is listed once, with the person it reaches when known.
    lines: dict = {}
    for phone in service.phones.all():
        lines[phone.pk] = _line(phone)
    if service.email:
        result.emails.append((service.email, ""))
    for contact in service.contacts.all():
        who = str(contact.title) or contact.name
        if contact.email and (contact.email, "") not in result.emails:
            result.emails.append((contact.email, who))
        for phone in contact.phones.all():
            lines[phone.pk] = _line(phone, who)
    result.phones = list(lines.values())
    web_page = TranslatedText(service.web_page)
    if web_page:
        result.web_pages.append((web_page.get().text, web_page))
    if service.url and service.url not in [url for url, _label in result.web_pages]:
        result.web_pages.append((service.url, None))
    for place in result.online_places:
        if place.url and place.url not in [url for url, _label in result.web_pages]:
            result.web_pages.append((place.url, place.name))
    # The service's own phones and hours: the editor keeps them there (a place's own phones
    # and hours, which only imports bring, are not read, to keep the page to few queries).
    schedules = list(service.schedules.all())
    result.schedules = schedules
    moment = moment or hours.now()
    today = moment.astimezone(hours.zone()).date()
    result.status = hours.status(schedules, moment)
    result.week = hours.weekly(schedules, today=today)
    result.appointment_week = hours.weekly(schedules, kind="appointment", today=today)
    result.other_hours = hours.other_rows(schedules, today)
    result.appointments = hours.appointment_rows(schedules)
    result.exceptions = hours.exceptions(schedules, today)[:5]
    result.described = [
        s
        for s in schedules
        if not s.freq and not hours.is_one_off(s) and (s.kind or "open") == "open"
    ]
    result.costs = [cost for cost in service.cost_options.all() if hours.valid_on(cost, today)]
    return result


@dataclass(frozen=True)
class Essentials:
    """What a result card or a path step shows: where, a phone, open now."""

    where: str  # the first address's street and city, or ""
    online: bool
    phone: PhoneLine | None
    status: hours.Status | None

    def __bool__(self) -> bool:
        return bool(self.where or self.online or self.phone or (self.status and self.status.known))


def essentials(service, moment=None) -> Essentials:
    where, online = "", False
    for sal in service.service_at_locations.all():
        if sal.location.location_type == Location.LocationType.VIRTUAL:
            online = True
            continue
        addresses = sorted(sal.location.addresses.all(), key=lambda a: a.address_type != "physical")
        if addresses and not where:
            where = ", ".join(p for p in (addresses[0].address_1, addresses[0].city) if p)
    lines = [_line(phone, languages=False) for phone in service.phones.all()]
    schedules = list(service.schedules.all())
    status = hours.status(schedules, moment) if schedules else None
    return Essentials(where, online, lines[0] if lines else None, status)


# Prefetches that let essentials() read a whole page of services in a few queries.
ESSENTIALS_PREFETCH = (
    Prefetch(
        "service_at_locations",
        queryset=ServiceAtLocation.objects.select_related("location").prefetch_related(
            "location__addresses"
        ),
    ),
    Prefetch("phones", queryset=Phone.objects.order_by("id")),
    Prefetch("schedules", queryset=Schedule.objects.order_by("id")),
)


def steps_of(text: str) -> list[str]:
    """How to take part, as steps: one a line, any numbering the provider typed removed."""
    steps = []
    for line in (text or "").splitlines():
        line = line.strip().lstrip("-•*").strip()
        number, dot, rest = line.partition(".")
        if not dot:
            number, dot, rest = line.partition(")")
        if dot and number.isdigit():
            line = rest.strip()
        if line:
            steps.append(line)
    return steps
