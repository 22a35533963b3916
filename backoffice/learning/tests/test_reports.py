"""Staff download the baseline study and the peer-review report."""

import pytest

from learning.models import PeerReview

pytestmark = pytest.mark.django_db


def test_the_baseline_study_downloads_as_pdf_in_finnish_and_opens_as_html(
    client, vera, learning_demo
):
    client.force_login(vera)
    pdf = client.get("/staff/learning/jyvaskyla/baseline-study/report.pdf", {"lang": "fi"})
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    html = client.get("/staff/learning/jyvaskyla/baseline-study/report.html", {"lang": "en"})
    assert "SWOT analysis" in html.content.decode()


def test_an_unknown_report_language_is_not_found(client, vera, learning_demo):
    client.force_login(vera)
    answer = client.get("/staff/learning/jyvaskyla/baseline-study/report.pdf", {"lang": "xx"})
    assert answer.status_code == 404


@pytest.mark.parametrize("name", ["report.docx", "report.xyz", "report.PDF"])
def test_a_report_in_a_format_it_does_not_come_in_is_not_found(client, vera, learning_demo, name):
    client.force_login(vera)
    answer = client.get(f"/staff/learning/jyvaskyla/baseline-study/{name}")
    assert answer.status_code == 404
    review = PeerReview.objects.get(region=learning_demo)
    assert client.get(f"/staff/learning/peer-reviews/{review.pk}/{name}").status_code == 404


def test_the_peer_review_report_downloads(client, vera, learning_demo):
    review = PeerReview.objects.get(region=learning_demo)
    client.force_login(vera)
    answer = client.get(f"/staff/learning/peer-reviews/{review.pk}/report.pdf")
    assert answer.content.startswith(b"%PDF")
