"""The whole questionnaire in a real browser: Finnish and Arabic, axe-clean at every step, the
shared link reproducing the result, and the employer's path with JavaScript turned off."""

import pytest
from playwright.sync_api import expect

from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Amira, the international student, answers every question (by answer code, so that the same
# walk works in every language).
AMIRA = [
    ("audience", ["resident"]),
    ("situation", ["student"]),
    ("finnish_level", ["none"]),
    ("education", ["secondary"]),
    ("integration_plan", ["no"]),
    ("age", "23"),
    ("goals", ["study", "meet_people"]),
    ("languages", ["en", "ar"]),
]
QUESTIONS = {
    "fi": ["Kenelle tämä polku on?", "Mikä on tilanteesi nyt?", "Kuinka vanha olet?"],
    "ar": ["لمن هذا المسار؟", "ما وضعك الآن؟", "كم عمرك؟"],
}
RESULT_HEADING = {"fi": "Polkusi", "ar": "مسارك"}


def walk(tab, language, answers):
    """Answers every question from the start page on; returns the questions as asked."""
    tab.goto(f"{tab.base_url}/{language}/navigator/")
    assert_accessible(tab)
    tab.click(".navigator__start")
    tab.wait_for_load_state()
    asked = []
    for name, values in answers:
        asked.append(tab.locator("legend h1").inner_text())
        assert_accessible(tab)
        if isinstance(values, str):
            tab.fill(f"input[name={name}]", values)
        else:
            for value in values:
                tab.check(f"input[name={name}][value='{value}']")
        tab.click("button[type=submit]")
        # The click returns once the next page has begun; read it only when it has loaded.
        tab.wait_for_load_state()
    return asked


@pytest.mark.parametrize("language", ["fi", "ar"])
def test_amira_answers_every_question_and_shares_her_path(page, demo_data, language, browser):
    page.goto(f"{page.base_url}/{language}/navigator/audience/?step=audience")
    # Going on without an answer: the error summary is itself accessible.
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
    asked = walk(page, language, AMIRA)
    assert len(asked) == 8
    assert set(QUESTIONS[language]) <= set(asked)
    assert page.locator("h1").first.inner_text() == RESULT_HEADING[language]
    assert_accessible(page)
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    steps = page.locator(".navigator__step h3").all_inner_texts()
    assert steps

    # The shared link, opened by someone else, shows the same path.
    link = page.locator("#result-link").input_value()
    assert "situation=student" in link and "age=23" in link
    other = browser.new_context()
    try:
        friend = other.new_page()
        friend.goto(link)
        assert friend.locator(".navigator__step h3").all_inner_texts() == steps
        assert_accessible(friend)
    finally:
        other.close()


def test_the_questions_are_asked_in_the_pages_language(page, demo_data):
    for language, questions in QUESTIONS.items():
        page.goto(f"{page.base_url}/{language}/navigator/audience/")
        assert page.locator("legend h1").inner_text() == questions[0]


def test_pekka_the_employer_gets_his_path_with_javascript_turned_off(
    browser, live_server, demo_data
):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.base_url = live_server.url
        walk_without_axe = [
            ("audience", ["employer"]),
            ("goals", ["hire", "onboard_employee"]),
            ("languages", ["fi"]),
        ]  # the shared first question, then the employer's own two
        tab.goto(f"{tab.base_url}/fi/navigator/")
        tab.click(".navigator__start")
        for name, values in walk_without_axe:
            for value in values:
                tab.check(f"input[name={name}][value='{value}']")
            tab.click("button[type=submit]")
        expect(tab.locator("h1").first).to_have_text("Palvelut työpaikallesi")
        assert tab.locator(".navigator__step").count() >= 4
    finally:
        context.close()


EMPLOYER_WORDS = {
    "fi": ("Mitä työpaikkasi tarvitsee?", "Kysymys 1 / 2", "Palvelut työpaikallesi"),
    "ar": ("ما الذي يحتاجه مكان عملك؟", None, "خدمات لمكان عملك"),
    "uk": ("Чого потребує ваше робоче місце?", None, "Послуги для вашого робочого місця"),
}


@pytest.mark.parametrize("language", ["fi", "ar", "uk"])
def test_pekka_starts_from_the_home_pages_employer_link_on_his_phone(
    mobile_page, demo_data, language
):
    from pathlib import Path

    from django.conf import settings

    screenshots = Path(settings.BASE_DIR) / "screenshots"
    screenshots.mkdir(exist_ok=True)
    question, progress, heading = EMPLOYER_WORDS[language]
    tab = mobile_page
    tab.goto(f"{tab.base_url}/{language}/")
    tab.click(".path--employer")
    expect(tab.locator("legend h1")).to_have_text(question)
    progress_text = tab.locator(".navigator__progress").inner_text()
    assert "1" in progress_text and "2" in progress_text and "3" not in progress_text
    if progress:
        assert progress_text == progress
    assert tab.locator("input[name=goals]").count() == 6
    assert_accessible(tab)
    assert _fits(tab)
    tab.screenshot(
        path=screenshots / f"navigator-employer-question-{language}-360.png", full_page=True
    )
    tab.check("input[name=goals][value=hire]")
    tab.check("input[name=goals][value=hiring_support]")
    tab.click("button[type=submit]")
    expect(tab.locator("input[name=languages]").first).to_be_visible()
    assert_accessible(tab)
    tab.click("button[type=submit]")
    expect(tab.locator("h1").first).to_have_text(heading)
    expect(tab.locator(".navigator__next-steps li")).to_have_count(2)
    assert tab.locator(".navigator__step").count() >= 3
    assert_accessible(tab)
    assert _fits(tab)
    tab.screenshot(
        path=screenshots / f"navigator-employer-result-{language}-360.png", full_page=True
    )


def _fits(tab) -> bool:
    """No sideways scrolling at this width (WCAG 1.4.10)."""
    return tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
