"""Satu removes what her region no longer needs from the staff pages: every edit page has a
Delete button (a plain POST form, no script), and the agenda items and meetings she would
delete have their Edit links where they are listed."""

import datetime
import re

import pytest

from learning import models
from learning.tests.factories import (
    AgendaItemFactory,
    GoodPracticeFactory,
    PeerReviewFactory,
    PolicyInstrumentFactory,
    RecommendationFactory,
    StakeholderFactory,
)

pytestmark = pytest.mark.django_db


def _meeting(region):
    return models.Meeting.objects.create(
        region=region, date=datetime.date(2025, 4, 2), place="Jyväskylä", topics={"en": "SWOT"}
    )


def _indicator(region):
    change = models.PolicyChange.objects.create(
        instrument=PolicyInstrumentFactory(region=region),
        what={"en": "x"},
        decided_on=datetime.date(2025, 11, 12),
        decided_by="Council",
    )
    return models.Indicator.objects.create(policy_change=change, name={"en": "Reached"})


RECORDS = {
    "stakeholder": lambda region: StakeholderFactory(region=region),
    "meeting": _meeting,
    "policy-instrument": lambda region: PolicyInstrumentFactory(region=region),
    "peer-review": lambda region: PeerReviewFactory(region=region),
    "agenda-item": lambda region: AgendaItemFactory(review__region=region),
    "recommendation": lambda region: RecommendationFactory(region=region),
    "indicator": _indicator,
}


@pytest.mark.parametrize("kind", RECORDS)
def test_satu_deletes_a_record_from_its_edit_page(client, satu, jyvaskyla, kind):
    record = RECORDS[kind](jyvaskyla)
    client.force_login(satu)
    page = client.get(f"/staff/learning/jyvaskyla/{kind}/{record.pk}/").content.decode()
    action = f"/staff/learning/jyvaskyla/{kind}/{record.pk}/delete/"
    form = re.search(rf'<form method="post" action="{action}"[^>]*>(.*?)</form>', page, re.S)
    assert form, "no Delete form on the edit page"
    assert "csrfmiddlewaretoken" in form.group(1) and ">Delete</button>" in form.group(1)
    assert "<script" not in form.group(1)
    answer = client.post(action, follow=True)
    assert "Deleted." in answer.content.decode()
    assert not type(record).objects.filter(pk=record.pk).exists()


def test_a_new_record_has_nothing_to_delete(client, satu, jyvaskyla):
    client.force_login(satu)
    assert (
        ">Delete</button>"
        not in client.get("/staff/learning/jyvaskyla/stakeholder/new/").content.decode()
    )


def test_agenda_items_and_meetings_have_edit_links_where_they_are_listed(client, satu, jyvaskyla):
    item = AgendaItemFactory(review__region=jyvaskyla)
    meeting = _meeting(jyvaskyla)
    client.force_login(satu)
    review_page = client.get(f"/staff/learning/peer-reviews/{item.review.pk}/").content.decode()
    assert f'href="/staff/learning/jyvaskyla/agenda-item/{item.pk}/"' in review_page
    workspace = client.get("/staff/learning/jyvaskyla/").content.decode()
    assert f'href="/staff/learning/jyvaskyla/meeting/{meeting.pk}/"' in workspace


def test_vera_who_only_views_gets_no_edit_links(client, vera, jyvaskyla):
    item = AgendaItemFactory(review__region=jyvaskyla)
    client.force_login(vera)
    review_page = client.get(f"/staff/learning/peer-reviews/{item.review.pk}/").content.decode()
    assert "/agenda-item/" not in review_page


def test_a_validated_practice_is_reopened_before_it_is_deleted(client, satu, jyvaskyla):
    practice = GoodPracticeFactory(region=jyvaskyla, status=models.GoodPractice.Status.VALIDATED)
    client.force_login(satu)
    answer = client.post(
        f"/staff/learning/jyvaskyla/good-practice/{practice.pk}/delete/", follow=True
    )
    assert "reopen it as a draft first" in answer.content.decode()
    assert models.GoodPractice.objects.filter(pk=practice.pk).exists()
