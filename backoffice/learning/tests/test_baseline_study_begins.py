"""Jussi's region has no baseline study yet. Looking at the study's forms writes nothing; the
study is begun when he saves its first SWOT item, and only then does the workspace offer its
report and the "Publish the study" button."""

import pytest

from learning.models import BaselineStudy

pytestmark = pytest.mark.django_db

WORKSPACE = "/staff/learning/jyvaskyla/"


@pytest.mark.parametrize("form", ["swot-item/new/", "baseline-study/", "baseline-study/swot/"])
def test_opening_a_form_of_the_study_writes_nothing(client, jussi, jyvaskyla, form):
    client.force_login(jussi)
    assert client.get(WORKSPACE + form).status_code == 200
    assert not BaselineStudy.objects.exists()
    workspace = client.get(WORKSPACE).content.decode()
    assert "Publish the study" not in workspace
    assert "PDF in" not in workspace


def test_the_study_begins_with_the_first_item_jussi_saves(client, jussi, jyvaskyla):
    from django.conf import settings

    client.force_login(jussi)
    texts = {f"text_{code}": "" for code, _name in settings.LANGUAGES}
    evidence = {f"evidence_{code}": "" for code, _name in settings.LANGUAGES}
    answer = client.post(
        WORKSPACE + "swot-item/new/",
        {"quadrant": "S", "position": 1, **texts, "text_en": "Active NGOs.", **evidence},
    )
    assert answer.status_code == 302
    study = BaselineStudy.objects.get(region=jyvaskyla)
    assert study.swot_items.count() == 1
    assert str(study.title).startswith("Baseline study:")
    assert "Publish the study" in client.get(WORKSPACE).content.decode()


def test_saving_an_empty_swot_page_begins_no_study(client, jussi, jyvaskyla):
    from backoffice.learning.tests.test_swot_page import _rows

    client.force_login(jussi)
    answer = client.post(WORKSPACE + "baseline-study/swot/", _rows({}))
    assert answer.status_code == 302
    assert not BaselineStudy.objects.exists()
