"""The provider's editor for how to reach a service: places, phones, contact people, opening
hours and prices, one language at a time (like the rest of the service form).

Each part is a formset over the entries of one key of the service's value (coordination.reach).
An entry the editor did not touch is kept exactly as it was, so fields the form does not show
(an imported schedule's week numbers, a second address) survive every save. The rules are the
domain's (coordination.reach); these forms only put the messages next to the right input.
"""

from __future__ import annotations

import datetime
import uuid
from decimal import Decimal

from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from coordination import reach
from directory import hours, phones
from directory.models import Accessibility, Location, Schedule
from directory.translation import configured_languages

WEEKDAY_CHOICES = list(zip(hours.WEEKDAYS, hours.WEEKDAY_NAMES, strict=True))
PHONE_TYPES = [
    ("voice", _("Voice")),
    ("cell", _("Mobile")),
    ("text", _("Text messages")),
    ("video", _("Video call")),
    ("textphone", _("Textphone")),
    ("fax", _("Fax")),
    ("pager", _("Pager")),
]


def _language_choices():
    from backoffice.coordination.forms import language_label

    return [(code, language_label(code)) for code in configured_languages()]


class _EntryForm(forms.Form):
    """One entry of a list: its id travels hidden; translated inputs edit one language."""

    TRANSLATED: tuple[str, ...] = ()
    id = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, language, entries, location_choices=(), **kwargs):
        self.language = language
        self.entries = entries
        super().__init__(*args, **kwargs)
        direction = "rtl" if get_language_info(language).get("bidi") else "ltr"
        for name in self.TRANSLATED:
            self.fields[name].widget.attrs.update(lang=language, dir=direction)
        if "location" in self.fields:
            self.fields["location"].choices = [
                ("", _("All the service's places")),
                *location_choices,
            ]

    def original(self) -> dict:
        key = (self.cleaned_data.get("id") or "").strip()
        return dict(self.entries.get(key, {}))

    def entry(self) -> dict:
        """The entry with this form's changes: the original where the form changed nothing."""
        data = self.original()
        if data and not self.has_changed():
            return data
        data.setdefault("id", str(uuid.uuid4()))
        for name in self.TRANSLATED:
            texts = dict(data.get(name) or {})
            texts[self.language] = self.cleaned_data.get(name, "")
            data[name] = texts
        self.fill(data)
        return data

    def fill(self, data: dict):
        raise NotImplementedError

    @staticmethod
    def initial_for(entry: dict, language: str) -> dict:
        raise NotImplementedError


def _time(text):
    return datetime.time.fromisoformat(text) if text else None


def _date(text):
    return datetime.date.fromisoformat(text) if text else None


def _number(text):
    return Decimal(text) if text not in (None, "") else None


def _check(form, name, problem):
    if problem:
        form.add_error(name, problem)


class LocationForm(_EntryForm):
    TRANSLATED = ("name", "transportation", "accessibility_description")
    # Initial values are what a browser sends for an untouched new row, so it stays unchanged.
    location_type = forms.ChoiceField(
        label=_("Kind of place"), choices=Location.LocationType.choices, initial="physical"
    )
    name = forms.CharField(label=_("Name of the place"), required=False, max_length=300)
    address_1 = forms.CharField(label=_("Street address"), required=False, max_length=300)
    postal_code = forms.CharField(label=_("Postal code"), required=False, max_length=20)
    city = forms.CharField(label=_("City"), required=False, max_length=200)
    country = forms.CharField(label=_("Country code"), required=False, max_length=2, initial="FI")
    url = forms.CharField(label=_("Web address (for an online place)"), required=False)
    latitude = forms.DecimalField(
        label=_("Latitude"),
        required=False,
        max_digits=9,
        decimal_places=6,
        min_value=-90,
        max_value=90,
    )
    longitude = forms.DecimalField(
        label=_("Longitude"),
        required=False,
        max_digits=9,
        decimal_places=6,
        min_value=-180,
        max_value=180,
    )
    transportation = forms.CharField(
        label=_("How to get there"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    features = forms.MultipleChoiceField(
        label=_("Accessibility of the premises"),
        choices=Accessibility.Feature.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    accessibility_description = forms.CharField(
        label=_("Accessibility, in words"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_url(self):
        url = self.cleaned_data["url"].strip()
        _check(self, "url", reach.url_problem(url))
        return url

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("DELETE"):
            return cleaned
        if (
            cleaned.get("location_type") == Location.LocationType.VIRTUAL
            and not cleaned.get("url")
            and "url" not in self.errors
        ):
            self.add_error("url", _("An online place needs its web address."))
        address = [cleaned.get(n) for n in ("address_1", "postal_code", "city")]
        if any(address) and not all(address):
            self.add_error(
                "address_1",
                _("An address needs the street address, the postal code and the city."),
            )
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            self.add_error("longitude", _("Give both the latitude and the longitude, or neither."))
        return cleaned

    @staticmethod
    def initial_for(entry, language):
        address = (entry.get("addresses") or [{}])[0]
        access = (entry.get("accessibility") or [{}])[0]
        return {
            "id": entry["id"],
            "location_type": entry.get("location_type"),
            "name": (entry.get("name") or {}).get(language, ""),
            "transportation": (entry.get("transportation") or {}).get(language, ""),
            "url": entry.get("url", ""),
            "latitude": _number(entry.get("latitude")),
            "longitude": _number(entry.get("longitude")),
            "address_1": address.get("address_1", ""),
            "postal_code": address.get("postal_code", ""),
            "city": address.get("city", ""),
            "country": address.get("country", "") or "FI",
            "features": access.get("features", []),
            "accessibility_description": (access.get("description") or {}).get(language, ""),
        }

    def fill(self, data):
        c = self.cleaned_data
        data["location_type"] = c["location_type"]
        data["url"] = c.get("url", "")
        for name in ("latitude", "longitude"):
            data[name] = None if c.get(name) is None else format(c[name].normalize(), "f")
        addresses = list(data.get("addresses") or [])
        if c.get("address_1"):
            first = dict(addresses[0]) if addresses else {"id": str(uuid.uuid4())}
            first.update(
                address_1=c["address_1"],
                postal_code=c["postal_code"],
                city=c["city"],
                country=(c.get("country") or "FI").upper(),
            )
            first.setdefault("address_type", data["location_type"])
            addresses[:1] = [first]
        else:
            addresses = addresses[1:]
        data["addresses"] = addresses
        access = list(data.get("accessibility") or [])
        described = data.pop("accessibility_description", {})
        if c.get("features") or any(described.values()) or access:
            first = dict(access[0]) if access else {"id": str(uuid.uuid4())}
            first["features"] = c.get("features", [])
            texts = dict(first.get("description") or {})
            texts[self.language] = c.get("accessibility_description", "")
            first["description"] = texts
            access[:1] = [first]
        data["accessibility"] = access


class PhoneForm(_EntryForm):
    TRANSLATED = ("description",)
    number = forms.CharField(label=_("Phone number"), required=False, max_length=50)
    extension = forms.IntegerField(label=_("Extension"), required=False, min_value=0)
    type = forms.ChoiceField(label=_("Kind of line"), choices=PHONE_TYPES, initial="voice")
    description = forms.CharField(
        label=_("When to call and what for"), required=False, max_length=500
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken on this line"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    location = forms.ChoiceField(label=_("Place"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = _language_choices()

    def clean_number(self):
        number = self.cleaned_data["number"].strip()
        if number or self.has_changed():
            _check(self, "number", reach.phone_problem(number))
        return number

    @staticmethod
    def initial_for(entry, language):
        return {
            "id": entry["id"],
            "number": entry.get("number", ""),
            "extension": entry.get("extension"),
            "type": entry.get("type") or "voice",
            "description": (entry.get("description") or {}).get(language, ""),
            "languages": entry.get("languages", []),
            "location": entry.get("location", ""),
        }

    def fill(self, data):
        c = self.cleaned_data
        data.update(
            number=phones.international(c["number"]),
            extension=c.get("extension"),
            type=c["type"],
            languages=c.get("languages", []),
            location=c.get("location", ""),
        )


class ContactForm(_EntryForm):
    TRANSLATED = ("title",)
    title = forms.CharField(label=_("Role, e.g. counsellor"), required=False, max_length=300)
    name = forms.CharField(label=_("Name (optional)"), required=False, max_length=200)
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone number"), required=False, max_length=50)

    def clean_phone(self):
        number = self.cleaned_data["phone"].strip()
        if number:
            _check(self, "phone", reach.phone_problem(number))
        return number

    @staticmethod
    def initial_for(entry, language):
        return {
            "id": entry["id"],
            "title": (entry.get("title") or {}).get(language, ""),
            "name": entry.get("name", ""),
            "email": entry.get("email", ""),
            "phone": entry.get("phone", ""),
        }

    def fill(self, data):
        c = self.cleaned_data
        phone = c.get("phone", "")
        data.update(
            name=c.get("name", ""),
            email=c.get("email", ""),
            phone=phones.international(phone) if phone else "",
        )


class ScheduleForm(_EntryForm):
    TRANSLATED = ("description",)
    kind = forms.ChoiceField(
        label=_("These hours are"), choices=Schedule.Kind.choices, initial="open"
    )
    weekdays = forms.MultipleChoiceField(
        label=_("Every week on"),
        choices=WEEKDAY_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    opens_at = forms.TimeField(
        label=_("Opens at"), required=False, widget=forms.TimeInput(attrs={"type": "time"})
    )
    closes_at = forms.TimeField(
        label=_("Closes at"), required=False, widget=forms.TimeInput(attrs={"type": "time"})
    )
    past_midnight = forms.BooleanField(label=_("Closes after midnight"), required=False)
    valid_from = forms.DateField(
        label=_("From (or on) date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    valid_to = forms.DateField(
        label=_("Until date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    location = forms.ChoiceField(label=_("Place"), required=False)
    description = forms.CharField(
        label=_("Note, e.g. “closed on public holidays”"), required=False, max_length=500
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("DELETE") or not self.has_changed():
            return cleaned
        opens, closes = cleaned.get("opens_at"), cleaned.get("closes_at")
        problem = reach.hours_problem(
            opens, closes, past_midnight=bool(cleaned.get("past_midnight"))
        )
        _check(self, "closes_at", problem)
        if not cleaned.get("weekdays") and not cleaned.get("valid_from"):
            original = self.original()
            if not (original.get("freq") and not original.get("byday")):
                self.add_error(
                    "weekdays", _("Choose the weekdays, or the date these hours are for.")
                )
        first, last = cleaned.get("valid_from"), cleaned.get("valid_to")
        if first and last and last < first:
            self.add_error(
                "valid_to", _("The last day is before the first day. Correct the dates.")
            )
        return cleaned

    @staticmethod
    def initial_for(entry, language):
        codes = hours.split_codes(entry.get("byday") or "")
        return {
            "id": entry["id"],
            "kind": entry.get("kind") or "open",
            "weekdays": [code for code in codes if code in hours.WEEKDAYS],
            "opens_at": _time(entry.get("opens_at")),
            "closes_at": _time(entry.get("closes_at")),
            "past_midnight": bool(
                entry.get("opens_at")
                and entry.get("closes_at")
                and entry["closes_at"] < entry["opens_at"]
            ),
            "valid_from": _date(entry.get("valid_from") or entry.get("dtstart")),
            "valid_to": _date(entry.get("valid_to")),
            "location": entry.get("location", ""),
            "description": (entry.get("description") or {}).get(language, ""),
        }

    def fill(self, data):
        c = self.cleaned_data
        weekdays = [code for code, _label in WEEKDAY_CHOICES if code in c.get("weekdays", [])]
        original_freq = data.get("freq")
        if weekdays:
            data["freq"] = original_freq or "WEEKLY"
            data["byday"] = ",".join(weekdays)
        elif not (original_freq and not data.get("byday")):
            # No weekdays: the hours are for the dates given (a holiday, a closure).
            data["freq"] = None
            data["byday"] = None
            data["dtstart"] = None
        for name in ("opens_at", "closes_at"):
            data[name] = c[name].strftime("%H:%M") if c.get(name) else None
        for name in ("valid_from", "valid_to"):
            data[name] = c[name].isoformat() if c.get(name) else None
        data["kind"] = c["kind"]
        data["location"] = c.get("location", "")


class CostForm(_EntryForm):
    TRANSLATED = ("option", "amount_description")
    option = forms.CharField(label=_("Who or what the price is for"), required=False)
    amount = forms.DecimalField(
        label=_("Amount"), required=False, min_value=0, max_digits=12, decimal_places=2
    )
    currency = forms.CharField(label=_("Currency"), required=False, max_length=3, initial="EUR")
    amount_description = forms.CharField(
        label=_("About the price, e.g. “per month”"), required=False
    )

    @staticmethod
    def initial_for(entry, language):
        return {
            "id": entry["id"],
            "option": (entry.get("option") or {}).get(language, ""),
            "amount": _number(entry.get("amount")),
            "currency": entry.get("currency") or "EUR",
            "amount_description": (entry.get("amount_description") or {}).get(language, ""),
        }

    def fill(self, data):
        c = self.cleaned_data
        amount = c.get("amount")
        data["amount"] = None if amount is None else format(amount.normalize(), "f")
        data["currency"] = (c.get("currency") or "").upper()


PARTS = (
    ("locations", LocationForm, _("Places"), _("Place")),
    ("phones", PhoneForm, _("Phones"), _("Phone")),
    ("contacts", ContactForm, _("Contact people"), _("Contact")),
    ("schedules", ScheduleForm, _("Opening hours and exceptions"), _("Opening hours")),
    ("cost_options", CostForm, _("Prices"), _("Price")),
)


class ReachEditor:
    """The five formsets of the reach part of a service's value."""

    def __init__(self, data, *, language, value):
        value = reach.normalise(value)
        locations = [
            (
                entry["id"],
                str(
                    entry["name"].get(language)
                    or next(iter(entry["name"].values()), "")
                    or entry["url"]
                    or entry["id"][:8]
                ),
            )
            for entry in value["locations"]
        ]
        self.parts = []
        self.kept = {}
        for key, form_class, title, item in PARTS:
            formset_class = forms.formset_factory(form_class, extra=1, can_delete=True)
            entries = {entry["id"]: entry for entry in value[key]}
            submitted = data
            if data is not None and f"{key}-TOTAL_FORMS" not in data:
                # A form that did not include this part (an older page) leaves it as it was.
                self.kept[key] = value[key]
                submitted = None
            formset = formset_class(
                submitted,
                prefix=key,
                initial=[form_class.initial_for(entry, language) for entry in value[key]],
                form_kwargs={
                    "language": language,
                    "entries": entries,
                    "location_choices": locations,
                },
            )
            for form in formset.forms:
                if "DELETE" in form.fields:
                    form.fields["DELETE"].label = _("Remove")
            self.parts.append((key, formset, title, item))

    def is_valid(self) -> bool:
        # Every part is checked, so that all problems are shown at once.
        results = [f.is_valid() for key, f, _t, _i in self.parts if key not in self.kept]
        return all(results)

    def proposed(self) -> dict:
        result = dict(self.kept)
        for key, formset, _title, _item in self.parts:
            if key in self.kept:
                continue
            entries = []
            for form in formset.forms:
                if not form.has_changed() and not form.original():
                    continue  # an empty new row left empty
                if form.cleaned_data.get("DELETE"):
                    continue
                entries.append(form.entry())
            result[key] = entries
        return result

    def error_list(self) -> list[tuple[str, str, str]]:
        """(input id, label, message) for every problem, for the summary at the top."""
        found = []
        for key, formset, title, _item in self.parts:
            if key in self.kept or not formset.is_bound:
                continue
            for message in formset.non_form_errors():
                found.append((f"part-{key}", str(title), message))
            for form in formset.forms:
                for name, messages in form.errors.items():
                    if name == "__all__":
                        found += [(f"part-{key}", str(title), m) for m in messages]
                        continue
                    field = form[name]
                    # A group of checkboxes has no one input: point at its first box.
                    anchor = field.id_for_label or f"{field.auto_id}_0"
                    found += [(anchor, f"{title}: {field.label}", m) for m in messages]
        return found

    def attach(self, key: str, messages: list[str]):
        """Errors the domain found for a whole part, shown above that part."""
        for part_key, formset, _title, _item in self.parts:
            if part_key == key:
                formset._non_form_errors = formset.error_class(
                    list(formset.non_form_errors()) + list(messages)
                )
                return True
        return False
