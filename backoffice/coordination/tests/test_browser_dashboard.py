"""Satu opens the dashboard and her home page on the Jyväskylä inventory, on a desktop and on a
phone: everything fits the screen (no sideways scrolling of the page, and at 1280 px no
sideways scrolling inside the coverage table). Screenshots go to screenshots/ (not committed)
for people to look at."""

from pathlib import Path

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from coordination.models import Membership, Role
from coordination.tests.personas import person
from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def _open_dashboard(tab, demo_data):
    cache.clear()
    satu = person("satu")
    Membership.objects.create(user=satu, role=Role.COORDINATOR, region=demo_data)
    tab.context.set_extra_http_headers({"Accept-Language": "en"})
    tab.goto(tab.base_url + "/staff/login/?next=/staff/regions/jyvaskyla/")
    tab.get_by_label("Username").fill("satu")
    tab.get_by_label("Password").fill("a-long-test-password-42")
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url("**/staff/regions/jyvaskyla/")


def test_the_dashboard_on_the_demo_data(page, demo_data):
    _open_dashboard(page, demo_data)
    assert page.locator("td.gap").count() > 0
    overlaps = page.locator("#table-overlaps tbody tr")
    assert overlaps.count() >= 3
    assert "Labour market training" in page.locator("#table-overlaps").inner_text()
    assert page.locator("svg[role=img] desc").count() >= 3
    assert_accessible(page)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "coordination-dashboard.png", full_page=True)
    page.locator("#network").screenshot(path=SCREENSHOTS / "coordination-network.png")


def _page_width(tab):
    return tab.evaluate("document.documentElement.scrollWidth")


def test_the_coverage_table_shows_every_column_at_1280_px(page, demo_data):
    _open_dashboard(page, demo_data)
    matrix = page.locator("#coverage .table-wrap").first
    expect(matrix).to_be_visible()
    assert matrix.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert _page_width(page) <= 1280


def test_the_dashboard_on_a_phone(mobile_page, demo_data):
    _open_dashboard(mobile_page, demo_data)
    expect(mobile_page.get_by_role("heading", name="Coverage", exact=True)).to_be_visible()
    assert _page_width(mobile_page) <= 360
    assert_accessible(mobile_page)
    SCREENSHOTS.mkdir(exist_ok=True)
    mobile_page.screenshot(path=SCREENSHOTS / "coordination-dashboard-mobile.png")


def test_the_home_page_on_a_phone(mobile_page, demo_data):
    _open_dashboard(mobile_page, demo_data)
    mobile_page.get_by_role("link", name="What needs you").click()
    expect(mobile_page.get_by_role("heading", name="What needs you")).to_be_visible()
    assert mobile_page.get_by_role("link", name="What needs you").get_attribute("aria-current")
    assert _page_width(mobile_page) <= 360
    assert_accessible(mobile_page)
    SCREENSHOTS.mkdir(exist_ok=True)
    mobile_page.screenshot(path=SCREENSHOTS / "staff-home-mobile.png", full_page=True)
