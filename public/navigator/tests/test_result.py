"""The result: a path by stage with reasons and next steps, reproduced by its link alone."""

import re

import pytest

from navigator.tests.personas import as_if_untranslated

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data_once")]

REFUGEE = (
    "audience=resident&situation=international_protection&situation=jobseeker&finnish_level=none"
    "&education=basic&integration_plan=yes&age=38&goals=learn_finnish&goals=find_job"
    "&goals=children&languages=ar"
)


def test_hassans_link_shows_his_path_by_stage_with_reasons_and_next_steps(client):
    response = client.get(f"/en/navigator/result/?{REFUGEE}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Integration training for those having a official integration plan" in html
    assert "because you have an integration plan" in html
    assert html.index("First weeks") < html.index("Learning Finnish") < html.index("Work or study")
    assert "What to do next:" in html
    assert "Your answers" in html and "Change" in html


def test_the_same_link_gives_the_same_path_and_nothing_is_stored(
    client, django_assert_max_num_queries
):
    from django.contrib.sessions.models import Session

    first = client.get(f"/en/navigator/result/?{REFUGEE}").content
    second = client.get(f"/en/navigator/result/?{REFUGEE}").content
    assert first == second
    assert Session.objects.count() == 0
    assert "sessionid" not in client.cookies
    response = client.get(f"/en/navigator/result/?{REFUGEE}")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_share_link_is_the_full_address_of_the_result(client):
    html = client.get(f"/en/navigator/result/?{REFUGEE}").content.decode()
    assert 'value="http://testserver/en/navigator/result/?audience=resident&amp;situation=' in html


def test_a_service_shown_in_another_language_on_an_arabic_page_says_so(client):
    as_if_untranslated("ar")
    html = client.get(f"/ar/navigator/result/?{REFUGEE}").content.decode()
    assert 'dir="rtl"' in html
    # An Arabic reader's chain is English, then Finnish.
    assert 'class="fallback" lang="en"' in html
    assert 'class="fallback-note"' in html


def test_a_person_who_reads_finnish_gets_the_finnish_text_on_an_arabic_page(client):
    as_if_untranslated("ar")
    html = client.get(f"/ar/navigator/result/?{REFUGEE}&languages=fi").content.decode()
    assert 'class="fallback" lang="fi"' in html


def test_a_link_without_an_audience_goes_back_to_that_question_keeping_the_rest(client):
    response = client.get("/en/navigator/result/?goals=study&age=20")
    assert response.status_code == 302
    assert response.url == "/en/navigator/audience/?age=20&goals=study"


def test_a_tampered_answer_is_named_and_left_out_never_a_500(client):
    response = client.get("/en/navigator/result/?audience=resident&age=abc&situation=pirate")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Some answers in the link were not understood" in html
    assert "Write your age as a number, for example 34." in html


def test_a_person_who_does_not_know_about_their_plan_is_told_whom_to_ask(client):
    html = client.get(
        "/en/navigator/result/?audience=resident&integration_plan=dont_know&goals=learn_finnish"
    ).content.decode()
    assert "Not sure about your integration plan?" in html


def test_with_only_the_first_question_answered_she_is_asked_what_she_wants_to_do(client):
    """The start page says every question but the first may be skipped. Skipping all of them
    chooses no service; the page says so once, without claiming services fit her answers or
    telling her to give fewer answers, and takes her to the question that chooses most."""
    html = client.get("/ar/navigator/result/?audience=resident").content.decode()
    assert html.count('class="notice"') == 1
    assert "أخبرنا بما تريد أن تفعله" in html
    assert "الإجابات أقل" not in html  # "fewer answers"
    assert 'href="/ar/navigator/goals/?audience=resident"' in html
    english = client.get("/en/navigator/result/?audience=resident").content.decode()
    assert "These services fit your answers" not in english


def test_a_link_that_repeats_its_answers_counts_each_once(client):
    """A link passed around and edited by hand may say the same thing hundreds of times: it is
    the same path, with a shared link and QR code of normal length (it was a server error: no QR
    code holds 3,500 characters)."""
    repeated = REFUGEE + "&languages=ar" * 300 + "&goals=find_job" * 300
    for page in ("result", "result/print"):
        response = client.get(f"/en/navigator/{page}/?{repeated}")
        assert response.status_code == 200
    html = client.get(f"/en/navigator/result/?{repeated}").content.decode()
    once = client.get(f"/en/navigator/result/?{REFUGEE}").content.decode()
    assert _shared_link(html) == _shared_link(once) and len(_shared_link(html)) < 400
    assert html.count("navigator__step") == once.count("navigator__step") > 0
    assert 'class="qr-code"' in html


def _shared_link(html):
    return re.search(r'id="result-link"[^>]* value="([^"]*)"', html).group(1)


def test_a_link_too_long_for_a_qr_code_shows_the_page_without_one():
    from milestone.qr import qr_code

    assert qr_code("https://example.org/?" + "x" * 5000, "QR") == ""
    assert 'class="qr-code"' in qr_code("https://example.org/", "QR")
