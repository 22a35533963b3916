"""The demo a visitor of `make run` sees: Jyväskylä's SWOT exactly from the source, its policy
instrument, practices, a seminar and a peer review, all marked as demo data."""

from pathlib import Path

import pytest
from django.conf import settings

from learning.demo import load_learning_demo, swot
from learning.models import (
    GoodPractice,
    PeerReview,
    PolicyInstrument,
    SwotItem,
    ThematicSeminar,
)

pytestmark = pytest.mark.django_db

SOURCE = Path(settings.SHARED_DIR) / "seed" / "000_461e03720776255e.txt"
CELL_PREFIX = '<ul style="list-style-type: none"> '


def _source_quadrants():
    cells = [
        line for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.startswith("<ul")
    ]
    texts = [part[len(CELL_PREFIX) :].strip() for line in cells for part in line.split("\t")]
    return dict(zip("SWOT", texts, strict=True))


def test_jyvaskylas_swot_is_the_sources_word_for_word():
    if not SOURCE.exists():
        pytest.skip(f"The source document is not on this machine ({SOURCE}).")
    source = _source_quadrants()
    for quadrant, items in swot.QUADRANTS.items():
        assert " ".join(english for english, _finnish in items) == source[quadrant]


def test_the_demo_loads_jyvaskylas_workspace_and_marks_it(learning_demo):
    jyvaskyla = learning_demo
    study = jyvaskyla.baseline_study
    assert study.is_demo_data
    assert [len(study.items(q)) for q in "SWOT"] == [11, 14, 9, 11]
    weakness = study.swot_items.get(quadrant="W", position=4)
    assert weakness.text.get("en").text.startswith("Lack of joint / one-stop-shop communication")
    assert weakness.text.get("fi").text.startswith("Yhteinen / yhden luukun viestintä")

    instrument = PolicyInstrument.objects.get(region=jyvaskyla)
    assert "2021–2024" in instrument.name.get("en").text
    assert "1386/2010" in instrument.legal_basis.get("en").text
    assert instrument.review_interval_years == 4
    assert str(instrument.approved_by.get("en")) == "Jyväskylä City Council"
    assert instrument.challenges.count() == 4

    review = PeerReview.objects.get(region=jyvaskyla)
    assert {region.country for region in review.visitors.all()} == {"DE", "SI", "SE"}
    assert sorted({item.day for item in review.agenda.all()}) == [1, 2, 3]
    assert ThematicSeminar.objects.get(number=1).practices_presented.count() == 3
    assert not GoodPractice.objects.filter(is_demo_data=False).exists()
    assert not SwotItem.objects.filter(is_demo_data=False).exists()


def test_loading_the_demo_twice_changes_nothing(learning_demo):
    before = (SwotItem.objects.count(), GoodPractice.objects.count(), PeerReview.objects.count())
    load_learning_demo()
    assert (
        SwotItem.objects.count(),
        GoodPractice.objects.count(),
        PeerReview.objects.count(),
    ) == before
