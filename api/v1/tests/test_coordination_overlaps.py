"""GET /api/v1/coordination/overlaps: pairs and clusters of overlapping services."""

from directory.tests.factories import ServiceFactory
from directory.translation import TranslatedText


def test_a_double_listing_is_reported_as_a_pair_and_a_cluster(client, network):
    ServiceFactory(
        organization=network.gloria,
        name=TranslatedText({"fi": "Suomen kielen kerho", "en": "Finnish club"}),
        description=TranslatedText({"fi": "Puhutaan suomea.", "en": "We speak Finnish."}),
    )
    client.force_login(network.satu)
    body = client.get("/api/v1/coordination/overlaps?region=jyvaskyla").json()
    top = body["pairs"][0]
    assert {s["name"] for s in top["services"]} == {"Finnish club"}
    assert top["same_provider"] is False
    assert set(top["signals"]) == {"name", "description", "meaning", "terms"}
    assert len(body["clusters"][0]) == 2


def test_a_threshold_that_is_not_a_number_is_explained(client, network):
    client.force_login(network.satu)
    response = client.get("/api/v1/coordination/overlaps?region=jyvaskyla&threshold=high")
    assert response.status_code == 400
    assert "threshold" in response.json()
