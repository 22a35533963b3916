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
