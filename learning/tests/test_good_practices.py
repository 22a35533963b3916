"""A good practice goes draft → submitted → validated; the lead partner validates, never the
practice's own region, and only validated practices reach the public library."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from directory.translation import TranslatedText
from learning import editing, good_practices
from learning.models import GoodPractice
from learning.tests.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db


def test_jussi_submits_and_greta_of_the_lead_partner_validates(jussi, greta, jyvaskyla):
    practice = GoodPracticeFactory(region=jyvaskyla)
    good_practices.submit(jussi, practice)
    assert practice.status == GoodPractice.Status.SUBMITTED
    assert practice.submitted_by == jussi
    assert not GoodPractice.objects.public().exists()

    good_practices.validate(greta, practice)
    assert practice.status == GoodPractice.Status.VALIDATED
    assert practice.validated_by == greta
    assert list(GoodPractice.objects.public()) == [practice]


def test_a_region_cannot_validate_its_own_practice(satu, jyvaskyla):
    practice = GoodPracticeFactory(region=jyvaskyla, status=GoodPractice.Status.SUBMITTED)
    with pytest.raises(PermissionDenied):
        good_practices.validate(satu, practice)


def test_piotr_of_another_region_can_neither_submit_nor_validate(piotr, jyvaskyla):
    practice = GoodPracticeFactory(region=jyvaskyla)
    with pytest.raises(PermissionDenied):
        good_practices.submit(piotr, practice)
    practice.status = GoodPractice.Status.SUBMITTED
    practice.save()
    with pytest.raises(PermissionDenied):
        good_practices.validate(piotr, practice)


def test_the_lead_partners_own_practice_needs_someone_else(greta, burgenlandkreis):
    practice = GoodPracticeFactory(region=burgenlandkreis, status=GoodPractice.Status.SUBMITTED)
    with pytest.raises(PermissionDenied):
        good_practices.validate(greta, practice)


def test_an_incomplete_practice_cannot_be_submitted(jussi, jyvaskyla):
    practice = GoodPracticeFactory(region=jyvaskyla, evidence_of_success={})
    with pytest.raises(ValidationError) as error:
        good_practices.submit(jussi, practice)
    assert "evidence of success" in str(error.value)
    practice.refresh_from_db()
    assert practice.status == GoodPractice.Status.DRAFT


def test_greta_returns_a_practice_with_a_note_and_jussi_improves_it(jussi, greta, jyvaskyla):
    practice = GoodPracticeFactory(region=jyvaskyla, status=GoodPractice.Status.SUBMITTED)
    with pytest.raises(ValidationError):
        good_practices.return_to_draft(greta, practice, "   ")
    good_practices.return_to_draft(greta, practice, "Add numbers to the evidence.")
    assert practice.status == GoodPractice.Status.DRAFT
    assert practice.review_note == "Add numbers to the evidence."
    practice.evidence_of_success = TranslatedText({"en": "120 employers coached in 2024."})
    editing.save(jussi, practice)
    good_practices.submit(jussi, practice)
    assert practice.review_note == ""


def test_a_validated_practice_is_locked_until_reopened(jussi, jyvaskyla):
    practice = GoodPracticeFactory(region=jyvaskyla, status=GoodPractice.Status.VALIDATED)
    practice.title = TranslatedText({"en": "Quietly changed"})
    with pytest.raises(ValidationError):
        editing.save(jussi, practice)
    good_practices.reopen(jussi, practice)
    assert not GoodPractice.objects.public().exists()
    practice.title = TranslatedText({"en": "Openly changed"})
    editing.save(jussi, practice)
    assert GoodPractice.objects.get().title.get("en").text == "Openly changed"


def test_validating_twice_says_what_happened(greta, jyvaskyla):
    practice = GoodPracticeFactory(region=jyvaskyla, status=GoodPractice.Status.VALIDATED)
    with pytest.raises(ValidationError) as error:
        good_practices.validate(greta, practice)
    assert "reload" in str(error.value)
