"""The baseline study and the peer-review report, as PDF and HTML, in English and the region's
language. The Jyväskylä PDF is written to screenshots/ for people to look at."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from learning.models import PeerReview
from learning.reports.render import (
    baseline_html,
    baseline_pdf,
    peer_review_pdf,
    report_languages,
)

pytestmark = pytest.mark.django_db

SCREENSHOTS = Path(settings.BASE_DIR) / "screenshots"


def _pdf_text(data: bytes) -> str:
    import shutil
    import subprocess

    return subprocess.run(  # noqa: S603 - a fixed local tool reading our own PDF
        [shutil.which("pdftotext"), "-layout", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    ).stdout.decode()


def _first_pages_as_png(path, pages=4):
    """For people to look at: the cover to the SWOT as PNGs beside the PDF."""
    import shutil
    import subprocess

    subprocess.run(  # noqa: S603 - a fixed local tool reading our own PDF
        [
            shutil.which("pdftoppm"),
            "-png",
            "-r",
            "70",
            "-l",
            str(pages),
            path,
            path.with_suffix(""),
        ],
        check=True,
    )


def test_jyvaskylas_baseline_study_renders_as_pdf_in_english_and_finnish(learning_demo):
    study = learning_demo.baseline_study
    assert report_languages(learning_demo) == ["en", "fi"]
    SCREENSHOTS.mkdir(exist_ok=True)
    for language in ("en", "fi"):
        pdf = baseline_pdf(study, language)
        assert pdf.startswith(b"%PDF")
        path = SCREENSHOTS / f"learning-baseline-jyvaskyla-{language}.pdf"
        path.write_bytes(pdf)
        _first_pages_as_png(path)
        text = _pdf_text(pdf)
        assert "Demo data" in text or "Esittelyaineisto" in text
        if language == "en":
            assert "SWOT analysis" in text
            assert "Lack of joint / one-stop-shop communication" in text
            assert "1386/2010" in text
        else:
            assert "SWOT-analyysi" in text
            assert "Yhteinen / yhden luukun viestintä puuttuu" in text


def test_the_html_edition_has_charts_and_no_inline_styles_or_scripts(learning_demo):
    html = baseline_html(learning_demo.baseline_study, "en")
    assert html.count("<svg") == 5
    assert 'role="img"' in html
    assert "style=" not in html
    assert "<script" not in html
    assert "/static/learning/report.css" in html


def test_the_peer_review_report_renders(learning_demo):
    review = PeerReview.objects.get(region=learning_demo)
    pdf = peer_review_pdf(review, "en")
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "learning-peer-review-jyvaskyla-en.pdf").write_bytes(pdf)
    text = _pdf_text(pdf)
    assert "Day 3" in text
    assert "Closing event for stakeholders and decision-makers" in text
    assert "Accepted" in text and "Adapted" in text
    # The closing event's title is its kind's name: said once, not "… (…)" again.
    assert text.count("Closing event for stakeholders and decision-makers") == 2  # + chapter 3


@pytest.mark.parametrize(
    ("language", "published", "review_starts"),
    [
        ("fi", "2. huhtikuuta 2025", "23. syyskuuta 2025"),
        ("en", "April 2, 2025", "September 23, 2025"),
        ("ar", "2 أبريل 2025", "23 سبتمبر 2025"),
    ],
)
def test_report_dates_follow_the_languages_grammar(
    learning_demo, language, published, review_starts
):
    from learning.reports.render import peer_review_html

    baseline = _pdf_text(baseline_pdf(learning_demo.baseline_study, language))
    # pdftotext wraps right-to-left runs in bidi marks and may drop the space at a change of
    # direction; a reader sees neither, so compare without them.
    unmarked = re.sub("[\\s\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", baseline)
    assert published.replace(" ", "") in unmarked
    assert "huhtikuu 2025" not in baseline.replace("huhtikuuta", "")
    review = PeerReview.objects.get(region=learning_demo)
    # Arabic runs right to left, which pdftotext's layout reorders: read the HTML edition.
    assert review_starts in peer_review_html(review, language)
