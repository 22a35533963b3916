"""A matching rule: when it fires, and what a staff member may not save."""

import pytest
from django.core.exceptions import ValidationError

from navigator.models import Rule
from navigator.questionnaire import Answers

pytestmark = pytest.mark.django_db


def rule(**fields):
    defaults = {"effect": Rule.Effect.BOOST, "taxonomy": "need", "term": "study"}
    return Rule(**(defaults | fields))


def test_a_rule_fires_on_its_answer_among_several():
    studies = rule(question="situation", answer="student")
    assert studies.matches(Answers(situation=("worker", "student")))
    assert not studies.matches(Answers(situation=("worker",)))


def test_a_negated_rule_fires_when_the_answer_is_not_given():
    not_a_student = rule(question="situation", answer="student", negate=True)
    assert not_a_student.matches(Answers(situation=("worker",)))
    assert not_a_student.matches(Answers())
    assert not not_a_student.matches(Answers(situation=("student",)))


def test_an_age_rule_fires_inside_its_range_and_never_without_an_age():
    young = rule(question="age", age_from=15, age_to=29)
    assert young.matches(Answers(age=15)) and young.matches(Answers(age=29))
    assert not young.matches(Answers(age=30))
    assert not young.matches(Answers())
    older = rule(question="age", age_from=60)
    assert older.matches(Answers(age=91))


def test_the_integration_plan_answer_dont_know_is_its_own_answer():
    unsure = rule(question="integration_plan", answer="dont_know")
    assert unsure.matches(Answers(integration_plan="dont_know"))
    assert not unsure.matches(Answers())


def test_a_rule_must_name_an_answer_its_question_has():
    with pytest.raises(ValidationError) as error:
        rule(question="goal", answer="become_astronaut").full_clean()
    assert "learn_finnish" in str(error.value.message_dict["answer"])


def test_an_age_rule_needs_a_range_in_order():
    with pytest.raises(ValidationError) as error:
        rule(question="age").full_clean()
    assert "age_from" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        rule(question="age", age_from=40, age_to=20).full_clean()
    assert "age_to" in error.value.message_dict


def test_the_default_rules_exist_after_migrating():
    assert Rule.objects.filter(question="audience", answer="employer", effect="require").exists()
    assert Rule.objects.count() >= 40
