"""Piotr, partner staff in West Pomerania, fills in his region's SWOT analysis on one page, a
section per quadrant and an item a row, without JavaScript: the empty rows are there to write
in, and "Remove this item" deletes a row when he saves."""

import pytest

from learning.models import SwotItem
from learning.tests.factories import SwotItemFactory

pytestmark = pytest.mark.django_db

URL = "/staff/learning/west-pomerania/baseline-study/swot/"
SECTIONS = ("strengths", "weaknesses", "opportunities", "threats")


def _rows(page_forms):
    """The POST of the whole page: `page_forms` maps a section to its rows, each row a dict of
    field values (`id` for a row already saved); every row's text is written in English."""
    from django.conf import settings

    data = {}
    for section in SECTIONS:
        rows = page_forms.get(section, [])
        initial = sum(1 for row in rows if row.get("id"))
        data |= {
            f"{section}-TOTAL_FORMS": str(max(len(rows), 2)),
            f"{section}-INITIAL_FORMS": str(initial),
            f"{section}-MIN_NUM_FORMS": "0",
            f"{section}-MAX_NUM_FORMS": "1000",
        }
        for index, row in enumerate(rows):
            for code, _name in settings.LANGUAGES:
                data[f"{section}-{index}-text_{code}"] = row.get("text", "") if code == "en" else ""
                data[f"{section}-{index}-evidence_{code}"] = ""
            if row.get("id"):
                data[f"{section}-{index}-id"] = str(row["id"])
            if row.get("remove"):
                data[f"{section}-{index}-DELETE"] = "on"
    return data


def test_piotr_writes_two_strengths_and_a_threat_without_javascript(client, piotr, west_pomerania):
    client.force_login(piotr)
    page = client.get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    for heading in ("Strengths", "Weaknesses", "Opportunities", "Threats"):
        assert f">{heading}</h2>" in html
    # Two empty rows a quadrant to write in, and no list that needs Ctrl-click.
    assert html.count('name="strengths-1-text_en"') == 1
    assert "<select multiple" not in html and 'multiple name="' not in html

    answer = client.post(
        URL,
        _rows(
            {
                "strengths": [{"text": "Ports and logistics jobs."}, {"text": "Active NGOs."}],
                "threats": [{"text": "Housing shortage in Szczecin."}],
            }
        ),
    )
    assert answer.status_code == 302, answer.content.decode()[:3000]
    items = SwotItem.objects.filter(study__region=west_pomerania)
    assert [(item.quadrant, str(item.text), item.position) for item in items] == [
        ("S", "Ports and logistics jobs.", 1),
        ("S", "Active NGOs.", 2),
        ("T", "Housing shortage in Szczecin.", 1),
    ]


def test_piotr_removes_a_row_and_the_others_close_up(client, piotr, west_pomerania):
    first = SwotItemFactory(study__region=west_pomerania, quadrant="S", position=1)
    second = SwotItemFactory(study=first.study, quadrant="S", position=2)
    client.force_login(piotr)
    html = client.get(URL).content.decode()
    assert "Remove this item" in html

    answer = client.post(
        URL,
        _rows(
            {
                "strengths": [
                    {"id": first.pk, "text": str(first.text), "remove": True},
                    {"id": second.pk, "text": str(second.text)},
                ]
            }
        ),
    )
    assert answer.status_code == 302, answer.content.decode()[:3000]
    assert list(SwotItem.objects.values_list("pk", "position")) == [(second.pk, 1)]


def test_a_row_another_region_owns_is_not_piotrs_to_change(client, piotr, jyvaskyla):
    theirs = SwotItemFactory(study__region=jyvaskyla, quadrant="S")
    client.force_login(piotr)
    # A forged row id reaches only the rows of his own region's study.
    client.post(URL, _rows({"strengths": [{"id": theirs.pk, "text": "Mine now"}]}))
    theirs.refresh_from_db()
    assert str(theirs.text) != "Mine now"
    assert theirs.study.region == jyvaskyla


def test_a_service_of_another_region_is_refused_with_a_message(
    client, piotr, west_pomerania, jyvaskyla
):
    from directory.tests.factories import ServiceFactory

    elsewhere = ServiceFactory(organization__region=jyvaskyla)
    client.force_login(piotr)
    data = _rows({"strengths": [{"text": "Ports and logistics jobs."}]})
    data["strengths-0-services"] = str(elsewhere.pk)
    answer = client.post(URL, data)
    assert answer.status_code == 400
    assert "Select a valid choice" in answer.content.decode()
    assert not SwotItem.objects.exists()


def test_vera_who_only_views_cannot_open_the_page(client, vera):
    client.force_login(vera)
    assert client.get("/staff/learning/jyvaskyla/baseline-study/swot/").status_code == 403
