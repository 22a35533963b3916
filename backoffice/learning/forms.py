from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import Region, Service, TaxonomyTerm
from learning import models

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class Sectioned:
    """A long form laid out as people fill it: headed sections of fields, in order."""

    section_fields: tuple = ()

    def sections(self):
        return [
            (heading, [self[name] for name in names if name in self.fields])
            for heading, names in self.section_fields
        ]


def _terms(taxonomy):
    return TaxonomyTerm.objects.filter(taxonomy__code=taxonomy)


class SwotRowForm(forms.ModelForm):
    """One item of the SWOT analysis, as a row of its quadrant on the SWOT page."""

    class Meta:
        model = models.SwotItem
        fields = ["text", "evidence", "evidence_url", "challenges", "services"]
        widgets = {
            "challenges": forms.CheckboxSelectMultiple,
            "services": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["challenges"].queryset = _terms("challenge")
        self.fields["services"].queryset = Service.objects.in_region(region).order_by("name")
        self.fields["services"].required = False


class SwotItemForm(SwotRowForm):
    class Meta(SwotRowForm.Meta):
        fields = [
            "quadrant",
            "text",
            "position",
            "challenges",
            "services",
            "evidence",
            "evidence_url",
        ]
        widgets = {
            "challenges": forms.CheckboxSelectMultiple,
            "services": forms.CheckboxSelectMultiple,
        }


class _SwotRows(forms.BaseModelFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields["DELETE"].label = _("Remove this item")


SwotRows = forms.modelformset_factory(
    models.SwotItem, form=SwotRowForm, formset=_SwotRows, extra=2, can_delete=True
)


@dataclass
class SwotSection:
    """One quadrant of the SWOT page: its heading, what belongs in it, and its rows."""

    quadrant: str
    prefix: str
    heading: str
    hint: str
    item: str
    add_label: str
    rows: forms.BaseModelFormSet = None


def swot_sections(data, *, region, study):
    Q = models.SwotItem.Quadrant
    sections = [
        SwotSection(Q.STRENGTH, "strengths", _("Strengths"),
                    _("Inside the region: what its services and network do well."),
                    Q.STRENGTH.label, _("Add another strength")),
        SwotSection(Q.WEAKNESS, "weaknesses", _("Weaknesses"),
                    _("Inside the region: what is missing or does not work yet."),
                    Q.WEAKNESS.label, _("Add another weakness")),
        SwotSection(Q.OPPORTUNITY, "opportunities", _("Opportunities"),
                    _("Outside the region's control: what could help."),
                    Q.OPPORTUNITY.label, _("Add another opportunity")),
        SwotSection(Q.THREAT, "threats", _("Threats"),
                    _("Outside the region's control: what could get in the way."),
                    Q.THREAT.label, _("Add another threat")),
    ]  # fmt: skip
    for section in sections:
        items = (
            study.swot_items.filter(quadrant=section.quadrant).order_by("position", "id")
            if study is not None and study.pk
            else models.SwotItem.objects.none()
        )
        section.rows = SwotRows(
            data, queryset=items, prefix=section.prefix, form_kwargs={"region": region}
        )
    return sections


class BaselineStudyForm(forms.ModelForm):
    class Meta:
        model = models.BaselineStudy
        fields = ["title", "summary", "methodology"]

    def __init__(self, *args, region=None, **kwargs):
        super().__init__(*args, **kwargs)


class GoodPracticeForm(Sectioned, forms.ModelForm):
    section_fields = (
        (_("The practice"), ("title", "slug", "main_institution", "location", "start_date",
                             "end_date", "theme", "challenges")),
        (_("What it does"), ("challenge_addressed", "description", "resources_needed")),
        (_("Results and transfer"), ("evidence_of_success", "difficulties",
                                     "potential_for_transfer")),
        (_("Contact"), ("contact_name", "contact_email")),
    )  # fmt: skip

    class Meta:
        model = models.GoodPractice
        fields = [
            "slug", "title", "main_institution", "location", "start_date", "end_date", "theme",
            "challenges", "challenge_addressed", "description", "resources_needed",
            "evidence_of_success", "difficulties", "potential_for_transfer", "contact_name",
            "contact_email",
        ]  # fmt: skip
        widgets = {
            "start_date": DATE,
            "end_date": DATE,
            "challenges": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, region=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = _terms("aim")
        self.fields["challenges"].queryset = _terms("challenge")


class StakeholderForm(forms.ModelForm):
    class Meta:
        model = models.Stakeholder
        fields = [
            "name",
            "sector",
            "organization",
            "role",
            "contact_name",
            "contact_email",
            "joined_on",
            "active",
        ]
        widgets = {"joined_on": DATE}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = region.organizations.all()


class MeetingForm(forms.ModelForm):
    class Meta:
        model = models.Meeting
        fields = ["date", "place", "participants", "topics", "decisions"]
        widgets = {"date": DATE, "participants": forms.CheckboxSelectMultiple}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participants"].queryset = region.stakeholders.all()


class ResponseForm(forms.ModelForm):
    class Meta:
        model = models.Response
        fields = ["decision", "reasons", "decided_on", "decided_by"]
        widgets = {"decided_on": DATE}

    def __init__(self, *args, region=None, **kwargs):
        super().__init__(*args, **kwargs)


class PolicyChangeForm(forms.ModelForm):
    class Meta:
        model = models.PolicyChange
        fields = ["instrument", "response", "what", "decided_on", "decided_by"]
        widgets = {"decided_on": DATE}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instrument"].queryset = region.policy_instruments.all()
        self.fields["response"].queryset = models.Response.objects.filter(
            recommendation__region=region
        ).exclude(decision=models.Response.Decision.REJECTED)


class MeasurementForm(forms.ModelForm):
    class Meta:
        model = models.Measurement
        fields = ["indicator", "measured_on", "value", "note"]
        widgets = {"measured_on": DATE}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = models.Indicator.objects.filter(
            policy_change__instrument__region=region
        )


class VisitorsForm(forms.Form):
    visitors = forms.ModelMultipleChoiceField(
        label=_("Visiting partners"),
        queryset=Region.objects.partners(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Two to four partners, from at least two countries other than the host's."),
    )

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["visitors"].queryset = Region.objects.partners().exclude(pk=region.pk)
        self.fields["visitors"].label_from_instance = lambda r: f"{r.name} ({r.country})"


class ReturnForm(forms.Form):
    note = forms.CharField(
        label=_("What should the region improve?"), widget=forms.Textarea(attrs={"rows": 3})
    )


class PolicyInstrumentForm(forms.ModelForm):
    class Meta:
        model = models.PolicyInstrument
        fields = [
            "name", "legal_basis", "approved_by", "review_interval_years", "description", "url",
            "challenges",
        ]  # fmt: skip
        widgets = {"challenges": forms.CheckboxSelectMultiple}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["challenges"].queryset = _terms("challenge")


class InstrumentVersionForm(forms.ModelForm):
    class Meta:
        model = models.PolicyInstrumentVersion
        fields = [
            "instrument",
            "label",
            "valid_from",
            "valid_to",
            "approved_on",
            "summary",
            "document_url",
        ]
        widgets = {"valid_from": DATE, "valid_to": DATE, "approved_on": DATE}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instrument"].queryset = region.policy_instruments.all()


class PeerReviewForm(Sectioned, forms.ModelForm):
    section_fields = (
        (_("The visit"), ("title", "starts_on", "focus")),
        (_("After the visit"), ("observations", "closing_event")),
    )

    class Meta:
        model = models.PeerReview
        fields = ["title", "starts_on", "focus", "observations", "closing_event"]
        widgets = {"starts_on": DATE}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = models.AgendaItem
        fields = ["review", "day", "starts_at", "kind", "title", "stakeholders", "notes"]
        widgets = {
            "starts_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "stakeholders": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["review"].queryset = models.PeerReview.objects.filter(region=region)
        self.fields["stakeholders"].queryset = region.stakeholders.all()


class RecommendationForm(forms.ModelForm):
    class Meta:
        model = models.Recommendation
        fields = ["peer_review", "text", "given_by", "position"]
        widgets = {"given_by": forms.CheckboxSelectMultiple}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["peer_review"].queryset = models.PeerReview.objects.filter(region=region)
        self.fields["given_by"].queryset = Region.objects.partners().exclude(pk=region.pk)


class IndicatorForm(forms.ModelForm):
    class Meta:
        model = models.Indicator
        fields = ["policy_change", "name", "unit", "baseline_value", "target_value"]

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["policy_change"].queryset = models.PolicyChange.objects.filter(
            instrument__region=region
        )


class SeminarForm(forms.ModelForm):
    class Meta:
        model = models.ThematicSeminar
        fields = [
            "number", "title", "theme", "date", "place", "programme", "participating_regions",
            "participant_count", "practices_presented", "learnings",
        ]  # fmt: skip
        widgets = {
            "date": DATE,
            "participating_regions": forms.CheckboxSelectMultiple,
            "practices_presented": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participating_regions"].queryset = Region.objects.partners()
        self.fields["practices_presented"].queryset = models.GoodPractice.objects.public()


class PolicyWorkshopForm(forms.ModelForm):
    class Meta:
        model = models.PolicyWorkshop
        fields = ["date", "place", "participating_regions", "summary", "planned_changes"]
        widgets = {"date": DATE, "participating_regions": forms.CheckboxSelectMultiple}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participating_regions"].queryset = Region.objects.partners()
