"""Piotr, partner staff in West Pomerania, reads Jyväskylä's workspace in the back office and
through the API: both show him the same practices, and neither shows Jyväskylä's draft."""

import pytest

from learning.models import GoodPractice
from learning.tests.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(jyvaskyla):
    return {
        "draft": GoodPracticeFactory(region=jyvaskyla, title={"en": "Unfinished idea"}),
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


def test_the_back_office_and_the_api_show_piotr_the_same_practices(client, piotr, practices):
    client.force_login(piotr)
    page = client.get("/staff/learning/jyvaskyla/").content.decode()
    in_back_office = {
        slug
        for slug, practice in ((p.slug, p) for p in practices.values())
        if str(practice.title.get("en")) in page
    }
    in_api = {row["slug"] for row in client.get("/api/v1/learning/good-practices").json()}
    assert in_back_office == in_api == {practices["validated"].slug}
