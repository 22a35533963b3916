"""In the browser: Piotr, partner staff in West Pomerania, fills in the SWOT analysis a section
at a time. He adds a row with "Add another strength" (the keyboard lands in it), removes a row
he changed his mind about, and saves two strengths and one threat. The page passes axe and fits
a 360 px phone without sideways scrolling, as it does at 1280 px."""

from pathlib import Path

import pytest
from django.core.cache import cache

from learning.models import SwotItem
from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
URL = "/staff/learning/west-pomerania/baseline-study/swot/"


def sign_in(page, username):
    cache.clear()
    page.context.set_extra_http_headers({"Accept-Language": "en"})
    page.goto(page.base_url + "/staff/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("pw-12345!")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def test_piotr_adds_and_removes_swot_rows_with_javascript(page, piotr, west_pomerania):
    from playwright.sync_api import expect

    sign_in(page, "piotr")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(page.base_url + URL)
    expect(page.get_by_role("heading", name="Strengths")).to_be_visible()
    assert_accessible(page)

    page.locator('textarea[name="strengths-0-text_en"]').fill("Ports and logistics jobs.")
    page.locator('textarea[name="strengths-1-text_en"]').fill("A strength on second thought.")
    page.get_by_role("button", name="Add another strength").click()
    new_row = page.locator('textarea[name="strengths-2-text_en"]')
    expect(new_row).to_be_focused()
    page.keyboard.type("Active NGOs in every district.")
    assert page.locator('input[name="strengths-TOTAL_FORMS"]').input_value() == "3"

    page.get_by_role("button", name="Remove this item (Strength 2)").click()
    expect(page.locator('textarea[name="strengths-1-text_en"]')).to_be_hidden()
    expect(page.get_by_role("button", name="Add another strength")).to_be_focused()
    page.locator('textarea[name="threats-0-text_en"]').fill("Housing shortage in Szczecin.")
    assert_accessible(page)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "staff-swot-1280.png", full_page=True)

    page.get_by_role("button", name="Save the SWOT analysis").click()
    expect(page.get_by_text("The SWOT analysis is saved.")).to_be_visible()
    items = SwotItem.objects.filter(study__region=west_pomerania)
    assert [(item.quadrant, str(item.text), item.position) for item in items] == [
        ("S", "Ports and logistics jobs.", 1),
        ("S", "Active NGOs in every district.", 2),
        ("T", "Housing shortage in Szczecin.", 1),
    ]

    # On a phone the same page reflows: no sideways scrolling.
    page.set_viewport_size({"width": 360, "height": 760})
    page.goto(page.base_url + URL)
    expect(page.get_by_role("heading", name="Threats")).to_be_visible()
    page.locator("details.form-row__more").first.click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(page)
    page.screenshot(path=SCREENSHOTS / "staff-swot-360.png", full_page=True)
