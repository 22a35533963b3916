"""A peer review: two to four visiting partners from at least two countries other than the
host's, and three days that meet local stakeholders and close with an event."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from directory.tests.factories import RegionFactory
from learning import peer_reviews
from learning.models import AgendaItem, PeerReview
from learning.tests.factories import AgendaItemFactory, PeerReviewFactory, StakeholderFactory

pytestmark = pytest.mark.django_db


def _region(slug, country):
    return RegionFactory(slug=slug, country=country)


def _full_agenda(review):
    AgendaItemFactory(review=review, day=1, kind=AgendaItem.Kind.VISIT)
    AgendaItemFactory(review=review, day=2, kind=AgendaItem.Kind.STAKEHOLDER_MEETING)
    AgendaItemFactory(review=review, day=3, kind=AgendaItem.Kind.CLOSING_EVENT)


def test_satu_plans_a_valid_peer_review_and_confirms_it(satu, jyvaskyla):
    review = PeerReviewFactory(region=jyvaskyla)
    visitors = [
        _region("burgenlandkreis", "DE"),
        _region("postojna", "SI"),
        _region("linkoping", "SE"),
    ]
    peer_reviews.set_visitors(satu, review, visitors)
    _full_agenda(review)
    peer_reviews.confirm(satu, review)
    assert review.status == PeerReview.Status.CONFIRMED
    assert review.ends_on == datetime.date(2025, 9, 25)
    peer_reviews.mark_held(satu, review)
    assert review.status == PeerReview.Status.HELD


def test_visitors_from_one_foreign_country_are_not_enough(satu, jyvaskyla):
    review = PeerReviewFactory(region=jyvaskyla)
    peer_reviews.set_visitors(
        satu, review, [_region("burgenlandkreis", "DE"), _region("leipzig", "DE")]
    )
    _full_agenda(review)
    with pytest.raises(ValidationError) as error:
        peer_reviews.confirm(satu, review)
    assert "at least two countries" in str(error.value)
    review.refresh_from_db()
    assert review.status == PeerReview.Status.PLANNED


def test_visitors_from_the_hosts_own_country_do_not_count(jyvaskyla):
    errors = peer_reviews.visitor_errors(
        jyvaskyla, [_region("helsinki", "FI"), _region("burgenlandkreis", "DE")]
    )
    assert any("at least two countries" in error for error in errors)


def test_one_visitor_is_too_few_and_five_too_many(satu, jyvaskyla):
    assert peer_reviews.visitor_errors(jyvaskyla, [_region("postojna", "SI")])
    five = [_region(f"r{n}", country) for n, country in enumerate(["DE", "SI", "SE", "PL", "ES"])]
    review = PeerReviewFactory(region=jyvaskyla)
    with pytest.raises(ValidationError) as error:
        peer_reviews.set_visitors(satu, review, five)
    assert "2 to 4" in str(error.value)
    assert review.visitors.count() == 0


def test_the_host_does_not_visit_itself(satu, jyvaskyla):
    review = PeerReviewFactory(region=jyvaskyla)
    with pytest.raises(ValidationError):
        peer_reviews.set_visitors(satu, review, [jyvaskyla, _region("postojna", "SI")])


def test_the_agenda_must_fill_three_days_and_close_with_the_event(satu, jyvaskyla):
    review = PeerReviewFactory(region=jyvaskyla)
    AgendaItemFactory(review=review, day=1, kind=AgendaItem.Kind.VISIT)
    AgendaItemFactory(review=review, day=2, kind=AgendaItem.Kind.CLOSING_EVENT)
    errors = peer_reviews.agenda_errors(review)
    assert any("day 3" in error for error in errors)
    assert any("stakeholders" in error for error in errors)
    assert any("last day" in error for error in errors)


def test_agenda_items_meet_only_the_hosts_stakeholders(satu, jyvaskyla, west_pomerania):
    review = PeerReviewFactory(region=jyvaskyla)
    item = AgendaItem(
        review=review, day=1, starts_at=datetime.time(9), kind="visit", title={"en": "x"}
    )
    with pytest.raises(ValidationError):
        peer_reviews.add_agenda_item(
            satu, review, item, [StakeholderFactory(region=west_pomerania)]
        )
    peer_reviews.add_agenda_item(satu, review, item, [StakeholderFactory(region=jyvaskyla)])
    assert review.agenda.count() == 1


def test_a_visiting_partner_cannot_confirm_the_hosts_review(piotr, jyvaskyla):
    review = PeerReviewFactory(region=jyvaskyla)
    with pytest.raises(PermissionDenied):
        peer_reviews.confirm(piotr, review)
