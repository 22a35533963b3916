"""In the browser: Eero edits, Satu reviews side by side and publishes or returns with a
comment, and Satu restores an old version. Screenshots go to screenshots/ (not committed)."""

from pathlib import Path

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from coordination import workflow
from coordination.tests.personas import PASSWORD
from directory.models import Service
from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


@pytest.fixture(autouse=True)
def _english_and_fresh_limits(page):
    cache.clear()
    page.context.set_extra_http_headers({"Accept-Language": "en"})


def sign_in(page, username):
    page.context.clear_cookies()
    page.goto(page.base_url + "/staff/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def propose(page, network, english):
    sign_in(page, "eero")
    page.goto(page.base_url + f"/staff/services/{network.service.pk}/edit/?edit=en")
    page.get_by_label("Name", exact=True).fill(english)
    page.get_by_role("button", name="Save and send for review").click()
    expect(page.get_by_text("Saved and sent to the coordinator for review.")).to_be_visible()


def open_review(page, network):
    sign_in(page, "satu")
    page.goto(page.base_url + "/staff/regions/jyvaskyla/review/")
    page.locator('a[href^="/staff/drafts/"]').first.click()


def test_edit_review_and_publish(page, network):
    propose(page, network, "Finnish conversation club")
    open_review(page, network)
    expect(page.locator("del", has_text="Finnish club")).to_be_visible()
    expect(page.locator("ins", has_text="Finnish conversation club")).to_be_visible()
    assert_accessible(page)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "coordination-review.png", full_page=True)
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_text("Published. The public now sees this version.")).to_be_visible()
    page.goto(page.base_url + f"/en/services/{network.service.pk}/")
    expect(page.get_by_role("heading", name="Finnish conversation club")).to_be_visible()


def test_return_with_a_comment(page, network):
    propose(page, network, "Club")
    open_review(page, network)
    page.get_by_role("button", name="Return with comment").click()
    expect(page.get_by_text("This field is required.").first).to_be_visible()
    page.get_by_label("What should the editor change?").fill("Please keep the word Finnish.")
    page.get_by_role("button", name="Return with comment").click()
    expect(page.get_by_text("Returned to the editor with your comment.")).to_be_visible()
    sign_in(page, "eero")
    page.goto(page.base_url + f"/staff/services/{network.service.pk}/edit/?edit=en")
    expect(page.get_by_text("Please keep the word Finnish.")).to_be_visible()
    assert_accessible(page)
    page.screenshot(path=SCREENSHOTS / "coordination-returned.png", full_page=True)


def test_restore_an_old_version(page, network):
    draft = workflow.start_draft(network.eero, network.service)
    data = dict(draft.data, name={**draft.data["name"], "en": "Renamed club"})
    workflow.save_draft(network.eero, draft, data, draft.revision)
    workflow.submit(network.eero, draft)
    workflow.publish(network.satu, draft)
    sign_in(page, "satu")
    page.goto(page.base_url + f"/staff/services/{network.service.pk}/history/")
    expect(page.get_by_text("published from a reviewed draft")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Restore the version").click()
    # Nothing changes before Satu has seen what would change, and confirmed.
    expect(page.get_by_role("table", name="What restoring changes")).to_be_visible()
    expect(page.get_by_role("cell", name="Renamed club")).to_be_visible()
    assert Service.objects.get(pk=network.service.pk).name.exact("en") == "Renamed club"
    assert_accessible(page)
    page.get_by_role("button", name="Restore and publish").click()
    expect(page.get_by_text("The earlier version is live again, as a new version.")).to_be_visible()
    assert Service.objects.get(pk=network.service.pk).name.exact("en") == "Finnish club"
