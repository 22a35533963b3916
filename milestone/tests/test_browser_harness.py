"""The browser harness itself works: Debian's Chromium opens a page served by the live server."""

import pytest
from playwright.sync_api import expect

from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_chromium_opens_the_staff_login(page):
    page.goto(page.base_url + "/admin/login/")
    expect(page.locator("input[name=username]")).to_be_visible()
    assert callable(assert_accessible)
