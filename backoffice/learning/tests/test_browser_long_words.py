"""In the browser: Jussi logs a meeting whose topics are one 5,000-character word (a pasted
string without spaces). The workspace stays as wide as the window; the word wraps."""

import datetime

import pytest
from playwright.sync_api import expect

from learning.models import Meeting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_long_word_wraps_instead_of_widening_the_workspace(page, client, jussi, jyvaskyla):
    word = "x" * 5000
    Meeting.objects.create(
        region=jyvaskyla,
        date=datetime.date(2025, 4, 2),
        place=word[:300],  # the field's own limit; PostgreSQL enforces it
        topics={"en": word},
        decisions={"en": word},
    )
    client.force_login(jussi)  # signed in by his session cookie: the sign-in form is not the story
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": page.base_url}])
    page.context.set_extra_http_headers({"Accept-Language": "en"})
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(page.base_url + "/staff/learning/jyvaskyla/")
    expect(page.get_by_role("heading", name="Meetings")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.goto(page.base_url + f"/staff/learning/jyvaskyla/meeting/{Meeting.objects.get().pk}/")
    expect(page.get_by_role("button", name="Delete")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
