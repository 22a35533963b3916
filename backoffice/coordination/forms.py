"""Staff forms. The service form edits one language at a time, so a provider can keep an entry
in any of the product's languages without facing a hundred inputs."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from backoffice.translating import SourceBeside
from coordination import records
from coordination.models import Role
from directory.models import AGE_MAX, Organization, Service
from directory.translation import configured_languages


def language_label(code: str) -> str:
    try:
        info = get_language_info(code)
    except KeyError:
        return code
    return f"{info['name_local']} ({code})"


class ServiceForm(SourceBeside, forms.Form):
    translated_names = records.TRANSLATED_FIELDS
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    url = forms.URLField(label=_("Web address"), required=False, assume_scheme="https")
    email = forms.EmailField(label=_("E-mail"), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=Service.Status.choices)
    finnish_level = forms.ChoiceField(
        label=_("Finnish needed"),
        choices=[("", _("Not known"))] + list(Service.FinnishLevel.choices),
        required=False,
    )
    funding_type = forms.ChoiceField(label=_("Funding"), choices=Service.FundingType.choices)
    funding_ends = forms.DateField(
        label=_("Project funding ends"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    # Ages a person can have; beyond them the database's own limit would be the message.
    minimum_age = forms.IntegerField(
        label=_("Minimum age"), required=False, min_value=0, max_value=AGE_MAX
    )
    maximum_age = forms.IntegerField(
        label=_("Maximum age"), required=False, min_value=0, max_value=AGE_MAX
    )
    integration_plan_required = forms.BooleanField(
        label=_("Participants need an integration plan"), required=False
    )
    cost = forms.ChoiceField(
        label=_("Cost"),
        choices=[("", _("Not known"))] + list(Service.Cost.choices),
        required=False,
    )
    interpretation = forms.ChoiceField(
        label=_("Interpretation"),
        choices=[("", _("Not known"))] + list(Service.Interpretation.choices),
        required=False,
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages the service is offered in"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, language, data_value, terms, **kwargs):
        self.language = language
        self.value = records.normalise(data_value)
        initial = {name: self.value[name] for name in records.PLAIN_FIELDS}
        initial["languages"] = self.value["languages"]
        for name in records.TRANSLATED_FIELDS:
            initial[name] = self.value[name].get(language, "")
        for code in records.TERM_TAXONOMIES:
            initial[f"terms_{code}"] = self.value["terms"][code]
        kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        direction = "rtl" if get_language_info(language).get("bidi") else "ltr"
        translated = {}
        for name in records.TRANSLATED_FIELDS:
            multiline = Service._meta.get_field(name).multiline
            widget = (
                forms.Textarea(attrs={"rows": 4, "lang": language, "dir": direction})
                if multiline
                else forms.TextInput(attrs={"lang": language, "dir": direction})
            )
            translated[name] = forms.CharField(
                label=records.field_label(name),
                required=False,
                widget=widget,
                max_length=5000 if multiline else 300,
            )
        translated["application_process"].help_text = _(
            "One step per line; the public page numbers them."
        )
        translated["web_page"].help_text = _(
            "The service's page in this language, if it has one; starts with https://."
        )
        # Translated text first: it is what providers change most.
        self.fields = {**translated, **self.fields}
        self.fields["languages"].choices = [
            (code, language_label(code)) for code in configured_languages()
        ] + [
            (code, language_label(code))
            for code in self.value["languages"]
            if code not in configured_languages()
        ]
        for code, choices in terms.items():
            self.fields[f"terms_{code}"] = forms.MultipleChoiceField(
                label=records.field_label(f"terms:{code}"),
                choices=choices,
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )

    def clean_web_page(self):
        page = self.cleaned_data["web_page"].strip()
        problem = records.reach.url_problem(page)
        if problem:
            raise forms.ValidationError(problem)
        return page

    def clean(self):
        cleaned = super().clean()
        name = dict(self.value["name"])
        name[self.language] = cleaned.get("name", "")
        if not any(text.strip() for text in name.values()):
            self.add_error("name", _("Give the service a name in at least one language."))
        return cleaned

    def proposed(self) -> dict:
        """The whole record with this language's text replaced: other languages are kept."""
        data = dict(self.value)
        for name in records.TRANSLATED_FIELDS:
            texts = dict(data[name])
            texts[self.language] = self.cleaned_data.get(name, "")
            data[name] = texts
        for name in records.PLAIN_FIELDS:
            value = self.cleaned_data.get(name)
            data[name] = value.isoformat() if name == "funding_ends" and value else value
        data["languages"] = self.cleaned_data.get("languages", [])
        data["terms"] = {
            code: self.cleaned_data.get(f"terms_{code}", []) for code in records.TERM_TAXONOMIES
        }
        return records.normalise(data)

    def plain_fields(self):
        return [self[name] for name in records.PLAIN_FIELDS]

    def term_fields(self):
        return [
            self[f"terms_{code}"]
            for code in records.TERM_TAXONOMIES
            if f"terms_{code}" in self.fields
        ]


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=_("What should the editor change?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )


class PublishForm(forms.Form):
    comment = forms.CharField(
        label=_("Note to the editor (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )


class LoginForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput)


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    organization = forms.ModelChoiceField(
        label=_("Organization (for provider editors)"),
        queryset=Organization.objects.none(),
        required=False,
    )

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = Organization.objects.filter(region=region)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("role") == Role.EDITOR and not cleaned.get("organization"):
            self.add_error("organization", _("A provider editor needs an organization."))
        return cleaned


class SignUpForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput)

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        # The account model's own rule (letters, digits and @.+-_), as the admin applies it.
        for validate in get_user_model()._meta.get_field("username").validators:
            validate(username)
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This username is taken; choose another."))
        return username

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password"):
            try:
                validate_password(
                    cleaned["password"], get_user_model()(username=cleaned.get("username", ""))
                )
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned


def language_choices():
    return [(code, language_label(code)) for code, _name in settings.LANGUAGES]
