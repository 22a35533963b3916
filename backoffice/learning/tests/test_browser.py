"""In the browser: Jussi, Jyväskylä's partner staff, signs in, opens the region's workspace on
the demo data and sees what Jyväskylä can learn from the other regions; both pages pass axe."""

from pathlib import Path

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def test_jussi_reads_the_workspace_and_learns_from_others(page, jussi, learning_demo):
    cache.clear()
    page.context.set_extra_http_headers({"Accept-Language": "en"})
    page.goto(page.base_url + "/staff/login/")
    page.get_by_label("Username").fill("jussi")
    page.get_by_label("Password").fill("pw-12345!")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()

    page.goto(page.base_url + "/staff/learning/jyvaskyla/")
    expect(page.get_by_role("heading", name="Baseline study")).to_be_visible()
    expect(page.get_by_role("link", name="PDF in Finnish")).to_be_visible()
    assert_accessible(page)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "learning-workspace.png", full_page=True)

    page.get_by_role("link", name="Learn from other regions").click()
    expect(
        page.get_by_text("One-stop information point and joint website for foreigners").first
    ).to_be_visible()
    assert_accessible(page)
    page.screenshot(path=SCREENSHOTS / "learning-matches.png", full_page=True)

    for form in ("swot-item", "good-practice", "meeting"):
        page.goto(page.base_url + f"/staff/learning/jyvaskyla/{form}/new/")
        assert_accessible(page)

    page.goto(page.base_url + "/staff/learning/jyvaskyla/")
    page.get_by_role(
        "link", name="Peer review in Jyväskylä: one-stop shop and network coordination"
    ).click()
    expect(page.get_by_role("heading", name="Agenda")).to_be_visible()
    assert_accessible(page)
