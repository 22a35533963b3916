"""What each person the navigator is for must get, and must not get, on the demo data."""

import pytest

from navigator.tests.personas import (
    ELDERLY_IMMIGRANT,
    EMPLOYER,
    ENTREPRENEUR,
    FAMILY_MEMBER,
    HIGHLY_EDUCATED_JOBSEEKER,
    REFUGEE_PARENT,
    STUDENT,
    YOUNG_PERSON,
)

pytestmark = pytest.mark.django_db

EMPLOYER_ONLY = "Support and advice to local employers regarding hiring internationals"
INTEGRATION_TRAINING = "Integration training for those having a official integration plan"
HUMANITARIAN = (
    "Integration services and social orientation for immigrants coming on humanitarian grounds"
)
ELDERLY = "Activities for elderly immigrants – Monikko ry"
STUDENT_WELCOME = "Welcoming events for international students"


def names(path):
    return [step.service.name.exact("en") for step in path.steps]


def test_amira_the_international_student_gets_the_student_services(demo_path):
    path = demo_path(STUDENT)
    got = names(path)
    assert STUDENT_WELCOME in got
    assert "Initial assessments and support for new international students" in got
    assert "Finnish as a second language in higher education" in got
    # Without an integration plan she cannot join integration training; she has no protection
    # status, is not an employer, not retired.
    for unsuitable in [INTEGRATION_TRAINING, HUMANITARIAN, EMPLOYER_ONLY, ELDERLY]:
        assert unsuitable not in got
    assert "Statutory services from employment centers for unemployed jobseekers" not in got


def test_hassans_refugee_family_with_an_integration_plan(demo_path):
    path = demo_path(REFUGEE_PARENT)
    got = names(path)
    assert got and INTEGRATION_TRAINING in got
    assert HUMANITARIAN in got
    assert "Leisure time activities for children and adults (few multilingual)" in got
    training = next(s for s in path.steps if s.service.name.exact("en") == INTEGRATION_TRAINING)
    assert "because you have an integration plan" in training.reasons
    assert "because you have international protection" in training.reasons
    assert training.score == max(step.score for step in path.steps)
    for unsuitable in [
        STUDENT_WELCOME,
        EMPLOYER_ONLY,
        ELDERLY,
        "Integrates – integration training for highly educated immigrants",
    ]:
        assert unsuitable not in got


def test_olena_the_highly_educated_jobseeker_is_shown_ways_to_use_her_degree(demo_path):
    got = names(demo_path(HIGHLY_EDUCATED_JOBSEEKER))
    assert "Integrates – integration training for highly educated immigrants" in got
    assert "Career club for highly educated internationals" in got
    assert "Job postings in English - Work in Finland for international talents abroad" in got
    for unsuitable in [INTEGRATION_TRAINING, STUDENT_WELCOME, EMPLOYER_ONLY, ELDERLY]:
        assert unsuitable not in got
    assert "Municipal allowance for businesses for hire immigrants" not in got


def test_pekka_the_employer_gets_the_employer_path_and_nothing_for_residents(demo_path):
    path = demo_path(EMPLOYER)
    got = names(path)
    for expected in [
        EMPLOYER_ONLY,
        "Municipal allowance for businesses for hire immigrants",
        "KV-Kummi Coaching for businesses and employers to induct immigrant employees into the work place and environment",
        "Support in familiarising a new employee to the workplace",
    ]:
        assert expected in got
    for unsuitable in [INTEGRATION_TRAINING, STUDENT_WELCOME, "Youth services", ELDERLY]:
        assert unsuitable not in got
    assert all(step.reasons for step in path.steps)
    assert [group.label for group in path.stages()][-1] == "Hiring and onboarding"


def test_valentina_the_retired_newcomer_gets_the_activities_for_elderly_immigrants(demo_path):
    path = demo_path(ELDERLY_IMMIGRANT)
    got = names(path)
    assert ELDERLY in got
    assert got.index(ELDERLY) < 3 or path.best_first()[0].service.name.exact("en") == ELDERLY
    assert "Jutuklubi Jyväskylä – open Finnish language practice club" in got
    for unsuitable in [
        "Youth services",
        "Preparatory education for degree education (TUVA)",
        STUDENT_WELCOME,
        EMPLOYER_ONLY,
    ]:
        assert unsuitable not in got


def test_abdi_who_is_seventeen_gets_youth_and_study_paths_but_nothing_for_adults_only(demo_path):
    path = demo_path(YOUNG_PERSON)
    got = names(path)
    assert "Youth services" in got
    assert "Preparatory education for degree education (TUVA)" in got
    assert "Vocational trainings and degrees" in got
    # The adult high school takes students from eighteen.
    for unsuitable in ["Adult High School", ELDERLY, EMPLOYER_ONLY]:
        assert unsuitable not in got
    assert any("integration plan" in note for note in path.notes)


def test_mehmet_who_wants_to_open_a_restaurant_gets_entrepreneurship_advice(demo_path):
    path = demo_path(ENTREPRENEUR)
    got = names(path)
    assert (
        path.best_first()[0]
        .service.name.exact("en")
        .startswith("Advice related to entrepreneurship")
    )
    for unsuitable in [EMPLOYER_ONLY, STUDENT_WELCOME, INTEGRATION_TRAINING]:
        assert unsuitable not in got


def test_priya_who_followed_her_husband_gets_guidance_friends_and_childrens_activities(demo_path):
    got = names(demo_path(FAMILY_MEMBER))
    assert "Easily accessible multilingual guidance and counseling" in got
    assert "Leisure time activities for children and adults (few multilingual)" in got
    assert "Sport associations and communities offering free trials" in got
    for unsuitable in [INTEGRATION_TRAINING, HUMANITARIAN, EMPLOYER_ONLY, ELDERLY]:
        assert unsuitable not in got


@pytest.mark.parametrize(
    "persona",
    [
        STUDENT,
        REFUGEE_PARENT,
        HIGHLY_EDUCATED_JOBSEEKER,
        EMPLOYER,
        ELDERLY_IMMIGRANT,
        YOUNG_PERSON,
        ENTREPRENEUR,
        FAMILY_MEMBER,
    ],
)
def test_every_path_is_in_stage_order_with_reasons_and_a_next_step(demo_path, persona):
    from navigator.models import STAGE_ORDER

    path = demo_path(persona)
    groups = path.stages()
    assert [STAGE_ORDER.index(g.stage) for g in groups] == sorted(
        STAGE_ORDER.index(g.stage) for g in groups
    )
    for group in groups:
        assert [s.score for s in group.steps] == sorted(
            (s.score for s in group.steps), reverse=True
        )
    for step in path.steps:
        assert step.reasons and step.next_step
    assert len(path.steps) <= 12
