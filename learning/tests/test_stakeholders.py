"""Jussi keeps Jyväskylä's local stakeholder group: its members and the log of its meetings. A
meeting counts as held from its day on, and none is dated before the project began."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from directory.translation import TranslatedText
from learning import editing
from learning.indicators import project_indicators
from learning.models import Meeting

pytestmark = pytest.mark.django_db


def _meeting(region, date):
    return Meeting(
        region=region, date=date, place="Jyväskylä", topics=TranslatedText({"en": "SWOT"})
    )


def _held(region):
    return {row.code: row.value for row in project_indicators(region)}["stakeholder_meetings"]


def test_a_meeting_logged_ahead_is_not_held_until_its_day(jussi, jyvaskyla):
    today = timezone.localdate()
    editing.save(jussi, _meeting(jyvaskyla, today))
    editing.save(jussi, _meeting(jyvaskyla, today + datetime.timedelta(days=30)))
    editing.save(jussi, _meeting(jyvaskyla, datetime.date(2099, 1, 1)))
    assert _held(jyvaskyla) == 1
    assert _held(None) == 1


def test_a_meeting_before_the_project_began_is_refused(jussi, jyvaskyla):
    with pytest.raises(ValidationError) as error:
        editing.save(jussi, _meeting(jyvaskyla, datetime.date(1900, 1, 1)))
    assert error.value.message_dict["date"] == [
        "The project began on 2023-03-01; give a date from then on."
    ]
    assert not Meeting.objects.exists()
    editing.save(jussi, _meeting(jyvaskyla, datetime.date(2023, 3, 1)))
    assert Meeting.objects.count() == 1


def test_a_second_stakeholder_of_the_same_name_is_refused_in_words(jussi, jyvaskyla):
    from learning.models import Stakeholder
    from learning.tests.factories import StakeholderFactory

    StakeholderFactory(region=jyvaskyla, name="Multicultural Center Gloria")
    twin = StakeholderFactory.build(region=jyvaskyla, name="Multicultural Center Gloria")
    with pytest.raises(ValidationError) as error:
        editing.save(jussi, twin)
    assert error.value.message_dict == {
        "name": ["This region already has a stakeholder named “Multicultural Center Gloria”."]
    }
    assert Stakeholder.objects.count() == 1
