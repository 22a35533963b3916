# ruff: noqa: F811 - the personas are fixtures, named again as test arguments
"""/api/v1/learning/good-practices: the public reads validated practices; Jyväskylä's staff
write and submit theirs; the lead partner validates; West Pomerania's staff cannot interfere."""

import pytest

from learning.models import GoodPractice
from learning.tests.factories import GoodPracticeFactory
from learning.tests.personas import (  # noqa: F401 - fixtures
    burgenlandkreis,
    greta,
    jussi,
    jyvaskyla,
    piotr,
    west_pomerania,
)

pytestmark = pytest.mark.django_db
URL = "/api/v1/learning/good-practices"


def _practice_body(region="jyvaskyla"):
    return {
        "slug": "kv-kummi",
        "region": region,
        "title": {"en": "KV-Kummi coaching", "fi": "KV-Kummi-valmennus"},
        "main_institution": "City of Jyväskylä",
        "location": "Jyväskylä",
        "challenge_addressed": {"en": "Employers' readiness to hire."},
        "description": {"en": "Coaching for employers."},
        "evidence_of_success": {"en": "Employers hire."},
        "potential_for_transfer": {"en": "Any town."},
    }


def test_the_public_sees_only_validated_practices(client, jyvaskyla):
    GoodPracticeFactory(region=jyvaskyla, slug="draft-one")
    GoodPracticeFactory(region=jyvaskyla, slug="shown", status=GoodPractice.Status.VALIDATED)
    body = client.get(URL).json()
    assert [row["slug"] for row in body] == ["shown"]
    assert client.get(f"{URL}/draft-one").status_code == 404


def test_jussi_writes_submits_and_greta_validates(client, jussi, greta, jyvaskyla):
    client.force_login(jussi)
    created = client.post(URL, _practice_body(), content_type="application/json")
    assert created.status_code == 201, created.json()
    assert created.json()["title"] == {"en": "KV-Kummi coaching", "fi": "KV-Kummi-valmennus"}
    assert client.post(f"{URL}/kv-kummi/submit").json()["status"] == "submitted"

    client.force_login(greta)
    assert client.post(f"{URL}/kv-kummi/validate").json()["status"] == "validated"
    client.logout()
    assert [row["slug"] for row in client.get(URL).json()] == ["kv-kummi"]


def test_piotr_cannot_write_for_jyvaskyla(client, piotr, jyvaskyla):
    client.force_login(piotr)
    answer = client.post(URL, _practice_body(), content_type="application/json")
    assert answer.status_code == 403
    assert not GoodPractice.objects.exists()


def test_bad_input_gets_field_messages_and_saves_nothing(client, jussi, jyvaskyla):
    client.force_login(jussi)
    body = _practice_body() | {
        "title": "not an object",
        "end_date": "2020-01-01",
        "start_date": "2021-01-01",
    }
    answer = client.post(URL, body, content_type="application/json")
    assert answer.status_code == 400
    assert "title" in answer.json()
    body["title"] = {"en": "Fine"}
    answer = client.post(URL, body, content_type="application/json")
    assert answer.status_code == 400
    assert "end_date" in answer.json()
    assert not GoodPractice.objects.exists()


def test_submitting_an_incomplete_practice_is_a_400_with_the_reason(client, jussi, jyvaskyla):
    GoodPracticeFactory(region=jyvaskyla, slug="thin", evidence_of_success={})
    client.force_login(jussi)
    answer = client.post(f"{URL}/thin/submit")
    assert answer.status_code == 400
    assert "evidence of success" in str(answer.json())


def test_a_swedish_query_ranks_practices_by_meaning_with_the_reason(client, jyvaskyla):
    GoodPracticeFactory(
        region=jyvaskyla,
        slug="jutuklubi",
        status=GoodPractice.Status.VALIDATED,
        title={"fi": "Jutuklubi – avoin suomen kielen harjoitusklubi"},
        challenge_addressed={"fi": "Suomen kielen taidon puute."},
        description={"fi": "Avoin klubi suomen puhumisen harjoitteluun."},
    )
    GoodPracticeFactory(
        region=jyvaskyla,
        slug="kv-kummi",
        status=GoodPractice.Status.VALIDATED,
        title={"fi": "KV-Kummi-valmennus työnantajille"},
        challenge_addressed={"fi": "Työnantajien valmius palkata."},
        description={"fi": "Valmennusta työnantajille perehdyttämiseen."},
    )
    rows = client.get(URL, {"q": "öva att prata finska i grupp"}).json()
    assert rows[0]["slug"] == "jutuklubi"
    assert "suome" in rows[0]["match"]["reason"]
    assert client.get(URL).json()[0]["match"] is None
