"""Satu's dashboard for Jyväskylä: coverage with gaps, challenges, overlaps, freshness, the
network and unmet needs; every table downloads."""

import io
import re

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


def _aims_chart_value(body, aim):
    chart = body[body.index('id="chart-aims-title"') :]
    chart = chart[: chart.index("</svg>")]
    row = chart[chart.index(f">{aim}</text>") :]
    return int(re.search(r'class="chart__value"[^>]*>(\d+)<', row).group(1))


def test_the_chart_per_aim_is_narrowed_with_the_table(client, network):
    """The bar chart under the matrix says it has the same numbers: narrowed to Somali, the
    Finnish club (which records no Somali) is not counted there either."""
    client.force_login(network.satu)
    everything = client.get("/staff/regions/jyvaskyla/").content.decode()
    assert _aims_chart_value(everything, "finnish language") == 1
    somali = client.get("/staff/regions/jyvaskyla/?language=so").content.decode()
    assert _aims_chart_value(somali, "finnish language") == 0


def test_a_viewer_sees_feedback_once_accepted_but_editors_do_not(client, network):
    item = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Evening Finnish course")
    client.force_login(network.vera)
    assert "Evening Finnish course" not in client.get("/staff/regions/jyvaskyla/").content.decode()
    voice.moderate(network.satu, item, Feedback.Moderation.ACCEPTED)
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


def test_satu_reads_how_many_services_record_no_language(client, network):
    from directory.tests.factories import LanguageFactory

    LanguageFactory(service=network.other_service, code="fi")
    client.force_login(network.satu)
    body = client.get("/staff/regions/jyvaskyla/").content.decode()
    assert "1 of 2 published services record no language" in body
    languages = body[body.index('id="table-languages"') :]
    languages = languages[: languages.index("</table>")]
    assert "Languages not recorded" in languages
    # Monikko's club records no language: its aim's zeros are unknown, not red gaps; the aim
    # nothing serves is a gap in every language.
    finnish, labour = languages.split("<tr>")[2:4]
    assert "finnish language" in finnish and 'class="gap"' not in finnish
    assert "labour market" in labour and labour.count('class="gap"') == 2
    csv = client.get("/staff/regions/jyvaskyla/export/languages.csv").content.decode()
    assert csv.splitlines()[0].endswith("Languages not recorded")
    assert csv.splitlines()[1] == "finnish language,0,0,1"


def test_unmet_needs_are_grouped_with_counts_and_the_page_language(client, network):
    from search.models import UnmetSearch

    for words, page in [("Iltakurssi suomi", "fi"), ("iltakurssi  SUOMI", "en"), ("kela", "uk")]:
        UnmetSearch.objects.create(
            query=words, detected_language="fi", page_language=page, result_count=0
        )
    client.force_login(network.satu)
    body = client.get("/staff/regions/jyvaskyla/").content.decode()
    unmet = body[body.index('id="table-unmet-searches"') :]
    rows = unmet[: unmet.index("</tbody>")].split("<tr>")[2:]
    assert len(rows) == 2
    assert "iltakurssi" in rows[0].lower() and ">2<" in rows[0] and "en (1), fi (1)" in rows[0]
    assert "kela" in rows[1] and ">uk<" in rows[1]
