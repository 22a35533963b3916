"""One question per screen: a newcomer answers with plain GET forms, no script needed."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_first_question_asks_who_the_path_is_for_without_an_error_yet(client):
    response = client.get("/en/navigator/audience/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<legend><h1>Who is this path for?</h1></legend>" in html
    assert "Question 1 of 8" in html
    assert "error-summary" not in html and "aria-invalid" not in html
    assert "checked" not in html
    assert 'method="get"' in html


def test_skipping_the_first_question_gets_a_clear_message_in_an_error_summary(client):
    response = client.get("/en/navigator/audience/?step=audience")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary" role="alert"' in html
    assert '<a href="#id_audience_0">Choose who this path is for.</a>' in html
    assert "<title>Error:" in html


def test_an_answer_moves_on_to_the_next_question_carrying_every_answer_in_the_address(client):
    response = client.get("/en/navigator/audience/?step=audience&audience=resident")
    assert response.status_code == 302
    assert response.url == "/en/navigator/situation/?audience=resident"
    response = client.get(
        "/en/navigator/situation/?audience=resident&step=situation&situation=student&situation=worker"
    )
    assert response.url == (
        "/en/navigator/finnish_level/?audience=resident&situation=student&situation=worker"
    )


def test_a_carried_answer_is_kept_in_hidden_fields_and_shown_as_chosen(client):
    html = client.get(
        "/en/navigator/situation/?audience=resident&situation=student&goals=study"
    ).content.decode()
    assert '<input type="hidden" name="audience" value="resident">' in html
    assert '<input type="hidden" name="goals" value="study">' in html
    assert 'value="student" id="id_situation_0" checked' in html


def test_an_age_that_is_not_a_number_is_kept_and_explained(client):
    html = client.get("/en/navigator/age/?audience=resident&step=age&age=thirty").content.decode()
    assert "Write your age as a number, for example 34." in html
    assert 'value="thirty" aria-invalid="true"' in html


def test_the_finnish_levels_are_explained_in_plain_words(client):
    html = client.get("/en/navigator/finnish_level/?audience=resident").content.decode()
    assert "A2 – I can manage simple everyday things, like shopping." in html
    assert "No Finnish – I do not speak Finnish yet." in html


def test_an_employer_answers_two_questions_of_their_own_and_sees_only_employer_needs(client):
    response = client.get("/en/navigator/audience/?step=audience&audience=employer")
    assert response.url == "/en/navigator/workplace_needs/?audience=employer"
    html = client.get(response.url).content.decode()
    assert "Question 1 of 2" in html
    assert "<legend><h1>What does your workplace need?</h1></legend>" in html
    for need in (
        "Hire an international employee",
        "Help a new international employee settle in",
        "Have an employee&#x27;s foreign qualifications recognised",
        "Find subsidies and support for hiring",
        "Support Finnish at the workplace",
    ):
        assert need in html
    assert "Learn Finnish" not in html
    # An employer has no situation question; a link to it goes on to their own questions.
    assert client.get("/en/navigator/situation/?audience=employer").status_code == 302
    response = client.get(
        "/en/navigator/workplace_needs/?audience=employer&step=workplace_needs&goals=hire"
    )
    assert response.url == "/en/navigator/workplace_languages/?audience=employer&goals=hire"
    html = client.get(response.url).content.decode()
    assert "Question 2 of 2" in html and "Show my path" in html


def test_an_employer_can_go_back_to_say_the_path_is_for_a_resident_after_all(client):
    html = client.get("/en/navigator/workplace_needs/?audience=employer").content.decode()
    assert 'href="/en/navigator/audience/?audience=employer"' in html
    html = client.get("/en/navigator/audience/?audience=employer").content.decode()
    assert "Question" not in html  # not one of the employer's own questions
    assert 'value="employer" id="id_audience_1" required checked' in html
    response = client.get(
        "/en/navigator/audience/?audience=employer&step=audience&audience=resident"
    )
    assert response.url.startswith("/en/navigator/situation/")


def test_a_residents_path_still_has_eight_questions(client):
    html = client.get("/en/navigator/goals/?audience=resident").content.decode()
    assert "Question 7 of 8" in html
    assert "Hire an international employee" not in html


def test_the_last_answer_leads_to_the_result(client):
    response = client.get("/en/navigator/languages/?audience=resident&step=languages&languages=ar")
    assert response.url == "/en/navigator/result/?audience=resident&languages=ar"


def test_the_home_pages_employer_link_starts_the_employer_questions_at_their_first(client):
    assert 'href="/en/navigator/?audience=employer"' in client.get("/en/").content.decode()
    assert (
        'href="/en/navigator/?audience=employer"' in client.get("/en/navigator/").content.decode()
    )
    response = client.get("/en/navigator/?audience=employer")
    assert response.url == "/en/navigator/workplace_needs/?audience=employer"


def test_an_unknown_question_is_not_found(client):
    assert client.get("/en/navigator/shoe-size/").status_code == 404


def test_questions_come_in_the_pages_language(client):
    html = client.get("/fi/navigator/audience/").content.decode()
    assert "Kenelle" in html


@pytest.mark.parametrize(
    "language", ["fi", "sv", "ru", "uk", "ar", "so", "fa", "et", "zh-hans", "es", "tr", "fr"]
)
def test_every_interface_language_asks_in_its_own_words(client, language):
    html = client.get(f"/{language}/navigator/finnish_level/?audience=resident").content.decode()
    assert "How much Finnish do you speak?" not in html
    assert "I do not speak Finnish yet." not in html
    assert f'lang="{language}"' in html
