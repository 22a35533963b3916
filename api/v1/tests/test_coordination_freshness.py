"""GET /api/v1/coordination/freshness."""

from directory.models import Service


def test_never_verified_entries_are_stale(client, network):
    Service.objects.filter(pk=network.other_service.pk).update(assured_date="2099-01-01")
    client.force_login(network.satu)
    body = client.get("/api/v1/coordination/freshness?region=jyvaskyla").json()
    assert [s["id"] for s in body["stale"]] == [str(network.service.pk)]
    assert body["ending"] == []
    assert "missing_translations" in body
