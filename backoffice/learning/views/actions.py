"""The workflow buttons: submitting, validating, returning and reopening good practices (and
the practice's page, where the validator reads it whole before deciding); publishing the
baseline study; setting a peer review's visitors and confirming it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from backoffice.learning import forms
from backoffice.learning.views.access import learning_staff
from learning import baseline, good_practices, peer_reviews
from learning.models import BaselineStudy, GoodPractice, PeerReview
from learning.peer_reviews import agenda_errors, visitor_errors
from learning.permissions import can_edit, ensure_can_edit

PRACTICE_ACTIONS = {
    "submit": (good_practices.submit, gettext_lazy("The practice is submitted for validation.")),
    "validate": (
        good_practices.validate,
        gettext_lazy("The practice is validated and public now."),
    ),
    "reopen": (good_practices.reopen, gettext_lazy("The practice is a draft again.")),
}


def _report(request, call, *args, success):
    try:
        call(request.user, *args)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return False
    messages.success(request, success)
    return True


@require_POST
@learning_staff
def practice_action(request, slug, action):
    practice = get_object_or_404(GoodPractice, slug=slug)
    if action not in PRACTICE_ACTIONS:
        from django.http import Http404

        raise Http404
    call, success = PRACTICE_ACTIONS[action]
    _report(request, call, practice, success=str(success))
    if action == "validate":
        return redirect("backoffice:learning-index")
    return redirect("backoffice:learning-region", region=practice.region.slug)


def _practice(request, slug):
    """The practice `request.user` may read (learning.permissions.read_condition): its own
    region's staff, and the lead partner's staff once it is submitted for validation."""
    return get_object_or_404(
        GoodPractice.objects.visible_to(request.user)
        .select_related("region", "theme")
        .prefetch_related("challenges"),
        slug=slug,
    )


def _practice_page(request, practice, form):
    return render(
        request,
        "backoffice/learning/practice.html",
        {
            "practice": practice,
            "form": form,
            "can_edit": can_edit(request.user, practice),
            "can_validate": good_practices.awaits_validation_by(request.user, practice),
        },
    )


@learning_staff
def practice(request, slug):
    return _practice_page(request, _practice(request, slug), forms.ReturnForm())


@learning_staff
def practice_return(request, slug):
    practice = _practice(request, slug)
    form = forms.ReturnForm(request.POST or None)
    if (
        request.method == "POST"
        and form.is_valid()
        and _report(
            request,
            good_practices.return_to_draft,
            practice,
            form.cleaned_data["note"],
            success=_("The practice is returned to its region with your note."),
        )
    ):
        return redirect("backoffice:learning-index")
    return _practice_page(request, practice, form)


@require_POST
@learning_staff
def publish_study(request, region):
    study = get_object_or_404(BaselineStudy, region=region)
    if request.POST.get("unpublish"):
        _report(request, baseline.unpublish, study, success=_("The study is a draft again."))
    else:
        _report(request, baseline.publish, study, success=_("The baseline study is published."))
    return redirect("backoffice:learning-region", region=region.slug)


@learning_staff
def peer_review(request, pk):
    review = get_object_or_404(PeerReview.objects.select_related("region"), pk=pk)
    editable = can_edit(request.user, review.region)
    form = forms.VisitorsForm(
        request.POST or None, region=review.region, initial={"visitors": review.visitors.all()}
    )
    if request.method == "POST":
        ensure_can_edit(request.user, review)
        if "confirm" in request.POST:
            _report(
                request, peer_reviews.confirm, review, success=_("The peer review is confirmed.")
            )
            return redirect("backoffice:learning-peer-review", pk=review.pk)
        if form.is_valid() and _report(
            request,
            peer_reviews.set_visitors,
            review,
            form.cleaned_data["visitors"],
            success=_("The visitors are saved."),
        ):
            return redirect("backoffice:learning-peer-review", pk=review.pk)
    return render(
        request,
        "backoffice/learning/peer_review.html",
        {
            "region": review.region,
            "review": review,
            "form": form,
            "can_edit": editable,
            "problems": visitor_errors(review.region, review.visitors.all())
            + agenda_errors(review),
            "agenda": review.agenda.prefetch_related("stakeholders"),
        },
    )
