"""Every dashboard table exports as the coordinator sees it, without running anyone's formula;
charts carry a text alternative."""

import io

from openpyxl import load_workbook

from coordination import charts, dashboard
from coordination.tables import Table, to_csv, to_xlsx


def test_text_that_looks_like_a_formula_stays_text():
    table = Table("t", "T", ["name"], [['=HYPERLINK("http://x")'], ["+1"], ["-2"], ["@a"], [5]])
    assert to_csv(table).splitlines()[1] == '"\'=HYPERLINK(""http://x"")"'
    sheet = load_workbook(io.BytesIO(to_xlsx(table))).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        '\'=HYPERLINK("http://x")',
        "'+1",
        "'-2",
        "'@a",
        5,
    ]


def test_every_dashboard_table_builds_for_a_region(network):
    for key, build in dashboard.TABLES.items():
        table = build(network.region)
        assert table.key == key
        assert to_csv(table).startswith(",".join(table.columns[:1]))


def test_a_chart_is_an_svg_image_with_a_title_and_description():
    chart = charts.bar_chart("c", "Services per aim", "Bar chart of <aims>", [("Finnish", 3)])
    assert 'role="img"' in chart.svg
    assert '<title id="c-title">Services per aim</title>' in chart.svg
    assert "&lt;aims&gt;" in chart.svg
    assert "style=" not in chart.svg


def test_the_network_graph_links_providers_working_for_the_same_people(network):
    from directory.models import TaxonomyTerm
    from directory.tests.factories import ServiceFactory, tag

    gloria_service = ServiceFactory(organization=network.gloria)
    for code in ("finnish-language", "jobseekers"):
        tag(gloria_service, TaxonomyTerm.objects.get(code=code))
    table = dashboard.network_table(network.region)
    row = next(row for row in table.rows if row[0] == "Monikko ry")
    assert "Gloria (1)" in row[4]
    assert "<line" in dashboard.network_chart(network.region).svg
