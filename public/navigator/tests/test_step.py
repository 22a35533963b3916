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


def test_an_employer_answers_three_questions_and_sees_only_employer_goals(client):
    response = client.get("/en/navigator/audience/?step=audience&audience=employer")
    assert response.url == "/en/navigator/goals/?audience=employer"
    html = client.get(response.url).content.decode()
    assert "Question 2 of 3" in html
    assert "Hire an international employee" in html
    assert "Learn Finnish" not in html
    # An employer has no situation question; a link to it goes on to their own questions.
    assert client.get("/en/navigator/situation/?audience=employer").status_code == 302


def test_the_last_answer_leads_to_the_result(client):
    response = client.get("/en/navigator/languages/?audience=resident&step=languages&languages=ar")
    assert response.url == "/en/navigator/result/?audience=resident&languages=ar"


def test_the_home_pages_employer_link_starts_the_employer_questions(client):
    response = client.get("/en/navigator/?audience=employer")
    assert response.url == "/en/navigator/goals/?audience=employer"


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
