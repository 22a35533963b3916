"""The navigator's fixtures; its people are in personas.py."""

import pytest


@pytest.fixture(params=["search engine", "no similarity"])
def demo_path(request, demo_data_once, db):
    """The path for some answers on the demo data, ranked once with the search module's
    semantic similarity and once without any (as the interim engine gave): the must-get and
    must-not-get of every persona hold either way."""
    from unittest import mock

    from navigator.matching import build_path

    def path_for(answers, language="en"):
        if request.param == "search engine":
            return build_path(answers, language=language)
        with mock.patch(
            "navigator.matching.semantic_similarity",
            side_effect=lambda text, services: {service.pk: 0.0 for service in services},
        ):
            return build_path(answers, language=language)

    return path_for
