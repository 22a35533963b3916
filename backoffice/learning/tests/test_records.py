"""Adding and changing records on the staff pages, with the region rules of the domain layer."""

import pytest

from learning.models import GoodPractice, Stakeholder, SwotItem
from learning.tests.factories import SwotItemFactory

pytestmark = pytest.mark.django_db


def _translated(name, **texts):
    from django.conf import settings

    return {
        f"{name}_{code}": texts.get(code.replace("-", "_"), "") for code, _n in settings.LANGUAGES
    }


def test_jussi_adds_a_swot_weakness(client, jussi, jyvaskyla):
    client.force_login(jussi)
    form = client.get("/staff/learning/jyvaskyla/swot-item/new/")
    assert form.status_code == 200
    data = {
        "quadrant": "W",
        "position": 0,
        **_translated("text", en="High bureaucracy."),
        **_translated("evidence"),
    }
    answer = client.post("/staff/learning/jyvaskyla/swot-item/new/", data)
    assert answer.status_code == 302, answer.content.decode()[:2000]
    assert SwotItem.objects.get().text.get("en").text == "High bureaucracy."


def test_an_empty_swot_item_is_refused_with_a_message(client, jussi, jyvaskyla):
    client.force_login(jussi)
    data = {"quadrant": "W", "position": 0, **_translated("text"), **_translated("evidence")}
    page = client.post("/staff/learning/jyvaskyla/swot-item/new/", data).content.decode()
    assert "Write this in at least one language" in page
    assert not SwotItem.objects.exists()


def test_piotr_cannot_open_jyvaskylas_forms_or_delete(client, piotr, jyvaskyla):
    item = SwotItemFactory(study__region=jyvaskyla)
    client.force_login(piotr)
    assert client.get("/staff/learning/jyvaskyla/swot-item/new/").status_code == 403
    assert client.get(f"/staff/learning/jyvaskyla/swot-item/{item.pk}/").status_code == 403
    assert client.post(f"/staff/learning/jyvaskyla/swot-item/{item.pk}/delete/").status_code == 403
    assert SwotItem.objects.filter(pk=item.pk).exists()


def test_a_record_is_only_reached_through_its_own_region(client, piotr, jyvaskyla, west_pomerania):
    item = SwotItemFactory(study__region=jyvaskyla)
    client.force_login(piotr)
    assert client.get(f"/staff/learning/west-pomerania/swot-item/{item.pk}/").status_code == 404


def test_satu_adds_a_stakeholder_and_a_good_practice(client, satu, jyvaskyla):
    client.force_login(satu)
    answer = client.post(
        "/staff/learning/jyvaskyla/stakeholder/new/",
        {
            "name": "Multicultural Center Gloria",
            "sector": "third_sector",
            "active": "on",
            **_translated("role"),
        },
    )
    assert answer.status_code == 302
    assert Stakeholder.objects.get().region == jyvaskyla
    fields = {
        "slug": "jutuklubi",
        "main_institution": "City of Jyväskylä",
        "location": "Jyväskylä",
        "contact_name": "",
        "contact_email": "",
        **_translated("title", en="Jutuklubi"),
        **_translated("challenge_addressed", en="Language barrier"),
        **_translated("description", en="An open club."),
    }
    for name in (
        "resources_needed",
        "evidence_of_success",
        "difficulties",
        "potential_for_transfer",
    ):
        fields.update(_translated(name))
    answer = client.post("/staff/learning/jyvaskyla/good-practice/new/", fields)
    assert answer.status_code == 302
    assert GoodPractice.objects.get().status == GoodPractice.Status.DRAFT


def test_satu_plans_a_peer_review_and_adds_its_agenda(client, satu, jyvaskyla):
    from learning.models import AgendaItem, PeerReview

    client.force_login(satu)
    answer = client.post(
        "/staff/learning/jyvaskyla/peer-review/new/",
        {
            "starts_on": "2025-09-23",
            **_translated("title", en="Peer review in Jyväskylä"),
            **_translated("focus"),
            **_translated("observations"),
            **_translated("closing_event"),
        },
    )
    assert answer.status_code == 302
    review = PeerReview.objects.get()
    answer = client.post(
        "/staff/learning/jyvaskyla/agenda-item/new/",
        {
            "review": review.pk,
            "day": 3,
            "starts_at": "13:00",
            "kind": "closing_event",
            **_translated("title", en="Closing event"),
            **_translated("notes"),
        },
    )
    assert answer.status_code == 302
    assert AgendaItem.objects.get().review == review


def _post_agenda_item(client, region_slug, review, day):
    return client.post(
        f"/staff/learning/{region_slug}/agenda-item/new/",
        {
            "review": review.pk,
            "day": day,
            "starts_at": "09:00",
            "kind": "visit",
            **_translated("title", en="A visit"),
            **_translated("notes"),
        },
    ).content.decode()


def test_an_agenda_day_outside_the_three_days_is_refused(client, satu, jyvaskyla):
    from learning.tests.factories import PeerReviewFactory

    review = PeerReviewFactory(region=jyvaskyla)
    client.force_login(satu)
    assert "less than or equal to 3" in _post_agenda_item(client, "jyvaskyla", review, 4)
    assert not review.agenda.exists()


def test_piotr_cannot_attach_an_agenda_item_to_jyvaskylas_review(
    client, piotr, jyvaskyla, west_pomerania
):
    from learning.tests.factories import PeerReviewFactory

    review = PeerReviewFactory(region=jyvaskyla)
    client.force_login(piotr)
    assert "Select a valid choice" in _post_agenda_item(client, "west-pomerania", review, 1)
    assert not review.agenda.exists()


def test_satu_is_told_on_the_field_that_minus_forty_people_is_impossible(client, satu, jyvaskyla):
    from learning.models import Indicator, Measurement, PolicyChange
    from learning.tests.factories import PolicyInstrumentFactory

    change = PolicyChange.objects.create(
        instrument=PolicyInstrumentFactory(region=jyvaskyla),
        what={"en": "x"},
        decided_on="2025-11-12",
        decided_by="Council",
    )
    indicator = Indicator.objects.create(
        policy_change=change, name={"en": "Reached"}, unit="people"
    )
    client.force_login(satu)
    data = {
        "indicator": indicator.pk,
        "measured_on": "2026-01-15",
        "value": "-40",
        **_translated("note"),
    }
    page = client.post("/staff/learning/jyvaskyla/measurement/new/", data).content.decode()
    assert 'href="#id_value">Value: A value of an indicator cannot be negative' in page
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "fi"
    page = client.post("/staff/learning/jyvaskyla/measurement/new/", data).content.decode()
    assert "A value of an indicator cannot be negative" not in page
    assert not Measurement.objects.exists()


def test_satu_adding_a_stakeholder_twice_is_told_so_on_the_name(client, satu, jyvaskyla):
    from learning.tests.factories import StakeholderFactory

    StakeholderFactory(region=jyvaskyla, name="Multicultural Center Gloria")
    client.force_login(satu)
    data = {"name": "Multicultural Center Gloria", "sector": "third_sector", **_translated("role")}
    page = client.post("/staff/learning/jyvaskyla/stakeholder/new/", data).content.decode()
    assert (
        'href="#id_name">Organization: This region already has a stakeholder named '
        "“Multicultural Center Gloria”." in page
    )
    assert "already exists" not in page
    assert Stakeholder.objects.count() == 1
