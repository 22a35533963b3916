"""A region's staff keep their own workspace; nobody else may change it."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from directory.translation import TranslatedText
from learning import editing
from learning.models import Meeting, SwotItem
from learning.tests.factories import BaselineStudyFactory, StakeholderFactory, SwotItemFactory

pytestmark = pytest.mark.django_db


def test_jyvaskylas_partner_staff_write_a_swot_item(jussi, jyvaskyla):
    study = BaselineStudyFactory(region=jyvaskyla)
    item = SwotItem(study=study, quadrant="S", text=TranslatedText({"en": "Ecosystem is deep."}))
    editing.save(jussi, item)
    assert study.swot_items.get().text.get("en").text == "Ecosystem is deep."


def test_the_coordinator_edits_too_but_a_viewer_does_not(satu, vera, jyvaskyla):
    item = SwotItemFactory(study=BaselineStudyFactory(region=jyvaskyla))
    item.text = TranslatedText({"en": "Changed by Satu"})
    editing.save(satu, item)
    item.text = TranslatedText({"en": "Changed by Vera"})
    with pytest.raises(PermissionDenied):
        editing.save(vera, item)
    item.refresh_from_db()
    assert item.text.get("en").text == "Changed by Satu"


def test_piotr_from_west_pomerania_cannot_touch_jyvaskylas_swot(piotr, jyvaskyla):
    item = SwotItemFactory(study=BaselineStudyFactory(region=jyvaskyla))
    item.text = TranslatedText({"en": "Vandalised"})
    with pytest.raises(PermissionDenied) as refusal:
        editing.save(piotr, item)
    assert "Only the staff of" in str(refusal.value)
    with pytest.raises(PermissionDenied):
        editing.delete(piotr, item)
    assert SwotItem.objects.filter(pk=item.pk).exists()


def test_nobody_moves_a_record_into_a_region_they_do_not_keep(jussi, piotr, west_pomerania):
    member = StakeholderFactory(region=west_pomerania)
    member.region_id = jussi.memberships.get().region_id
    with pytest.raises(PermissionDenied):
        editing.save(jussi, member)


def test_anonymous_visitors_cannot_edit(jyvaskyla):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        editing.save(AnonymousUser(), StakeholderFactory.build(region=jyvaskyla))


def test_a_meeting_lists_only_the_regions_own_stakeholders(jussi, jyvaskyla, west_pomerania):
    ours = StakeholderFactory(region=jyvaskyla)
    theirs = StakeholderFactory(region=west_pomerania)
    meeting = Meeting(
        region=jyvaskyla,
        date=datetime.date(2025, 4, 2),
        place="Jyväskylä",
        topics=TranslatedText({"en": "The baseline study"}),
    )
    with pytest.raises(ValidationError) as error:
        editing.save(jussi, meeting, m2m={"participants": [ours, theirs]})
    assert "participants" in error.value.message_dict
    assert not Meeting.objects.exists()
    editing.save(jussi, meeting, m2m={"participants": [ours]})
    assert list(meeting.participants.all()) == [ours]
