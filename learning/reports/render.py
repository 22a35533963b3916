"""Reports as HTML and PDF (WeasyPrint), in any language: the baseline study and the peer-review
report. Both render from one template each; the PDF adds print styles and page furniture."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

from learning.reports.context import baseline_context, peer_review_context

STYLESHEET = "learning/report.css"


def report_languages(region) -> list[str]:
    """English and the region's own language, when the product speaks it."""
    configured = [code for code, _name in settings.LANGUAGES]
    languages = ["en"]
    for code in region.languages or []:
        if code in configured and code not in languages:
            languages.append(code)
            break
    return languages


def _render(template, context, language, *, for_pdf):
    with translation.override(language):
        context = dict(context(), language=language, for_pdf=for_pdf)
        return render_to_string(template, context)


def _no_network(url, *args, **kwargs):
    """Reports embed everything; WeasyPrint must never reach out to the network."""
    from weasyprint.urls import default_url_fetcher

    if not url.startswith(("file:", "data:")):
        raise ValueError(f"Reports load no remote resources: {url}")
    return default_url_fetcher(url, *args, **kwargs)


def to_pdf(html: str) -> bytes:
    from weasyprint import CSS, HTML

    stylesheet = CSS(filename=finders.find(STYLESHEET), url_fetcher=_no_network)
    return HTML(string=html, base_url=str(settings.BASE_DIR), url_fetcher=_no_network).write_pdf(
        stylesheets=[stylesheet]
    )


def baseline_html(study, language, *, for_pdf=False) -> str:
    return _render(
        "learning/reports/baseline_study.html",
        lambda: baseline_context(study, language),
        language,
        for_pdf=for_pdf,
    )


def baseline_pdf(study, language) -> bytes:
    return to_pdf(baseline_html(study, language, for_pdf=True))


def peer_review_html(review, language, *, for_pdf=False) -> str:
    return _render(
        "learning/reports/peer_review.html",
        lambda: peer_review_context(review, language),
        language,
        for_pdf=for_pdf,
    )


def peer_review_pdf(review, language) -> bytes:
    return to_pdf(peer_review_html(review, language, for_pdf=True))
