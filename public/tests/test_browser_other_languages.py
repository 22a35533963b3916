"""In the browser: Amina reads Arabic and some Finnish. The career club is written only in
Finnish and English; she sees it in English (the Arabic reader's chain), chooses Finnish with
"show in another language", and the choice follows her through the site's links. Every page is
axe-clean in Finnish, English and Arabic."""

import re

import pytest
from playwright.sync_api import expect

from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_amina_chooses_finnish_as_her_second_language(page, world):
    page.goto(page.base_url + f"/ar/services/{world.club.pk}/")
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Career club"
    assert heading.locator('[lang="en"]').count() == 1
    assert_accessible(page)

    control = page.locator("details.other-languages")
    control.locator("summary").click()
    assert_accessible(page)
    control.get_by_role("link", name="suomi").click()

    expect(page).to_have_url(re.compile(r"[?&]also=fi\b"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Uraklubi")
    expect(page.locator('h1 [lang="fi"]')).to_have_count(1)
    assert_accessible(page)

    # The choice stays in the address as she moves on, and nowhere else.
    link = page.get_by_role("navigation").first.locator("a").nth(1)
    target = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**{target}")
    assert "also=fi" in page.url
    assert {cookie["name"] for cookie in page.context.cookies()} <= {"csrftoken"}


@pytest.mark.parametrize("language", ["fi", "en", "ar"])
def test_the_control_is_accessible_in_every_direction(page, world, language):
    page.goto(page.base_url + f"/{language}/services/{world.club.pk}/?also=fi")
    control = page.locator("details.other-languages")
    assert control.count() == 1
    control.locator("summary").click()
    assert_accessible(page)
    page.goto(page.base_url + f"/{language}/services/")
    page.locator("details.other-languages summary").click()
    assert_accessible(page)
