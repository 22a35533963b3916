"""The print view and the PDF: the path on paper, in the person's language."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data_once")]

EMPLOYER = "audience=employer&goals=hire&goals=onboard_employee"


def test_pekka_prints_his_employer_path(client):
    response = client.get(f"/en/navigator/result/print/?{EMPLOYER}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Services for your workplace" in html
    assert "Next steps for your workplace" in html
    assert "Support and advice to local employers regarding hiring internationals" in html
    assert 'class="print-button" hidden' in html
    assert "<script>" not in html and "style=" not in html


def test_the_pdf_is_a_pdf_in_the_persons_language(client):
    response = client.get(f"/ar/navigator/result/pdf/?{EMPLOYER}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert 'filename="milestone-path-ar.pdf"' in response["Content-Disposition"]


def poppler(tool, pdf_bytes, tmp_path):
    """Reads the PDF as a reader would, with poppler-utils (which .ci/run installs)."""
    import subprocess

    pdf = tmp_path / "path.pdf"
    pdf.write_bytes(pdf_bytes)
    command = [f"/usr/bin/{tool}", str(pdf)] + (["-"] if tool == "pdftotext" else [])
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603


def test_the_pdf_text_is_in_arabic(client, tmp_path):
    pdf = client.get(f"/ar/navigator/result/pdf/?{EMPLOYER}").content
    text = poppler("pdftotext", pdf, tmp_path)
    assert "لمكان عملك" in text  # "… for your workplace", the heading and the next steps


def test_the_chinese_pdf_embeds_a_font_with_chinese_glyphs(client, tmp_path):
    pdf = client.get(f"/zh-hans/navigator/result/pdf/?{EMPLOYER}").content
    assert "CJK" in poppler("pdffonts", pdf, tmp_path)
