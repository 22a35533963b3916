"""The trail from a peer-review recommendation to a policy change and its measured impact, the
region's timeline, and the project's indicators counted from the data."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from directory.translation import TranslatedText
from learning import trail
from learning.indicators import project_indicators
from learning.models import Indicator, Measurement, PolicyChange, Response
from learning.tests.factories import PolicyInstrumentFactory, RecommendationFactory
from learning.timeline import timeline

pytestmark = pytest.mark.django_db

DAY = datetime.date(2025, 11, 12)


def _respond(user, recommendation, decision="accepted"):
    return trail.respond(
        user,
        recommendation,
        decision=decision,
        reasons=TranslatedText({"en": "It answers our SWOT."}),
        decided_on=DAY,
        decided_by="Stakeholder group",
    )


def test_satu_follows_a_recommendation_to_measured_impact(satu, jyvaskyla):
    recommendation = RecommendationFactory(region=jyvaskyla)
    instrument = PolicyInstrumentFactory(region=jyvaskyla)
    response = _respond(satu, recommendation)
    change = trail.record_change(
        satu,
        PolicyChange(
            instrument=instrument,
            response=response,
            what=TranslatedText({"en": "Joint communication becomes a measure."}),
            decided_on=datetime.date(2026, 2, 16),
            decided_by="City Council",
        ),
    )
    indicator = Indicator.objects.create(policy_change=change, name={"en": "Services listed"})
    trail.measure(
        satu, Measurement(indicator=indicator, measured_on=datetime.date(2026, 3, 1), value=59)
    )
    assert indicator.latest.value == 59

    kinds = [event.kind for event in timeline(jyvaskyla, satu)]
    assert kinds == ["Recommendation Accepted", "Policy change", "Indicator measured"]
    counted = {row.code: row.value for row in project_indicators(jyvaskyla)}
    assert counted["recommendations"] == 1
    assert counted["recommendations_taken_up"] == 1
    assert counted["policy_instruments_improved"] == 1


def test_a_rejected_recommendation_leads_to_no_change(satu, jyvaskyla):
    response = _respond(satu, RecommendationFactory(region=jyvaskyla), decision="rejected")
    change = PolicyChange(
        instrument=PolicyInstrumentFactory(region=jyvaskyla),
        response=response,
        what={"en": "x"},
        decided_on=DAY,
        decided_by="Council",
    )
    with pytest.raises(ValidationError) as error:
        trail.record_change(satu, change)
    assert "rejected" in str(error.value)
    assert not PolicyChange.objects.exists()
    counted = {row.code: row.value for row in project_indicators(jyvaskyla)}
    assert counted["recommendations_taken_up"] == 0


def test_a_response_needs_its_reasons(satu, jyvaskyla):
    with pytest.raises(ValidationError) as error:
        trail.respond(
            satu,
            RecommendationFactory(region=jyvaskyla),
            decision="adapted",
            reasons=TranslatedText(),
            decided_on=DAY,
            decided_by="Stakeholder group",
        )
    assert "reasons" in error.value.message_dict
    assert not Response.objects.exists()


def test_one_value_a_day_per_indicator(satu, jyvaskyla):
    instrument = PolicyInstrumentFactory(region=jyvaskyla)
    change = PolicyChange.objects.create(
        instrument=instrument, what={"en": "x"}, decided_on=DAY, decided_by="Council"
    )
    indicator = Indicator.objects.create(policy_change=change, name={"en": "Services listed"})
    trail.measure(satu, Measurement(indicator=indicator, measured_on=DAY, value=10))
    with pytest.raises(ValidationError) as error:
        trail.measure(satu, Measurement(indicator=indicator, measured_on=DAY, value=12))
    assert "already recorded" in str(error.value)


def test_piotr_cannot_answer_for_jyvaskyla(piotr, jyvaskyla):
    with pytest.raises(PermissionDenied):
        _respond(piotr, RecommendationFactory(region=jyvaskyla))


# --- Impossible dates and values on the trail are refused on the field, with what to write ------
def _change(instrument, response=None, decided_on=DAY):
    return PolicyChange(
        instrument=instrument,
        response=response,
        what={"en": "Joint communication becomes a measure."},
        decided_on=decided_on,
        decided_by="City Council",
    )


def test_satu_cannot_date_a_response_before_the_peer_review_that_gave_it(satu, jyvaskyla):
    from learning.tests.factories import PeerReviewFactory

    review = PeerReviewFactory(region=jyvaskyla, starts_on=datetime.date(2025, 9, 23))
    recommendation = RecommendationFactory(region=jyvaskyla, peer_review=review)
    with pytest.raises(ValidationError) as error:
        trail.respond(
            satu,
            recommendation,
            decision="accepted",
            reasons=TranslatedText({"en": "It answers our SWOT."}),
            decided_on=datetime.date(2025, 6, 1),
            decided_by="Stakeholder group",
        )
    assert error.value.message_dict["decided_on"] == [
        "The response cannot be dated before the peer review that gave the recommendation "
        "(2025-09-23)."
    ]
    assert not Response.objects.exists()
    assert _respond(satu, recommendation).decided_on == DAY  # after the review: accepted


def test_satu_cannot_date_a_change_before_the_response_it_follows(satu, jyvaskyla):
    response = _respond(satu, RecommendationFactory(region=jyvaskyla))
    instrument = PolicyInstrumentFactory(region=jyvaskyla)
    early = _change(instrument, response, decided_on=DAY - datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        trail.record_change(satu, early)
    assert error.value.message_dict["decided_on"] == [
        "The change cannot be decided before the response it follows (2025-11-12)."
    ]
    assert not PolicyChange.objects.exists()
    trail.record_change(satu, _change(instrument, response, decided_on=DAY))  # the same day


def test_satu_cannot_move_a_response_after_the_change_it_led_to(satu, jyvaskyla):
    recommendation = RecommendationFactory(region=jyvaskyla)
    response = _respond(satu, recommendation)
    trail.record_change(satu, _change(PolicyInstrumentFactory(region=jyvaskyla), response))
    with pytest.raises(ValidationError) as error:
        trail.respond(satu, recommendation, decided_on=DAY + datetime.timedelta(days=30))
    assert "after the policy change" in error.value.message_dict["decided_on"][0]
    response.refresh_from_db()
    assert response.decided_on == DAY


@pytest.fixture
def people_reached(jyvaskyla):
    change = PolicyChange.objects.create(
        instrument=PolicyInstrumentFactory(region=jyvaskyla),
        what={"en": "x"},
        decided_on=DAY,
        decided_by="Council",
    )
    return Indicator.objects.create(
        policy_change=change, name={"en": "Newcomers reached"}, unit="people"
    )


def test_a_count_of_people_cannot_be_negative(satu, people_reached):
    with pytest.raises(ValidationError) as error:
        trail.measure(satu, Measurement(indicator=people_reached, measured_on=DAY, value=-40))
    assert "cannot be negative" in error.value.message_dict["value"][0]
    assert not Measurement.objects.exists()
    people_reached.target_value = -5
    with pytest.raises(ValidationError) as error:
        people_reached.full_clean()
    assert list(error.value.message_dict) == ["target_value"]


def test_a_value_measured_before_the_change_is_its_baseline_but_none_is_measured_tomorrow(
    satu, people_reached
):
    from django.utils import timezone

    before = trail.measure(
        satu,
        Measurement(indicator=people_reached, measured_on=datetime.date(2024, 1, 1), value=0),
    )
    assert before.pk
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        trail.measure(satu, Measurement(indicator=people_reached, measured_on=tomorrow, value=1))
    assert error.value.message_dict["measured_on"] == [
        "A value cannot be measured on a day that has not come yet."
    ]
