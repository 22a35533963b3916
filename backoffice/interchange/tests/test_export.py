"""Satu downloads Jyväskylä's directory in each format; others may not."""

import io
import json

import pytest
from openpyxl import load_workbook

from backoffice.interchange.tests.support import sign_in


@pytest.mark.parametrize("format_key", ["datapackage", "json", "ndjson", "excel"])
def test_the_coordinator_downloads_the_directory(client, people, format_key):
    sign_in(client, people.satu)

    response = client.get(f"/staff/import-export/regions/jyvaskyla/export/{format_key}/")

    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert response.content


def test_the_json_export_holds_every_translation(client, people):
    sign_in(client, people.satu)

    document = json.loads(client.get("/staff/import-export/regions/jyvaskyla/export/json/").content)

    assert document["service"][0]["translations"]["name"] == {
        "fi": "Työnhakuklubi",
        "en": "Job-seeking club",
    }


def test_the_empty_template_has_a_sheet_per_table(client, people):
    sign_in(client, people.satu)

    workbook = load_workbook(io.BytesIO(client.get("/staff/import-export/template.xlsx").content))

    assert workbook.sheetnames[0] == "README"
    assert {"organization", "service", "taxonomy_term", "attribute"} <= set(workbook.sheetnames)
    header = [c.value for c in workbook["service"][1]]
    assert "name@fi" in header and "name@ar" in header and "name" not in header
    spare = [row[0].value for row in workbook["README"].iter_rows() if row[0].value]
    assert len([v for v in spare if len(v) == 36 and v.count("-") == 4]) == 200


@pytest.mark.parametrize("who", ["eero", "lars"])
def test_only_the_regions_coordinator_exports(client, people, who):
    sign_in(client, getattr(people, who))

    response = client.get("/staff/import-export/regions/jyvaskyla/export/json/")

    assert response.status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, people):
    response = client.get("/staff/import-export/regions/jyvaskyla/export/json/")

    assert response.status_code == 302 and "/staff/login/" in response["Location"]
