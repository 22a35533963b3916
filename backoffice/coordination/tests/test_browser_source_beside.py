"""In the browser: Eero translates Monikko ry's entry into Arabic, on the translator's page and
on the service form. At 1280 px the Finnish source stands beside each Arabic field; on a 360 px
phone it stands above it, and nothing scrolls sideways. Both pages pass axe."""

from pathlib import Path

import pytest
from django.core.cache import cache

from coordination.tests.personas import PASSWORD
from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def sign_in(page, username):
    cache.clear()
    page.context.set_extra_http_headers({"Accept-Language": "en"})
    page.goto(page.base_url + "/staff/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


@pytest.mark.parametrize(
    "name, path",
    [
        ("translate", "/staff/services/{pk}/translate/ar/"),
        ("edit", "/staff/services/{pk}/edit/?edit=ar"),
    ],
)
def test_eero_reads_the_finnish_source_beside_the_arabic_field(page, network, name, path):
    from playwright.sync_api import expect

    sign_in(page, "eero")
    url = page.base_url + path.format(pk=network.service.pk)
    field = page.locator('textarea[lang="ar"][dir="rtl"], input[lang="ar"][dir="rtl"]').first
    source = page.locator('.source-text[lang="fi"][dir="ltr"]').first
    SCREENSHOTS.mkdir(exist_ok=True)
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(url)
        expect(source).to_be_visible()
        expect(field).to_be_visible()
        source_box, field_box = source.bounding_box(), field.bounding_box()
        if width == 1280:  # beside: side by side on one line
            assert abs(source_box["y"] - field_box["y"]) < 60
            assert source_box["x"] + source_box["width"] <= field_box["x"]
        else:  # above, on a phone
            assert source_box["y"] + source_box["height"] <= field_box["y"]
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert_accessible(page)
        page.screenshot(path=SCREENSHOTS / f"staff-{name}-ar-{width}.png", full_page=True)
