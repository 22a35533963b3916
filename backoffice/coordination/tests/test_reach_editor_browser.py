"""In the browser: Eero gives Monikko ry's club a phone line and opening hours, is told in
words what is wrong with a closing time before the opening time, fixes it and sends the draft;
Satu sees the new hours in the review. The editor and the review pass axe-core."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from backoffice.coordination.tests.test_browser_workflow import open_review, sign_in
from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots" / "reach"


@pytest.fixture(autouse=True)
def _english(page):
    page.context.set_extra_http_headers({"Accept-Language": "en"})


def test_eero_adds_hours_and_a_phone_and_satu_reviews_them(page, network):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    sign_in(page, "eero")
    page.goto(page.base_url + f"/staff/services/{network.service.pk}/edit/?edit=en")
    assert_accessible(page)
    page.locator("#id_phones-0-number").fill("014 266 0000")
    page.locator("#id_schedules-0-weekdays_0").check()
    page.locator("#id_schedules-0-weekdays_2").check()
    page.locator("#id_schedules-0-opens_at").fill("16:00")
    page.locator("#id_schedules-0-closes_at").fill("09:00")
    page.get_by_role("button", name="Save and send for review").click()

    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("The closing time is before the opening time")
    expect(page.locator("#id_schedules-0-closes_at-error")).to_be_visible()
    assert page.locator("#id_phones-0-number").input_value() == "014 266 0000"
    assert_accessible(page)
    page.screenshot(path=SCREENSHOTS / "editor-error.png", full_page=True)

    page.locator("#id_schedules-0-opens_at").fill("09:00")
    page.locator("#id_schedules-0-closes_at").fill("16:00")
    page.get_by_role("button", name="Save and send for review").click()
    expect(page.get_by_text("Saved and sent to the coordinator for review.")).to_be_visible()

    open_review(page, network)
    changed = page.locator("table.diff").first.inner_text()
    assert "Phones" in changed and "+358 14 2660000" in changed
    assert "Opening hours" in changed and "Monday, Wednesday" in changed
    assert_accessible(page)
    page.screenshot(path=SCREENSHOTS / "review.png", full_page=True)
