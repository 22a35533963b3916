"""In the browser: an adviser searches the good-practice library in English and in Arabic and
opens a practice; the pages pass axe (WCAG 2.1 AA). Screenshots go to screenshots/."""

# ruff: noqa: F811 - the personas are fixtures, named again as test arguments
from pathlib import Path

import pytest
from playwright.sync_api import expect

from directory.translation import TranslatedText
from learning.models import GoodPractice
from learning.tests.factories import GoodPracticeFactory
from learning.tests.personas import jyvaskyla, west_pomerania  # noqa: F401
from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


@pytest.fixture
def library(jyvaskyla, west_pomerania):
    GoodPracticeFactory(
        region=west_pomerania,
        slug="validering",
        status=GoodPractice.Status.VALIDATED,
        is_demo_data=True,
        title=TranslatedText({"en": "Validation of foreign vocational skills at the workplace"}),
        challenge_addressed=TranslatedText({"sv": "Utländska meriter erkänns inte."}),
        description=TranslatedText({"sv": "Nyanlända visar sina yrkeskunskaper i praktiska prov."}),
    )


def test_searching_the_library_and_opening_a_practice(page, library):
    page.goto(page.base_url + "/en/good-practices/")
    page.get_by_label("Search good practices").fill("recognition of qualifications from abroad")
    page.get_by_role("button", name="Search").first.click()
    expect(page.get_by_role("link", name="Validation of foreign vocational skills")).to_be_visible()
    expect(page.get_by_text("Why this result:")).to_be_visible()
    assert_accessible(page)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "learning-library.png", full_page=True)
    page.get_by_role("link", name="Validation of foreign vocational skills").click()
    # The click returns once the new page has begun; expect() waits until it is drawn.
    expect(page.get_by_role("heading", name="Challenge addressed")).to_be_visible()
    expect(page.locator('article [lang="sv"]').first).to_be_visible()
    assert_accessible(page)


def test_the_library_in_arabic_reads_right_to_left(page, library):
    page.goto(page.base_url + "/ar/good-practices/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(page)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "learning-library-ar.png", full_page=True)


def test_the_library_fits_a_phone(mobile_page, library):
    mobile_page.goto(mobile_page.base_url + "/en/good-practices/")
    width = mobile_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    assert_accessible(mobile_page)
