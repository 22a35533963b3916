"""Matching on hand-made services: eligibility filters hard, fit adds up, stages order the path.
The default rules from the data migration are in place, as everywhere the app is migrated."""

from unittest import mock

import pytest

from directory.models import Service, TaxonomyTerm
from directory.tests.factories import (
    LanguageFactory,
    ServiceFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
    tag,
)
from navigator import matching
from navigator.models import Rule
from navigator.questionnaire import Answers

pytestmark = pytest.mark.django_db


def term(taxonomy, code):
    found = TaxonomyTerm.objects.filter(taxonomy__code=taxonomy, code=code).first()
    return found or TaxonomyTermFactory(taxonomy=TaxonomyFactory(code=taxonomy), code=code)


def service(name, *terms, **fields):
    made = ServiceFactory(name={"en": name, "fi": name}, **fields)
    for taxonomy, code in terms:
        tag(made, term(taxonomy, code))
    return made


def build_path(answers, language="en"):
    return matching.build_path(answers, language=language)


def names(answers, language="en"):
    return [step.service.name.exact("en") for step in build_path(answers, language=language).steps]


LEARNER = Answers(goals=("learn_finnish",), finnish_level="A2", age=40, integration_plan="no")


def test_a_course_for_under_thirties_is_not_offered_to_a_forty_year_old():
    service("Youth Finnish", ("need", "learn-finnish"), maximum_age=29)
    service("Finnish for all", ("need", "learn-finnish"))
    assert names(LEARNER) == ["Finnish for all"]


def test_integration_training_needs_a_plan():
    service("Integration training", ("need", "learn-finnish"), integration_plan_required=True)
    assert names(LEARNER) == []
    with_plan = build_path(Answers(goals=("learn_finnish",), integration_plan="yes"))
    assert "because you have an integration plan" in with_plan.steps[0].reasons
    unsure = build_path(Answers(goals=("learn_finnish",), integration_plan="dont_know"))
    assert unsure.steps[0].notes
    assert any("integration plan" in note for note in unsure.notes)


def test_a_course_that_needs_more_finnish_than_the_person_has_is_left_out():
    service("Advanced Finnish", ("need", "learn-finnish"), finnish_level="B2")
    service("Beginners' Finnish", ("need", "learn-finnish"), finnish_level="none")
    assert names(LEARNER) == ["Beginners' Finnish"]
    fluent = Answers(goals=("learn_finnish",), finnish_level="C1")
    assert set(names(fluent)) == {"Advanced Finnish", "Beginners' Finnish"}


def test_only_published_active_services_are_on_a_path():
    service("Draft course", ("need", "learn-finnish"), publication_status=Service.Publication.DRAFT)
    service("Closed course", ("need", "learn-finnish"), status=Service.Status.INACTIVE)
    service("Open course", ("need", "learn-finnish"))
    assert names(LEARNER) == ["Open course"]


def test_a_service_only_for_students_is_left_out_unless_the_person_studies():
    service("Student club", ("target-group", "international-students"), ("need", "meet-people"))
    sociable = Answers(goals=("meet_people",))
    assert names(sociable) == []
    assert names(Answers(situation=("student",), goals=("meet_people",))) == ["Student club"]


def test_an_employer_sees_only_services_for_employers():
    service("Hiring advice", ("target-group", "employers"), ("need", "hire"))
    service("Job club", ("target-group", "jobseekers"), ("need", "find-job"))
    employer = Answers(audience="employer", goals=("hire", "find_job"))
    assert names(employer) == ["Hiring advice"]
    assert names(Answers(goals=("find_job",), situation=("jobseeker",))) == ["Job club"]


def test_a_service_in_the_persons_language_is_preferred_and_says_why():
    plain = service("Course A", ("need", "learn-finnish"))
    arabic = service("Course B", ("need", "learn-finnish"))
    LanguageFactory(service=arabic, code="ar", name="Arabic")
    LanguageFactory(service=plain, code="fi", name="Finnish")
    path = build_path(Answers(goals=("learn_finnish",), languages=("ar", "fi")))
    assert path.steps[0].service == arabic
    assert "because it is offered in Arabic" in path.steps[0].reasons


def test_goal_fit_follows_semantic_similarity_when_it_tells_services_apart():
    cafe = service("Language cafe", ("need", "learn-finnish"))
    course = service("Evening course", ("need", "learn-finnish"))
    answers = Answers(goals=("learn_finnish",))
    with mock.patch(
        "navigator.matching.semantic_similarity",
        return_value={cafe.pk: 0.91, course.pk: 0.62},
    ):
        path = build_path(answers)
    assert path.steps[0].service == cafe
    assert "because it matches what you want to do" in path.steps[0].reasons
    # Similarities that barely differ (or the interim zeros) leave the ranking to the rules.
    with mock.patch(
        "navigator.matching.semantic_similarity",
        return_value={cafe.pk: 0.8, course.pk: 0.8},
    ):
        flat = build_path(answers)
    assert all("because it matches what you want to do" not in s.reasons for s in flat.steps)


def test_similarity_alone_can_bring_in_a_service_the_rules_do_not_know():
    untagged = service("Untagged but on topic")
    other = service("Unrelated")
    with mock.patch(
        "navigator.matching.semantic_similarity",
        return_value={untagged.pk: 0.9, other.pk: 0.3},
    ):
        assert names(Answers(goals=("study",))) == ["Untagged but on topic"]


def test_the_path_goes_by_stage_first_weeks_to_community():
    service("Club", ("aim", "community"), ("need", "meet-people"))
    service("Course", ("aim", "finnish-language"), ("need", "learn-finnish"))
    service("Guidance", ("need", "guidance"), ("need", "learn-finnish"))
    service("Job training", ("aim", "labour-market"), ("need", "learn-finnish"))
    sociable_learner = Answers(goals=("learn_finnish", "meet_people"))
    stages = [group.stage for group in build_path(sociable_learner).stages()]
    assert stages == ["first_weeks", "language", "work_or_study", "community"]


def test_a_staff_members_own_reason_replaces_the_standard_one():
    service("Course", ("need", "learn-finnish"))
    rule = Rule.objects.get(question="goal", answer="learn_finnish", term="learn-finnish")
    rule.reason = {"en": "because Finnish opens doors here", "fi": "koska suomi avaa ovia"}
    rule.save()
    assert build_path(LEARNER).steps[0].reasons[0] == "because Finnish opens doors here"
    assert build_path(LEARNER, language="fi").steps[0].reasons[0] == "koska suomi avaa ovia"


def test_a_rule_turned_off_by_staff_no_longer_counts():
    service("Course", ("need", "learn-finnish"))
    Rule.objects.filter(term="learn-finnish").update(active=False)
    assert names(LEARNER) == []


def test_reasons_come_in_the_persons_language():
    service("Course", ("need", "learn-finnish"))
    path = build_path(LEARNER, language="ar")
    assert "لأنك تريد أن تتعلم الفنلندية" in path.steps[0].reasons


def test_the_languages_a_person_reads_decide_the_fallback_of_their_path():
    made = ServiceFactory(
        name={"fi": "Kielikahvila", "en": "Language café"},
        description={"fi": "Puhutaan suomea.", "en": "We speak Finnish."},
    )
    tag(made, term("need", "learn-finnish"))
    # An Arabic reader's chain is English first; Hodan said she reads Finnish.
    (default,) = build_path(Answers(goals=("learn_finnish",)), language="ar").steps
    (hodan,) = build_path(
        Answers(goals=("learn_finnish",), languages=("ar", "fi")), language="ar"
    ).steps
    assert default.name.language == "en"
    assert (hodan.name.text, hodan.name.language) == ("Kielikahvila", "fi")
    assert hodan.description.language == "fi"


def test_a_needs_main_entry_point_comes_before_a_niche_service_of_the_same_fit():
    # Two Finnish courses the rules and the goal fit alike: the permanent one listed under the
    # aim most Finnish courses serve comes first, as in a broad search (search.centrality).
    with mock.patch.object(matching, "semantic_similarity", return_value={}):
        niche = service(
            "Community Finnish project",  # first by name, so only centrality can pass it
            ("need", "learn-finnish"),
            ("aim", "community"),
            funding_type=Service.FundingType.PROJECT,
        )
        main = service(
            "Finnish for every newcomer",
            ("need", "learn-finnish"),
            ("aim", "finnish-language"),
            funding_type=Service.FundingType.PERMANENT,
        )
        service("Another course", ("need", "learn-finnish"), ("aim", "finnish-language"))
        path = build_path(Answers(goals=("learn_finnish",), finnish_level="A2", age=40))
        order = [step.service for step in path.best_first()]
        assert order.index(main) < order.index(niche)
