"""Adding and changing the workspace's records: one form page for every kind, saved through
learning.editing so that the region check and the model's rules apply as in the API."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from backoffice.learning import forms
from backoffice.learning.views.access import learning_staff
from learning import baseline, editing, models, trail
from learning.permissions import ensure_can_edit


@dataclass(frozen=True)
class Kind:
    model: type
    form: type
    title: object
    # How a new record is tied to the region in the URL.
    attach: str = "region"
    # The domain function that saves it: save(user, record, m2m=…).
    save: object = editing.save


BASELINE = Kind(models.BaselineStudy, forms.BaselineStudyForm, gettext_lazy("Baseline study"))
KINDS = {
    "swot-item": Kind(
        models.SwotItem,
        forms.SwotItemForm,
        gettext_lazy("SWOT item"),
        "study",
        baseline.save_swot_item,
    ),
    "stakeholder": Kind(models.Stakeholder, forms.StakeholderForm, gettext_lazy("Stakeholder")),
    "meeting": Kind(models.Meeting, forms.MeetingForm, gettext_lazy("Stakeholder meeting")),
    "good-practice": Kind(
        models.GoodPractice, forms.GoodPracticeForm, gettext_lazy("Good practice")
    ),
    "policy-instrument": Kind(
        models.PolicyInstrument, forms.PolicyInstrumentForm, gettext_lazy("Policy instrument")
    ),
    "instrument-version": Kind(
        models.PolicyInstrumentVersion,
        forms.InstrumentVersionForm,
        gettext_lazy("Version of the policy instrument"),
        "none",
    ),
    "peer-review": Kind(models.PeerReview, forms.PeerReviewForm, gettext_lazy("Peer review")),
    "agenda-item": Kind(
        models.AgendaItem, forms.AgendaItemForm, gettext_lazy("Agenda item"), "none"
    ),
    "recommendation": Kind(
        models.Recommendation, forms.RecommendationForm, gettext_lazy("Recommendation")
    ),
    "indicator": Kind(
        models.Indicator, forms.IndicatorForm, gettext_lazy("Follow-up indicator"), "none"
    ),
    "seminar": Kind(models.ThematicSeminar, forms.SeminarForm, gettext_lazy("Thematic seminar")),
    "policy-workshop": Kind(
        models.PolicyWorkshop, forms.PolicyWorkshopForm, gettext_lazy("Policy workshop")
    ),
    "policy-change": Kind(
        models.PolicyChange,
        forms.PolicyChangeForm,
        gettext_lazy("Policy change"),
        "none",
        trail.record_change,
    ),
    "measurement": Kind(
        models.Measurement,
        forms.MeasurementForm,
        gettext_lazy("Measured value"),
        "none",
        trail.measure,
    ),
}


def save_form(request, kind, form, region):
    record = form.save(commit=False)
    m2m = {
        field.name: form.cleaned_data[field.name]
        for field in record._meta.many_to_many
        if field.name in form.cleaned_data
    }
    with transaction.atomic():
        kind.save(request.user, record, m2m=m2m)
    return record


def _edit(request, region, kind, record, delete_url=None):
    ensure_can_edit(request.user, region)
    form = kind.form(request.POST or None, instance=record, region=region)
    if request.method == "POST" and form.is_valid():
        try:
            save_form(request, kind, form, region)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("backoffice:learning-region", region=region.slug)
    return render(
        request,
        "backoffice/learning/form.html",
        {
            "region": region,
            "form": form,
            "title": kind.title,
            "record": record,
            "delete_url": delete_url,
        },
    )


@learning_staff
def new(request, region, kind):
    kind = KINDS.get(kind) or _not_found()
    record = kind.model()
    if kind.attach == "region":
        record.region = region
    elif kind.attach == "study":
        ensure_can_edit(request.user, region)
        record.study = baseline.study_of(region)
    return _edit(request, region, kind, record)


def _record(region, kind, pk):
    record = get_object_or_404(kind.model, pk=pk)
    if record.owner_region != region:
        _not_found()
    return record


@learning_staff
def edit(request, region, kind, pk):
    slug, kind = kind, KINDS.get(kind) or _not_found()
    return _edit(
        request,
        region,
        kind,
        _record(region, kind, pk),
        delete_url=reverse("backoffice:learning-delete", args=[region.slug, slug, pk]),
    )


@require_POST
@learning_staff
def delete(request, region, kind, pk):
    kind = KINDS.get(kind) or _not_found()
    try:
        editing.delete(request.user, _record(region, kind, pk))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Deleted."))
    return redirect("backoffice:learning-region", region=region.slug)


@learning_staff
def baseline_study(request, region):
    return _edit(request, region, BASELINE, baseline.study_of(region))


@learning_staff
def respond(request, region, pk):
    recommendation = get_object_or_404(models.Recommendation, pk=pk, region=region)
    ensure_can_edit(request.user, region)
    current = getattr(recommendation, "response", None)
    form = forms.ResponseForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        try:
            trail.respond(request.user, recommendation, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The response is recorded."))
            return redirect("backoffice:learning-region", region=region.slug)
    return render(
        request,
        "backoffice/learning/form.html",
        {
            "region": region,
            "form": form,
            "title": _("Response to a recommendation"),
            "context_text": recommendation.text,
            "record": current,
        },
    )


def _not_found():
    from django.http import Http404

    raise Http404
