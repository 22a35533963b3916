"""The workflow buttons on the staff pages: submit, validate, return, publish, confirm."""

import pytest

from learning.models import GoodPractice
from learning.tests.factories import AgendaItemFactory, GoodPracticeFactory, PeerReviewFactory

pytestmark = pytest.mark.django_db


def test_jussi_submits_and_greta_validates_from_the_pages(client, jussi, greta, jyvaskyla):
    practice = GoodPracticeFactory(region=jyvaskyla, slug="kv-kummi")
    client.force_login(jussi)
    client.post("/staff/learning/practices/kv-kummi/submit/")
    practice.refresh_from_db()
    assert practice.status == GoodPractice.Status.SUBMITTED
    client.force_login(greta)
    answer = client.post("/staff/learning/practices/kv-kummi/validate/", follow=True)
    assert "validated and public now" in answer.content.decode()
    practice.refresh_from_db()
    assert practice.status == GoodPractice.Status.VALIDATED


def test_jussi_cannot_validate_his_own_regions_practice(client, jussi, jyvaskyla):
    GoodPracticeFactory(region=jyvaskyla, slug="kv-kummi", status=GoodPractice.Status.SUBMITTED)
    client.force_login(jussi)
    assert client.post("/staff/learning/practices/kv-kummi/validate/").status_code == 403


def test_greta_returns_a_practice_with_a_note(client, greta, jyvaskyla):
    practice = GoodPracticeFactory(
        region=jyvaskyla, slug="thin", status=GoodPractice.Status.SUBMITTED
    )
    client.force_login(greta)
    page = client.post("/staff/learning/practices/thin/return/", {"note": ""}).content.decode()
    assert "This field is required." in page
    client.post("/staff/learning/practices/thin/return/", {"note": "Add evidence."})
    practice.refresh_from_db()
    assert practice.review_note == "Add evidence."


def test_an_incomplete_practice_gets_a_message_not_an_error(client, jussi, jyvaskyla):
    GoodPracticeFactory(region=jyvaskyla, slug="thin", evidence_of_success={})
    client.force_login(jussi)
    page = client.post("/staff/learning/practices/thin/submit/", follow=True).content.decode()
    assert "Fill in these fields before submitting" in page


def test_satu_sets_visitors_and_confirms_a_peer_review(
    client, satu, jyvaskyla, burgenlandkreis, west_pomerania
):
    review = PeerReviewFactory(region=jyvaskyla)
    client.force_login(satu)
    url = f"/staff/learning/peer-reviews/{review.pk}/"
    page = client.get(url).content.decode()
    assert "Before it can be confirmed" in page
    client.post(url, {"visitors": [burgenlandkreis.pk, west_pomerania.pk]})
    assert review.visitors.count() == 2
    page = client.post(url, {"confirm": "1"}, follow=True).content.decode()
    assert "nothing is planned on day" in page
    for day, kind in ((1, "visit"), (2, "stakeholder_meeting"), (3, "closing_event")):
        AgendaItemFactory(review=review, day=day, kind=kind)
    client.post(url, {"confirm": "1"})
    review.refresh_from_db()
    assert review.status == "confirmed"


def test_piotr_cannot_change_jyvaskylas_peer_review(client, piotr, jyvaskyla, west_pomerania):
    review = PeerReviewFactory(region=jyvaskyla)
    client.force_login(piotr)
    assert (
        client.post(f"/staff/learning/peer-reviews/{review.pk}/", {"confirm": "1"}).status_code
        == 403
    )
