"""Staff forms for events, feeds and the bulletin. The event form edits one language at a time,
as the service form does."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from backoffice.coordination.forms import language_choices
from backoffice.translating import SourceBeside
from directory.templatetags.translated import resolve
from directory.translation import configured_languages
from events import records
from events.models import Event


def _local_input():
    return forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class EventForm(SourceBeside, forms.Form):
    translated_names = records.TRANSLATED_FIELDS
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    start = forms.DateTimeField(label=_("Starts"), widget=_local_input())
    end = forms.DateTimeField(label=_("Ends"), widget=_local_input(), required=False)
    all_day = forms.BooleanField(label=_("All day"), required=False)
    rrule = forms.CharField(
        label=_("Repeats (iCalendar rule)"),
        required=False,
        max_length=500,
        help_text=_(
            "Empty for a single date. Every Tuesday until June: FREQ=WEEKLY;BYDAY=TU;UNTIL=20270601. "
            "First Wednesday of each month: FREQ=MONTHLY;BYDAY=1WE."
        ),
    )
    exdates = forms.CharField(
        label=_("Dates left out"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "One date a line, as YYYY-MM-DD: the days a repeating event does not take place."
        ),
    )
    status = forms.ChoiceField(label=_("Status"), choices=Event.Status.choices)
    location = forms.ChoiceField(label=_("Place"), required=False)
    online_url = forms.URLField(label=_("Online at"), required=False, assume_scheme="https")
    url = forms.URLField(label=_("Web page"), required=False, assume_scheme="https")
    is_free = forms.TypedChoiceField(
        label=_("Free of charge"),
        choices=[("", _("Not known")), ("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: {"yes": True, "no": False}.get(value),
        empty_value=None,
        required=False,
    )
    minimum_age = forms.IntegerField(label=_("Minimum age"), required=False, min_value=0)
    maximum_age = forms.IntegerField(label=_("Maximum age"), required=False, min_value=0)
    registration_url = forms.URLField(
        label=_("Registration link"), required=False, assume_scheme="https"
    )
    registration_deadline = forms.DateTimeField(
        label=_("Registration closes"), widget=_local_input(), required=False
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages used"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, language, data_value, places, **kwargs):
        self.language = language
        self.value = records.normalise(data_value)
        initial = {name: self.value[name] for name in records.PLAIN_FIELDS}
        for name in records.TIME_FIELDS:
            if initial[name]:
                initial[name] = timezone.localtime(datetime.datetime.fromisoformat(initial[name]))
        initial["exdates"] = "\n".join(
            timezone.localtime(datetime.datetime.fromisoformat(text)).date().isoformat()
            for text in self.value["exdates"]
        )
        initial["is_free"] = {True: "yes", False: "no"}.get(self.value["is_free"], "")
        initial["location"] = self.value["location"] or ""
        for name in records.TRANSLATED_FIELDS:
            initial[name] = self.value[name].get(language, "")
        kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        direction = "rtl" if get_language_info(language).get("bidi") else "ltr"
        attrs = {"lang": language, "dir": direction}
        translated = {
            name: forms.CharField(
                label=records.field_label(name),
                required=False,
                max_length=5000 if name == "description" else 300,
                widget=forms.Textarea(attrs={"rows": 5, **attrs})
                if name == "description"
                else forms.TextInput(attrs=attrs),
            )
            for name in records.TRANSLATED_FIELDS
        }
        self.fields = {**translated, **self.fields}
        self.fields["location"].choices = [("", _("No place (online, or ask the provider)"))] + [
            (str(place.pk), resolve(place.name).text or str(place.pk)) for place in places
        ]
        self.fields["languages"].choices = [
            (code, label) for code, label in language_choices() if code in configured_languages()
        ]

    def clean_exdates(self):
        days = []
        for line in self.cleaned_data.get("exdates", "").split():
            try:
                days.append(datetime.date.fromisoformat(line.strip()))
            except ValueError:
                raise forms.ValidationError(
                    _("“%(line)s” is not a date. Write one date a line as YYYY-MM-DD.")
                    % {"line": line[:20]}
                ) from None
        return days

    def clean(self):
        cleaned = super().clean()
        name = dict(self.value["name"])
        name[self.language] = cleaned.get("name", "")
        if not any(text.strip() for text in name.values()):
            self.add_error("name", _("Give the event a name in at least one language."))
        return cleaned

    def proposed(self) -> dict:
        """The whole event with this language's text replaced: other languages are kept."""
        data = dict(self.value)
        for name in records.TRANSLATED_FIELDS:
            data[name] = {**data[name], self.language: self.cleaned_data.get(name, "")}
        for name in records.PLAIN_FIELDS:
            data[name] = self.cleaned_data.get(name)
        start = self.cleaned_data["start"]
        # A left-out day means the instance that would start on it, at the series' time.
        data["exdates"] = [
            datetime.datetime.combine(day, timezone.localtime(start).time(), start.tzinfo)
            .astimezone(timezone.get_current_timezone())
            .isoformat()
            for day in self.cleaned_data.get("exdates", [])
        ]
        data["location"] = self.cleaned_data.get("location") or None
        return records.normalise(data)

    def plain_fields(self):
        return [self[name] for name in self.fields if name not in records.TRANSLATED_FIELDS]


class FeedForm(forms.Form):
    url = forms.URLField(
        label=_("Calendar address (.ics)"),
        max_length=1000,
        assume_scheme="https",
        help_text=_(
            "The calendar's export or subscription address, usually ending in .ics. Its events "
            "appear in the hub once the coordinator has approved the calendar."
        ),
    )
    language = forms.ChoiceField(label=_("Language of the calendar"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()


class AnnouncementForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(
        label=_("Text"), max_length=4000, widget=forms.Textarea(attrs={"rows": 6})
    )


class SubscriptionForm(forms.Form):
    subscribed = forms.BooleanField(label=_("Send me the weekly digest by e-mail"), required=False)
    language = forms.ChoiceField(label=_("Language of the digest"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()
