"""How to reach a service — its places, phones, contact people, opening hours and cost options —
as part of the service's plain value (see coordination.records).

Each key holds a list of entries, one per HSDS record, with the record's id, so that a draft,
the review's comparison, publication and restore all see the same thing. Translated parts are
``{language: text}`` objects, dates ISO strings, times "HH:MM". ``apply`` is the only writer:
it creates, updates and deletes the service's own rows to match the value. Places are shared
(an organization's location may serve several services and events), so removing a place from
a service removes only the link.
"""

from __future__ import annotations

import datetime
import uuid
from decimal import Decimal, InvalidOperation

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from directory import hours, phones
from directory.models import (
    Accessibility,
    Address,
    Contact,
    CostOption,
    Language,
    Location,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
)
from directory.translation import TranslatedText, language_name

KEYS = ("locations", "phones", "contacts", "schedules", "cost_options")

LOCATION_TEXT = ("name", "description", "transportation")
ADDRESS_FIELDS = (
    "address_type",
    "attention",
    "address_1",
    "address_2",
    "postal_code",
    "city",
    "region",
    "state_province",
    "country",
)
SCHEDULE_PLAIN = (
    "kind",
    "freq",
    "interval",
    "byday",
    "bymonthday",
    "byweekno",
    "byyearday",
    "wkst",
    "count",
    "until",
    "dtstart",
    "valid_from",
    "valid_to",
    "opens_at",
    "closes_at",
    "attending_type",
    "schedule_link",
)
SCHEDULE_TEXT = ("description", "notes")
SCHEDULE_DATES = ("until", "dtstart", "valid_from", "valid_to")
SCHEDULE_NUMBERS = ("interval", "count")
SCHEDULE_TIMES = ("opens_at", "closes_at")


# --- reading -------------------------------------------------------------------------------
def _text(value) -> dict:
    return TranslatedText(value).as_dict()


def _iso(value):
    if value is None:
        return None
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _decimal(value):
    return None if value is None else format(value.normalize(), "f")


def _key(record) -> str:
    return str(record.pk)


def snapshot(service: Service) -> dict:
    """The service's reach as the value stores it (empty lists for an unsaved service)."""
    if not service.pk:
        return {key: [] for key in KEYS}
    at_locations = (
        ServiceAtLocation.objects.filter(service=service)
        .select_related("location")
        .prefetch_related("location__addresses", "location__accessibility")
        .order_by("id")
    )
    links = {sal.pk: sal.location_id for sal in at_locations}
    service_phones = Phone.objects.filter(service=service).prefetch_related("languages")
    return {
        "locations": sorted((_location(sal) for sal in at_locations), key=lambda e: e["id"]),
        "phones": [_phone(phone, links) for phone in service_phones.order_by("id")],
        "contacts": [
            _contact(contact)
            for contact in Contact.objects.filter(service=service)
            .prefetch_related("phones")
            .order_by("id")
        ],
        "schedules": [
            _schedule(schedule, links)
            for schedule in Schedule.objects.filter(service=service).order_by("id")
        ],
        "cost_options": [
            {
                "id": _key(cost),
                "option": _text(cost.option),
                "amount": _decimal(cost.amount),
                "currency": cost.currency,
                "amount_description": _text(cost.amount_description),
                "valid_from": _iso(cost.valid_from),
                "valid_to": _iso(cost.valid_to),
            }
            for cost in CostOption.objects.filter(service=service).order_by("id")
        ],
    }


def _location(sal) -> dict:
    location = sal.location
    return {
        "id": _key(location),
        "location_type": location.location_type,
        **{name: _text(getattr(location, name)) for name in LOCATION_TEXT},
        "url": location.url,
        "latitude": _decimal(location.latitude),
        "longitude": _decimal(location.longitude),
        "addresses": [
            {"id": _key(address), **{name: getattr(address, name) for name in ADDRESS_FIELDS}}
            for address in sorted(location.addresses.all(), key=_key)
        ],
        "accessibility": [
            {
                "id": _key(item),
                "description": _text(item.description),
                "details": _text(item.details),
                "url": item.url,
                "features": item.feature_codes(),
            }
            for item in sorted(location.accessibility.all(), key=_key)
        ],
    }


def _phone(phone, links) -> dict:
    return {
        "id": _key(phone),
        "number": phone.number,
        "extension": phone.extension,
        "type": phone.type,
        "description": _text(phone.description),
        "languages": sorted(lang.code for lang in phone.languages.all() if lang.code),
        "location": str(links.get(phone.service_at_location_id, "") or ""),
    }


def _contact(contact) -> dict:
    first = sorted(contact.phones.all(), key=_key)[:1]
    return {
        "id": _key(contact),
        "name": contact.name,
        "title": _text(contact.title),
        "department": _text(contact.department),
        "email": contact.email,
        "phone_id": _key(first[0]) if first else "",
        "phone": first[0].number if first else "",
    }


def _schedule(schedule, links) -> dict:
    entry = {"id": _key(schedule)}
    for name in SCHEDULE_PLAIN:
        entry[name] = _iso(getattr(schedule, name))
    for name in SCHEDULE_TEXT:
        entry[name] = _text(getattr(schedule, name))
    entry["location"] = str(links.get(schedule.service_at_location_id, "") or "")
    return entry


# --- normalising ---------------------------------------------------------------------------
def _str(value) -> str:
    return "" if value is None else str(value).strip()


def _opt(value):
    text = _str(value)
    return text or None


def _int(value):
    text = _str(value)
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return text  # left for validate() to explain


def _entry_id(entry) -> str:
    return _str(entry.get("id")) or str(uuid.uuid4())


def _number(value):
    """A decimal as the shortest text ("62.250000" and "62.25" are one value)."""
    text = _opt(value)
    if text is None:
        return None
    try:
        return format(Decimal(text).normalize(), "f")
    except InvalidOperation:
        return text  # left for validate() to explain


def _by_id(entries):
    return sorted(entries, key=lambda entry: entry["id"])


def normalise(data: dict) -> dict:
    """Every key present, every entry with all its fields, so that two values compare."""
    result = {}
    result["locations"] = [
        {
            "id": _entry_id(e),
            "location_type": _str(e.get("location_type")) or "physical",
            **{name: _text(e.get(name)) for name in LOCATION_TEXT},
            "url": _str(e.get("url")),
            "latitude": _number(e.get("latitude")),
            "longitude": _number(e.get("longitude")),
            "addresses": [
                {
                    "id": _entry_id(a),
                    **{name: _str(a.get(name)) for name in ADDRESS_FIELDS},
                }
                for a in e.get("addresses") or []
            ],
            "accessibility": [
                {
                    "id": _entry_id(a),
                    "description": _text(a.get("description")),
                    "details": _text(a.get("details")),
                    "url": _str(a.get("url")),
                    "features": sorted({_str(code) for code in a.get("features") or []} - {""}),
                }
                for a in e.get("accessibility") or []
            ],
        }
        for e in data.get("locations") or []
    ]
    result["phones"] = [
        {
            "id": _entry_id(e),
            "number": _str(e.get("number")),
            "extension": _int(e.get("extension")),
            "type": _str(e.get("type")),
            "description": _text(e.get("description")),
            "languages": sorted({_str(code) for code in e.get("languages") or []} - {""}),
            "location": _str(e.get("location")),
        }
        for e in data.get("phones") or []
    ]
    result["contacts"] = [
        {
            "id": _entry_id(e),
            "name": _str(e.get("name")),
            "title": _text(e.get("title")),
            "department": _text(e.get("department")),
            "email": _str(e.get("email")),
            "phone_id": _str(e.get("phone_id")),
            "phone": _str(e.get("phone")),
        }
        for e in data.get("contacts") or []
    ]
    schedules = []
    for e in data.get("schedules") or []:
        entry = {"id": _entry_id(e)}
        for name in SCHEDULE_PLAIN:
            if name in SCHEDULE_NUMBERS:
                entry[name] = _int(e.get(name))
            elif name in SCHEDULE_DATES or name in SCHEDULE_TIMES:
                entry[name] = _opt(e.get(name))
            else:
                entry[name] = _str(e.get(name))
        entry["kind"] = entry["kind"] or str(Schedule.Kind.OPEN.value)
        for name in ("freq", "byday", "wkst"):
            entry[name] = entry[name].upper() if entry[name] else entry[name]
        for name in SCHEDULE_TIMES:
            # "09:00:00" and "09:00" are the same time.
            if entry[name] and len(entry[name]) == 8 and entry[name].endswith(":00"):
                entry[name] = entry[name][:5]
        for name in SCHEDULE_TEXT:
            entry[name] = _text(e.get(name))
        entry["location"] = _str(e.get("location"))
        schedules.append(entry)
    result["schedules"] = schedules
    result["cost_options"] = [
        {
            "id": _entry_id(e),
            "option": _text(e.get("option")),
            "amount": _number(e.get("amount")),
            "currency": _str(e.get("currency")).upper(),
            "amount_description": _text(e.get("amount_description")),
            "valid_from": _opt(e.get("valid_from")),
            "valid_to": _opt(e.get("valid_to")),
        }
        for e in data.get("cost_options") or []
    ]
    for key in KEYS:
        result[key] = _by_id(result[key])
    for entry in result["locations"]:
        entry["addresses"] = _by_id(entry["addresses"])
        entry["accessibility"] = _by_id(entry["accessibility"])
    return result


# --- checking ------------------------------------------------------------------------------
def phone_problem(number: str) -> str | None:
    """Why a phone number cannot be used, in the reader's language; None when it can."""
    if not number:
        return _("Write the phone number.")
    if not phones.is_valid(number):
        return _(
            "“%(number)s” is not a phone number we can dial. Write it with the area code, "
            "e.g. 014 266 0000, or in international form, e.g. +358 14 266 0000."
        ) % {"number": number}
    return None


def url_problem(url: str) -> str | None:
    if not url:
        return None
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return _(
            "“%(url)s” is not a web address. Write the whole address, starting with https://."
        ) % {"url": url}
    return None


def email_problem(email: str) -> str | None:
    if not email:
        return None
    try:
        EmailValidator()(email)
    except ValidationError:
        return _("“%(email)s” is not an e-mail address; write it as name@example.fi.") % {
            "email": email
        }
    return None


def hours_problem(opens, closes, *, past_midnight: bool = True) -> str | None:
    """Opening times must come in pairs; closing at the opening time means nothing. A closing
    time before the opening time is a night opening, unless the editor said otherwise."""
    if (opens is None) != (closes is None):
        return _("Give both the opening and the closing time, or neither.")
    if opens is None:
        return None
    if opens == closes:
        return _("The closing time is the same as the opening time. Correct one of them.")
    if closes < opens and not past_midnight:
        return _(
            "The closing time is before the opening time. Correct the times, or tick "
            "“Closes after midnight” if the service stays open into the night."
        )
    return None


def _time(value):
    if value in (None, ""):
        return None
    return datetime.time.fromisoformat(str(value))


def _date(value):
    if value in (None, ""):
        return None
    return datetime.date.fromisoformat(str(value))


def validate(data: dict):
    """Raise ValidationError (keyed by the value's key) when the reach would not make valid
    records."""
    data = normalise(data)
    errors = {}

    def add(key, message):
        errors.setdefault(key, []).append(message)

    location_ids = {e["id"] for e in data["locations"]}
    for entry in data["locations"]:
        if entry["location_type"] not in Location.LocationType.values:
            add("locations", _("Unknown kind of place: %s") % entry["location_type"])
        problem = url_problem(entry["url"])
        if problem:
            add("locations", problem)
        if entry["location_type"] == Location.LocationType.VIRTUAL and not entry["url"]:
            add("locations", _("An online place needs its web address."))
        for name, limit in (("latitude", 90), ("longitude", 180)):
            if entry[name] is None:
                continue
            try:
                number = Decimal(entry[name])
            except InvalidOperation:
                number = None
            if number is None or abs(number) > limit:
                add(
                    "locations",
                    _("The %(name)s must be a number from -%(limit)d to %(limit)d.")
                    % {
                        "name": _("latitude") if name == "latitude" else _("longitude"),
                        "limit": limit,
                    },
                )
        if (entry["latitude"] is None) != (entry["longitude"] is None):
            add("locations", _("Give both the latitude and the longitude, or neither."))
        for address in entry["addresses"]:
            if not (address["address_1"] and address["city"] and address["postal_code"]):
                add(
                    "locations",
                    _("An address needs the street address, the postal code and the city."),
                )
            if address["country"] and len(address["country"]) != 2:
                add("locations", _("Write the country as a two-letter code, e.g. FI."))
        for item in entry["accessibility"]:
            unknown = set(item["features"]) - set(Accessibility.Feature.values)
            if unknown:
                add("locations", _("Unknown accessibility features: %s") % ", ".join(unknown))
            problem = url_problem(item["url"])
            if problem:
                add("locations", problem)
    for entry in data["phones"]:
        problem = phone_problem(entry["number"])
        if problem:
            add("phones", problem)
        if entry["type"] and entry["type"] not in phones.TYPES:
            add("phones", _("Unknown kind of phone line: %s") % entry["type"])
        if entry["extension"] is not None and not isinstance(entry["extension"], int):
            add("phones", _("The extension must be a whole number."))
        if entry["location"] and entry["location"] not in location_ids:
            add("phones", _("The phone's place is not one of the service's places."))
    for entry in data["contacts"]:
        problem = email_problem(entry["email"])
        if problem:
            add("contacts", problem)
        if entry["phone"]:
            problem = phone_problem(entry["phone"])
            if problem:
                add("contacts", problem)
    for entry in data["schedules"]:
        try:
            opens, closes = _time(entry["opens_at"]), _time(entry["closes_at"])
            for name in SCHEDULE_DATES:
                _date(entry[name])
        except ValueError:
            add("schedules", _("Write times as 09:00 and dates as 2025-04-02."))
            continue
        problem = hours_problem(opens, closes)
        if problem:
            add("schedules", problem)
        if entry["kind"] not in Schedule.Kind.values:
            add("schedules", _("Unknown kind of opening hours: %s") % entry["kind"])
        names = ("freq", "byday", "bymonthday", "byweekno", "byyearday")
        if hours.recurrence_problem(Schedule(**{name: entry[name] for name in names})):
            add("schedules", _("The repetition of these opening hours cannot be read."))
        if not entry["freq"] and not (entry["dtstart"] or entry["valid_from"]):
            add("schedules", _("Choose the weekdays, or the date these hours are for."))
        valid_from, valid_to = _date(entry["valid_from"]), _date(entry["valid_to"])
        if valid_from and valid_to and valid_to < valid_from:
            add("schedules", _("The last day is before the first day. Correct the dates."))
        for name in SCHEDULE_NUMBERS:
            if entry[name] is not None and not isinstance(entry[name], int):
                add("schedules", _("Write the number as a whole number."))
        problem = url_problem(entry["schedule_link"] or "")
        if problem:
            add("schedules", problem)
        if entry["location"] and entry["location"] not in location_ids:
            add("schedules", _("These opening hours name a place the service is not at."))
    for entry in data["cost_options"]:
        if entry["amount"] is not None:
            try:
                amount = Decimal(entry["amount"])
            except InvalidOperation:
                amount = None
            if amount is None or amount < 0:
                add("cost_options", _("Write the amount as a number, e.g. 12.50."))
        if entry["currency"] and len(entry["currency"]) != 3:
            add("cost_options", _("Write the currency as a three-letter code, e.g. EUR."))
    if errors:
        raise ValidationError(errors)


# --- writing -------------------------------------------------------------------------------
def apply(service: Service, data: dict):
    """Make the service's reach records match the value (validated; in the caller's
    transaction)."""
    data = normalise(data)
    links = _apply_locations(service, data["locations"])
    _apply_phones(service, data["phones"], links)
    _apply_contacts(service, data["contacts"])
    _apply_schedules(service, data["schedules"], links)
    _apply_costs(service, data["cost_options"])


def _sync(queryset, wanted_ids):
    queryset.exclude(pk__in=[uuid.UUID(pk) for pk in wanted_ids]).delete()


def _apply_locations(service, entries) -> dict[str, ServiceAtLocation]:
    links = {}
    wanted_links = []
    for entry in entries:
        location = Location.objects.filter(pk=entry["id"]).first() or Location(
            id=uuid.UUID(entry["id"]), organization=service.organization
        )
        location.location_type = entry["location_type"]
        for name in LOCATION_TEXT:
            setattr(location, name, TranslatedText(entry[name]))
        location.url = entry["url"]
        location.latitude = Decimal(entry["latitude"]) if entry["latitude"] else None
        location.longitude = Decimal(entry["longitude"]) if entry["longitude"] else None
        location.save()
        sal = ServiceAtLocation.objects.filter(service=service, location=location).first()
        if sal is None:
            sal = ServiceAtLocation.objects.create(service=service, location=location)
        wanted_links.append(str(sal.pk))
        links[entry["id"]] = sal
        _sync(Address.objects.filter(location=location), [a["id"] for a in entry["addresses"]])
        for item in entry["addresses"]:
            Address.objects.update_or_create(
                id=uuid.UUID(item["id"]),
                defaults={"location": location, **{n: item[n] for n in ADDRESS_FIELDS}},
            )
        _sync(
            Accessibility.objects.filter(location=location),
            [a["id"] for a in entry["accessibility"]],
        )
        for item in entry["accessibility"]:
            Accessibility.objects.update_or_create(
                id=uuid.UUID(item["id"]),
                defaults={
                    "location": location,
                    "description": TranslatedText(item["description"]),
                    "details": TranslatedText(item["details"]),
                    "url": item["url"],
                    "features": ",".join(item["features"]),
                },
            )
    # Removing a place from the service removes the link only: the place may serve others.
    _sync(ServiceAtLocation.objects.filter(service=service), wanted_links)
    return links


def _link(links, location_id):
    sal = links.get(location_id) if location_id else None
    return sal


def _apply_phones(service, entries, links):
    _sync(Phone.objects.filter(service=service), [e["id"] for e in entries])
    for entry in entries:
        phone, _created = Phone.objects.update_or_create(
            id=uuid.UUID(entry["id"]),
            defaults={
                "service": service,
                "number": entry["number"],
                "extension": entry["extension"],
                "type": entry["type"],
                "description": TranslatedText(entry["description"]),
                "service_at_location": _link(links, entry["location"]),
            },
        )
        phone.languages.exclude(code__in=entry["languages"]).delete()
        have = set(phone.languages.values_list("code", flat=True))
        for code in entry["languages"]:
            if code not in have:
                Language.objects.create(phone=phone, code=code, name=language_name(code))


def _apply_contacts(service, entries):
    _sync(Contact.objects.filter(service=service), [e["id"] for e in entries])
    for entry in entries:
        contact, _created = Contact.objects.update_or_create(
            id=uuid.UUID(entry["id"]),
            defaults={
                "service": service,
                "name": entry["name"],
                "title": TranslatedText(entry["title"]),
                "department": TranslatedText(entry["department"]),
                "email": entry["email"],
            },
        )
        phone_id = entry["phone_id"]
        if entry["phone"]:
            Phone.objects.update_or_create(
                id=uuid.UUID(phone_id) if phone_id else uuid.uuid4(),
                defaults={"contact": contact, "number": entry["phone"]},
            )
        elif phone_id:
            Phone.objects.filter(pk=phone_id, contact=contact).delete()


def _apply_schedules(service, entries, links):
    _sync(Schedule.objects.filter(service=service), [e["id"] for e in entries])
    for entry in entries:
        values = {}
        for name in SCHEDULE_PLAIN:
            value = entry[name]
            if name in SCHEDULE_DATES:
                value = _date(value)
            elif name in SCHEDULE_TIMES:
                value = _time(value)
            elif name not in SCHEDULE_NUMBERS:
                value = value or ""
            values[name] = value
        for name in SCHEDULE_TEXT:
            values[name] = TranslatedText(entry[name])
        values["service_at_location"] = _link(links, entry["location"])
        Schedule.objects.update_or_create(
            id=uuid.UUID(entry["id"]), defaults={"service": service, **values}
        )


def _apply_costs(service, entries):
    _sync(CostOption.objects.filter(service=service), [e["id"] for e in entries])
    for entry in entries:
        CostOption.objects.update_or_create(
            id=uuid.UUID(entry["id"]),
            defaults={
                "service": service,
                "option": TranslatedText(entry["option"]),
                "amount": Decimal(entry["amount"]) if entry["amount"] else None,
                "currency": entry["currency"],
                "amount_description": TranslatedText(entry["amount_description"]),
                "valid_from": _date(entry["valid_from"]),
                "valid_to": _date(entry["valid_to"]),
            },
        )


# --- describing, for the review and the history ---------------------------------------------
# Which model names the fields of each kind of entry (its verbose names are the reviewer's words).
ENTRY_MODELS = {
    "locations": Location,
    "addresses": Address,
    "accessibility": Accessibility,
    "phones": Phone,
    "contacts": Contact,
    "schedules": Schedule,
    "cost_options": CostOption,
}


def _label(key: str, name: str) -> str:
    if name == "location":
        return capfirst(Location._meta.verbose_name)
    if name == "languages":
        return _("Languages offered")
    model = ENTRY_MODELS.get(key)
    try:
        return capfirst(model._meta.get_field(name).verbose_name)
    except (AttributeError, FieldDoesNotExist):
        return capfirst(name.replace("_", " "))


def readable(model, name: str, value) -> str:
    """A plain value of `model`'s field as the reviewer reads it: a choice by its label, yes or
    no, not its code. The review of a service's own fields and of its reach entries both ask."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    try:
        choices = dict(model._meta.get_field(name).flatchoices)
    except (AttributeError, FieldDoesNotExist):
        choices = {}
    return str(choices.get(value, value))


def _words(value: dict) -> str:
    return " / ".join(f"{language_name(code)}: {text}" for code, text in value.items())


def describe(key: str, entries: list[dict], places: dict[str, str] | None = None) -> str:
    """One line per entry, every field that has a value, each under its label: what a reviewer
    compares. `places` names the locations that phones and hours point to by id."""
    places = places or {}
    lines = []
    for entry in entries:
        parts = []
        for name, value in entry.items():
            if name in ("id", "phone_id") or value in (None, "", [], {}):
                continue
            label = _label(key, name)
            if name == "location":
                parts.append(f"{label}: {places.get(value) or value}")
            elif isinstance(value, dict):
                parts.append(f"{label}: {_words(value)}")
            elif isinstance(value, list) and value and isinstance(value[0], dict):
                parts += [f"{label}: {describe(name, [item])}" for item in value]
            elif name == "languages":
                parts.append(f"{label}: {', '.join(language_name(code) for code in value)}")
            elif key == "schedules" and name == "freq":
                parts.append(f"{label}: {hours.frequency_name(value)}")
            elif key == "schedules" and name == "byday":
                parts.append(f"{label}: {hours.day_names(value)}")
            elif isinstance(value, list):
                parts.append(f"{label}: {', '.join(value)}")
            else:
                parts.append(f"{label}: {readable(ENTRY_MODELS.get(key), name, value)}")
        lines.append("; ".join(parts))
    return "\n".join(lines)


def place_names(*values: dict) -> dict[str, str]:
    """Each location's id → its name in the reader's language (or a fallback), from the values
    being compared."""
    names = {}
    for value in values:
        for entry in value.get("locations", []):
            names.setdefault(entry["id"], str(TranslatedText(entry.get("name") or {})))
    return names
