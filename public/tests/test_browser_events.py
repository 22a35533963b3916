"""The calendar in a real browser, in Finnish, English and Arabic: axe-clean (WCAG 2.1 AA), no
other hosts, at most 100 KB, usable at 360 px, and the filters work with the keyboard."""

from urllib.parse import urlparse

import pytest

from milestone.testing import assert_accessible
from public.tests.test_browser import PAGE_BUDGET, Traffic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["fi", "en", "ar"])
def test_the_calendar_and_an_event_page_are_accessible_light_and_local(
    page, mobile_page, calendar, language
):
    pages = {
        "calendar": "/events/",
        "this-week-free": "/events/?when=week&free=1",
        "filtered-empty": "/events/?aim=labour-market&free=1",
        "event": f"/events/{calendar.course_evening.pk}/",
        "online-event": f"/events/{calendar.club_evening.pk}/",
    }
    traffic = Traffic(page)
    local = {urlparse(page.base_url).hostname}
    for name, path in pages.items():
        traffic.reset()
        page.goto(f"{page.base_url}/{language}{path}", wait_until="networkidle")
        assert page.locator("html").get_attribute("lang") == language
        assert_accessible(page)
        assert traffic.hosts <= local, f"{name} asked other hosts: {traffic.hosts - local}"
        assert traffic.bytes() <= PAGE_BUDGET, f"{name} weighs {traffic.bytes()} bytes"
    mobile_page.goto(f"{mobile_page.base_url}/{language}/events/")
    assert mobile_page.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(mobile_page)


def test_a_newcomer_filters_the_calendar_with_the_keyboard(page, calendar):
    page.goto(f"{page.base_url}/en/events/")
    page.get_by_label("Free of charge only").check()
    page.get_by_role("button", name="Show results").press("Enter")
    page.wait_for_url("**free=1**")
    assert page.get_by_role("link", name="Finnish evening").count() == 3
    assert page.get_by_role("link", name="Career evening online").count() == 0
    page.get_by_role("link", name="The next 7 days").click()
    page.wait_for_url("**when=week**")
    assert "free=1" in page.url
