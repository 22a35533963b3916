"""GET /api/v1/coordination/coverage: the coverage matrix as JSON for region staff."""


def test_vera_reads_the_matrix_with_gaps_and_challenges(client, network):
    client.force_login(network.vera)
    body = client.get("/api/v1/coordination/coverage?region=jyvaskyla").json()
    cell = next(
        c
        for c in body["cells"]
        if (c["aim"], c["target_group"]) == ("finnish-language", "jobseekers")
    )
    assert cell["count"] == 1 and cell["services"] == [str(network.service.pk)]
    assert ["labour-market", "international-students"] in body["gaps"]
    assert {c["code"] for c in body["challenges"]} == {"finnish-barrier", "employer-readiness"}


def test_the_region_must_be_named(client, network):
    client.force_login(network.vera)
    response = client.get("/api/v1/coordination/coverage")
    assert response.status_code == 400
    assert "region" in response.json()


def test_an_unknown_region_is_not_found(client, network):
    client.force_login(network.satu)
    assert client.get("/api/v1/coordination/coverage?region=atlantis").status_code == 404
