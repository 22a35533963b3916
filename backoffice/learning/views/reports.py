"""The baseline study and the peer-review report, downloaded as PDF or opened as HTML, in
English or the region's language."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from backoffice.learning.views.access import learning_staff
from directory.translation import configured_languages
from learning.models import BaselineStudy, PeerReview
from learning.reports import render as reports

FORMATS = ("pdf", "html")


def _format(fmt):
    """Only the two formats a report comes in: report.docx is not found (it was the HTML)."""
    if fmt not in FORMATS:
        raise Http404
    return fmt


def _language(request, region):
    language = request.GET.get("lang") or reports.report_languages(region)[0]
    if language not in configured_languages():
        raise Http404
    return language


def _answer(body, fmt, filename):
    if fmt == "pdf":
        response = HttpResponse(body, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{filename}.pdf"'
        return response
    return HttpResponse(body)


@learning_staff
def baseline_report(request, region, fmt):
    fmt = _format(fmt)
    study = get_object_or_404(BaselineStudy.objects.visible_to(request.user), region=region)
    language = _language(request, region)
    body = (
        reports.baseline_pdf(study, language)
        if fmt == "pdf"
        else reports.baseline_html(study, language)
    )
    return _answer(body, fmt, f"baseline-study-{region.slug}-{language}")


@learning_staff
def peer_review_report(request, pk, fmt):
    fmt = _format(fmt)
    review = get_object_or_404(PeerReview.objects.visible_to(request.user), pk=pk)
    language = _language(request, review.region)
    body = (
        reports.peer_review_pdf(review, language)
        if fmt == "pdf"
        else reports.peer_review_html(review, language)
    )
    return _answer(body, fmt, f"peer-review-{review.region.slug}-{review.starts_on}-{language}")
