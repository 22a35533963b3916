"""Pekka, who runs a software company, looks for help to hire and settle in his first
international employee: the navigator speaks to him as an employer, from the first question
to the next steps."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data_once")]

PEKKA = "audience=employer&goals=hire&goals=onboard_employee&languages=en"


def test_pekkas_result_is_framed_for_his_workplace_not_for_a_resident(client):
    html = client.get(f"/en/navigator/result/?{PEKKA}").content.decode()
    assert "<h1>Services for your workplace</h1>" in html
    assert "help employers in the region to hire international employees" in html
    assert "learning Finnish, work or study, and community" not in html
    assert "Hiring and onboarding" in html
    assert "Support and advice to local employers regarding hiring internationals" in html
    assert "because you want to hire an international employee" in html
    assert "ask how they can help your workplace" in html
    assert "ask how to take part" not in html
    assert "Integration training" not in html  # nothing meant for residents


def test_pekka_gets_one_concrete_next_step_for_each_need_he_chose(client):
    html = client.get(f"/en/navigator/result/?{PEKKA}").content.decode()
    section = html[html.index("Next steps for your workplace") :]
    assert "residence permit for work" in section
    assert "Plan the first weeks with the new employee" in section
    assert "pay subsidy" not in section  # he did not ask about support for hiring


@pytest.mark.parametrize(
    ("need", "service"),
    [
        ("recognise_qualifications", "Jamk Talent Boost"),
        ("hiring_support", "Municipal allowance for businesses for hire immigrants"),
        ("language_at_work", "Yhteppäkkä Suomi – Learn Finnish at work"),
        ("internationalise", "IMAGO Coaching"),
    ],
)
def test_each_employer_need_puts_the_service_for_it_first(client, need, service):
    from navigator.matching import build_path
    from navigator.questionnaire import Answers

    path = build_path(Answers(audience="employer", goals=(need,)), language="en")
    assert path.best_first()[0].service.name.get("en").text.startswith(service)


def test_a_resident_still_gets_the_residents_introduction_and_no_employer_steps(client):
    html = client.get(
        "/en/navigator/result/?audience=resident&goals=learn_finnish"
    ).content.decode()
    assert "<h1>Your path</h1>" in html
    assert "learning Finnish, work or study, and community" in html
    assert "Next steps for your workplace" not in html


@pytest.mark.parametrize("language", ["fi", "ar", "uk"])
def test_the_employer_result_speaks_the_pages_language(client, language):
    html = client.get(f"/{language}/navigator/result/?{PEKKA}").content.decode()
    for english in (
        "Services for your workplace",
        "Next steps for your workplace",
        "Migri) decides",
    ):
        assert english not in html
