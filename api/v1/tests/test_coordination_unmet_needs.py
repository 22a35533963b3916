"""GET /api/v1/coordination/unmet-needs: searches that found nothing, and feedback."""

from coordination import feedback as voice
from coordination.models import Feedback
from search.models import UnmetSearch


def test_satu_reads_unmet_searches_and_feedback(client, network):
    UnmetSearch.objects.create(query="sewing course", result_count=0, region="jyvaskyla")
    voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Evening Finnish")
    client.force_login(network.satu)
    body = client.get("/api/v1/coordination/unmet-needs?region=jyvaskyla").json()
    assert [s["query"] for s in body["searches"]] == ["sewing course"]
    assert [f["message"] for f in body["feedback"]] == ["Evening Finnish"]


def test_an_editor_gets_the_searches_but_not_the_feedback(client, network):
    client.force_login(network.eero)
    body = client.get("/api/v1/coordination/unmet-needs?region=jyvaskyla").json()
    assert "feedback" not in body
