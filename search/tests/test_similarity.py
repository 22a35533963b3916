"""The navigator and the learning workspace ask how well texts fit a goal; the answer is a
number in [0, 1], higher for what fits."""

import pytest

from search.similarity import embed_passages, embed_query, semantic_similarity, text_similarity

pytestmark = pytest.mark.django_db


def test_a_goal_fits_the_matching_service_best(services):
    scores = semantic_similarity("I want to learn Finnish", list(services.values()))
    assert set(scores) == {s.pk for s in services.values()}
    assert all(0.0 <= value <= 1.0 for value in scores.values())
    assert scores[services["course"].pk] > scores[services["jobs"].pk]
    # An unpublished service is not in the index; it is compared all the same.
    assert scores[services["draft"].pk] > scores[services["youth"].pk]


def test_text_similarity_compares_any_texts():
    scores = text_similarity(
        "recognition of foreign degrees",
        ["Tutkintojen tunnustaminen Suomessa", "Jalkapallokerho lapsille"],
    )
    assert len(scores) == 2 and all(0.0 <= value <= 1.0 for value in scores)
    assert scores[0] > scores[1]


def test_vectors_are_normalised():
    import numpy as np

    assert np.isclose(np.linalg.norm(embed_query("työnhaku")), 1.0, atol=1e-3)
    vectors = embed_passages(["yksi", "kaksi"])
    assert vectors.shape == (2, 384)
    assert text_similarity("anything", []) == []
