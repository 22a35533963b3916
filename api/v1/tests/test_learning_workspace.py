# ruff: noqa: F811 - the personas are fixtures, named again as test arguments
"""/api/v1/learning/…: regions, baseline studies with their SWOT, stakeholders, peer reviews,
recommendations and indicators, read by anyone and written by the region's own staff."""

import pytest

from learning.models import BaselineStudy, PeerReview
from learning.tests.factories import (
    AgendaItemFactory,
    BaselineStudyFactory,
    PeerReviewFactory,
    RecommendationFactory,
    StakeholderFactory,
    SwotItemFactory,
)
from learning.tests.personas import jussi, jyvaskyla, piotr, west_pomerania  # noqa: F401

pytestmark = pytest.mark.django_db
API = "/api/v1/learning"


def test_a_published_baseline_study_is_public_with_its_swot(client, jyvaskyla):
    study = BaselineStudyFactory(region=jyvaskyla, status=BaselineStudy.Status.PUBLISHED)
    SwotItemFactory(study=study, quadrant="W", text={"en": "High bureaucracy."})
    BaselineStudyFactory(region__slug="draft-region")
    body = client.get(f"{API}/baseline-studies").json()
    assert len(body) == 1
    assert body[0]["swot"][0]["text"] == {"en": "High bureaucracy."}
    assert body[0]["snapshot"]["services"] == 0


def test_stakeholder_contacts_are_for_the_regions_staff_only(client, jussi, jyvaskyla):
    StakeholderFactory(region=jyvaskyla, contact_name="Satu H.", contact_email="s@example.org")
    assert "contact_name" not in client.get(f"{API}/stakeholders").json()[0]
    client.force_login(jussi)
    assert client.get(f"{API}/stakeholders").json()[0]["contact_name"] == "Satu H."


def test_jussi_adds_a_swot_item_and_piotr_cannot(client, jussi, piotr, jyvaskyla):
    study = BaselineStudyFactory(region=jyvaskyla)
    body = {"study": study.pk, "quadrant": "W", "text": {"en": "Voice not heard"}}
    client.force_login(piotr)
    assert (
        client.post(f"{API}/swot-items", body, content_type="application/json").status_code == 403
    )
    client.force_login(jussi)
    answer = client.post(f"{API}/swot-items", body, content_type="application/json")
    assert answer.status_code == 201
    assert study.swot_items.count() == 1


def test_peer_review_visitors_follow_the_rules(client, jussi, jyvaskyla, west_pomerania):
    from directory.tests.factories import RegionFactory

    review = PeerReviewFactory(region=jyvaskyla)
    RegionFactory(slug="leipzig", country="DE")
    RegionFactory(slug="linkoping", country="SE")
    client.force_login(jussi)
    url = f"{API}/peer-reviews/{review.pk}"
    answer = client.post(
        f"{url}/visitors", {"visitors": ["jyvaskyla"]}, content_type="application/json"
    )
    assert answer.status_code == 400
    answer = client.post(
        f"{url}/visitors",
        {"visitors": ["west-pomerania", "linkoping"]},
        content_type="application/json",
    )
    assert answer.json()["visitors"] == ["linkoping", "west-pomerania"]
    answer = client.post(f"{url}/confirm")
    assert answer.status_code == 400
    assert "day" in str(answer.json())
    for day, kind in ((1, "visit"), (2, "stakeholder_meeting"), (3, "closing_event")):
        AgendaItemFactory(review=review, day=day, kind=kind)
    assert client.post(f"{url}/confirm").json()["status"] == PeerReview.Status.CONFIRMED


def test_the_host_answers_a_recommendation(client, jussi, jyvaskyla):
    recommendation = RecommendationFactory(region=jyvaskyla)
    client.force_login(jussi)
    answer = client.post(
        f"{API}/recommendations/{recommendation.pk}/respond",
        {
            "decision": "adapted",
            "reasons": {"en": "Within our means."},
            "decided_on": "2025-11-12",
            "decided_by": "Stakeholder group",
        },
        content_type="application/json",
    )
    assert answer.status_code == 200, answer.json()
    assert answer.json()["response"]["decision"] == "adapted"


def test_project_indicators_are_counted(client, jyvaskyla):
    RecommendationFactory(region=jyvaskyla)
    rows = {row["code"]: row["value"] for row in client.get(f"{API}/project-indicators").json()}
    assert rows["recommendations"] == 1
    assert rows["good_practices_validated"] == 0


def test_regions_list_the_partners(client, jyvaskyla, west_pomerania):
    slugs = [row["slug"] for row in client.get(f"{API}/regions").json()]
    assert slugs == ["jyvaskyla", "west-pomerania"]


def test_jussi_records_a_policy_workshop_and_the_public_reads_it(client, jussi, jyvaskyla):
    client.force_login(jussi)
    body = {
        "region": "jyvaskyla",
        "date": "2026-03-10",
        "place": "Jyväskylä",
        "summary": {"en": "Coming changes."},
    }
    answer = client.post(f"{API}/policy-workshops", body, content_type="application/json")
    assert answer.status_code == 201, answer.json()
    client.logout()
    assert client.get(f"{API}/policy-workshops").json()[0]["summary"] == {"en": "Coming changes."}
