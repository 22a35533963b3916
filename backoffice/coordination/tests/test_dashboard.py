"""Satu's dashboard for Jyväskylä: coverage with gaps, challenges, overlaps, freshness, the
network and unmet needs; every table downloads."""

import io

from openpyxl import load_workbook

from coordination import feedback as voice
from coordination.models import Feedback


def test_the_dashboard_shows_every_section(client, network):
    client.force_login(network.satu)
    body = client.get("/staff/regions/jyvaskyla/").content.decode()
    for section in ("coverage", "challenges", "overlaps", "freshness", "network", "unmet"):
        assert f'id="{section}"' in body
    assert 'class="gap"' in body
    assert 'role="img"' in body
    assert "<desc" in body


def test_the_coverage_can_be_narrowed_to_one_language(client, network):
    client.force_login(network.satu)
    body = client.get("/staff/regions/jyvaskyla/?language=so").content.decode()
    assert "offered in so" in body


def test_a_viewer_sees_feedback_but_editors_do_not(client, network):
    voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Evening Finnish course")
    client.force_login(network.vera)
    assert "Evening Finnish course" in client.get("/staff/regions/jyvaskyla/").content.decode()
    client.force_login(network.eero)
    assert "Evening Finnish course" not in client.get("/staff/regions/jyvaskyla/").content.decode()


def test_tables_download_as_csv_and_excel(client, network):
    client.force_login(network.satu)
    csv = client.get("/staff/regions/jyvaskyla/export/coverage.csv")
    assert csv["Content-Type"].startswith("text/csv")
    assert "jyvaskyla-coverage.csv" in csv["Content-Disposition"]
    excel = client.get("/staff/regions/jyvaskyla/export/network.xlsx")
    sheet = load_workbook(io.BytesIO(excel.content)).active
    assert sheet["A1"].value == "Organization"


def test_the_narrowed_matrix_downloads_as_shown(client, network):
    client.force_login(network.satu)
    page = client.get("/staff/regions/jyvaskyla/?language=so").content.decode()
    assert "/export/coverage.csv?language=so" in page
    csv = client.get("/staff/regions/jyvaskyla/export/coverage.csv?language=so").content.decode()
    assert csv.splitlines()[1].startswith("finnish language,0")


def test_an_unknown_table_or_format_is_not_found(client, network):
    client.force_login(network.satu)
    assert client.get("/staff/regions/jyvaskyla/export/passwords.csv").status_code == 404
    assert client.get("/staff/regions/jyvaskyla/export/coverage.pdf").status_code == 404


def test_satu_sends_the_reminders(client, network, mailoutbox):
    client.force_login(network.satu)
    response = client.post("/staff/regions/jyvaskyla/reminders/", follow=True)
    assert "Reminders sent: 2" in response.content.decode()
    assert len(mailoutbox) == 2
