"""Staff forms for the region's search: best bets, synonyms, judged queries."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from backoffice.coordination.forms import language_label
from directory.models import Service, TaxonomyTerm
from directory.translation import configured_languages
from search.models import BestBet, JudgedQuery
from search.steering import synonyms


def _language_choices(blank_label=None):
    choices = [(code, language_label(code)) for code in configured_languages()]
    return ([("", blank_label)] if blank_label else []) + choices


def _services(region):
    return (
        Service.objects.published()
        .in_region(region)
        .select_related("organization")
        .order_by("organization__name", "id")
    )


class BestBetForm(forms.ModelForm):
    class Meta:
        model = BestBet
        fields = ["term", "pattern", "pattern_language", "service", "position", "note"]

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.region = region
        self.fields["term"].queryset = TaxonomyTerm.objects.filter(taxonomy__code="need")
        self.fields["term"].required = False
        self.fields["term"].empty_label = _("— none: use words instead —")
        self.fields["pattern_language"] = forms.ChoiceField(
            label=_("Language of the words"),
            choices=_language_choices(_("Any language")),
            required=False,
        )
        self.fields["service"].queryset = _services(region)
        self.fields["position"] = forms.IntegerField(
            label=_("Order (1 leads)"), min_value=1, max_value=1000, initial=1
        )


class SynonymForm(forms.Form):
    variants = forms.CharField(
        label=_("Variants"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "One variant a line, with its language code first if it belongs to one language: "
            "“fi: kotoutumiskoulutus”, “en: integration training”. A search that uses any of "
            "them also finds what the others find."
        ),
    )

    def clean_variants(self):
        try:
            return synonyms.parse_variants(self.cleaned_data["variants"])
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from None


class JudgedQueryForm(forms.ModelForm):
    class Meta:
        model = JudgedQuery
        fields = ["text", "language", "expected"]
        widgets = {"expected": forms.CheckboxSelectMultiple}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.region = region
        self.fields["language"] = forms.ChoiceField(
            label=_("Language"), choices=_language_choices()
        )
        self.fields["expected"].queryset = _services(region)
        self.fields["expected"].help_text = _("The services that should come first, one or more.")

    def clean(self):
        cleaned = super().clean()
        text = " ".join((cleaned.get("text") or "").split())
        language = cleaned.get("language")
        duplicate = JudgedQuery.objects.filter(
            region=self.instance.region, language=language, text=text
        ).exclude(pk=self.instance.pk)
        if text and duplicate.exists():
            self.add_error("text", _("This query is already in the set in this language."))
        return cleaned
