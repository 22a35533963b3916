"""Piotr, partner staff in West Pomerania, reads Jyväskylä's workspace in the back office and
through the API: both show him the same practices, and neither shows Jyväskylä's draft. So for
Jussi (Jyväskylä's own staff: everything) and Greta (the lead partner's staff: what waits for
her validation too)."""

import pytest

from learning.models import GoodPractice
from learning.tests.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(jyvaskyla):
    return {
        "draft": GoodPracticeFactory(region=jyvaskyla, title={"en": "Unfinished idea"}),
        "submitted": GoodPracticeFactory(
            region=jyvaskyla,
            status=GoodPractice.Status.SUBMITTED,
            title={"en": "Waiting for validation"},
        ),
        "validated": GoodPracticeFactory(
            region=jyvaskyla,
            status=GoodPractice.Status.VALIDATED,
            title={"en": "KV-Kummi mentoring"},
        ),
    }


def test_a_partner_of_another_region_does_not_see_a_draft_in_the_back_office(
    client, piotr, practices
):
    client.force_login(piotr)
    page = client.get("/staff/learning/jyvaskyla/").content.decode()
    assert "KV-Kummi mentoring" in page
    assert "Unfinished idea" not in page


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("piotr", {"validated"}),
        ("jussi", {"draft", "submitted", "validated"}),
        ("greta", {"submitted", "validated"}),
    ],
)
def test_the_back_office_and_the_api_show_each_person_the_same_practices(
    client, request, practices, persona, expected
):
    client.force_login(request.getfixturevalue(persona))
    page = client.get("/staff/learning/jyvaskyla/").content.decode()
    in_back_office = {key for key, p in practices.items() if str(p.title.get("en")) in page}
    slugs = {row["slug"] for row in client.get("/api/v1/learning/good-practices").json()}
    in_api = {key for key, p in practices.items() if p.slug in slugs}
    assert in_back_office == in_api == expected
