"""In the browser: Satu sets up two-factor sign-in on a desktop and on her phone. The page shows
a QR code drawn on the server and the key to type in, and passes axe. Screenshots go to
screenshots/ (not committed)."""

from pathlib import Path

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from coordination.tests.personas import PASSWORD
from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def open_set_up(tab):
    cache.clear()
    tab.context.set_extra_http_headers({"Accept-Language": "en"})
    tab.goto(tab.base_url + "/staff/login/?next=/staff/account/two-factor/")
    tab.get_by_label("Username").fill("satu")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url("**/staff/account/two-factor/")


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_satu_sees_a_qr_code_and_the_key_and_the_page_passes_axe(page, mobile_page, network, width):
    tab = page if width == "desktop" else mobile_page
    open_set_up(tab)
    code = tab.get_by_role("img", name="QR code for your authenticator app")
    expect(code).to_be_visible()
    box = code.bounding_box()
    assert box["width"] >= 150 and box["width"] == box["height"]
    assert len(tab.locator("dl.secret code").inner_text().replace(" ", "")) == 32
    assert (
        tab.get_by_role("link", name="Open the set-up link in an authenticator app")
        .get_attribute("href")
        .startswith("otpauth://totp/")
    )
    # Nothing sideways on a 360 px phone: the key wraps.
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"]
    assert_accessible(tab)
    SCREENSHOTS.mkdir(exist_ok=True)
    tab.screenshot(path=SCREENSHOTS / f"two-factor-{width}.png", full_page=True)
