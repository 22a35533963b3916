"""In the browser: Satu adds the Arabic text of a good practice written in Finnish. The Finnish
field comes first; she opens "Other languages" and finds the Finnish source beside the Arabic
field at 1280 px and above it on a 360 px phone, with nothing scrolling sideways. The form, in
its headed sections, passes axe."""

from pathlib import Path

import pytest
from django.core.cache import cache

from directory.translation import TranslatedText
from learning.tests.factories import GoodPracticeFactory
from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def test_satu_writes_arabic_beside_the_finnish_source(page, satu, jyvaskyla):
    from playwright.sync_api import expect

    practice = GoodPracticeFactory(
        region=jyvaskyla,
        description=TranslatedText({"fi": "Avoin kielikerho joka tiistai kirjastossa."}),
    )
    cache.clear()
    page.context.set_extra_http_headers({"Accept-Language": "en"})
    page.goto(page.base_url + "/staff/login/")
    page.get_by_label("Username").fill("satu")
    page.get_by_label("Password").fill("pw-12345!")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()

    url = page.base_url + f"/staff/learning/jyvaskyla/good-practice/{practice.pk}/"
    arabic = page.locator('textarea[name="description_ar"]')
    SCREENSHOTS.mkdir(exist_ok=True)
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(url)
        expect(page.get_by_role("heading", name="What it does")).to_be_visible()
        expect(arabic).to_be_hidden()
        description = page.locator("fieldset", has=arabic)
        description.locator("summary").click()
        expect(arabic).to_be_visible()
        source = page.locator("#" + arabic.get_attribute("aria-describedby"))
        expect(source).to_have_attribute("lang", "fi")
        assert arabic.get_attribute("dir") == "rtl"
        source_box, field_box = source.bounding_box(), arabic.bounding_box()
        if width == 1280:
            assert source_box["x"] + source_box["width"] <= field_box["x"]
        else:
            assert source_box["y"] + source_box["height"] <= field_box["y"]
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert_accessible(page)
        arabic.scroll_into_view_if_needed()
        page.screenshot(path=SCREENSHOTS / f"staff-good-practice-ar-{width}.png")
