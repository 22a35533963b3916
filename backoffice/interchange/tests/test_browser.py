"""In the browser: Satu checks a file, reads the preview, confirms and watches the progress;
every page passes axe's WCAG 2.1 AA checks."""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from coordination.tests.personas import PASSWORD
from directory.models import Service
from jobs.testing import run_queued
from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _english(page):
    cache.clear()
    page.context.set_extra_http_headers({"Accept-Language": "en"})


def run_worker(page):
    """Run the job worker here, in the test's thread. The live server shares this thread's
    in-memory database connection, so the page's progress requests wait until it is done."""
    page.route("**/progress/", lambda route: route.abort())
    run_queued()
    page.unroute("**/progress/")


def test_satu_imports_a_file_with_preview_and_progress(page, people, tmp_path):
    upload = tmp_path / "services.csv"
    upload.write_text(
        "id,organization_id,name@en,status\r\n"
        f"{people.service.pk},{people.service.organization_id},Job club,active\r\n"
    )
    page.goto(page.base_url + "/staff/login/")
    page.get_by_label("Username").fill("satu")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()

    page.goto(page.base_url + "/staff/import-export/")
    assert_accessible(page)
    page.get_by_label("File").set_input_files(str(upload))
    page.get_by_role("button", name="Check the file").click()
    page.wait_for_load_state()
    expect(page.get_by_text("Checking services.csv")).to_be_visible()
    assert_accessible(page)
    run_worker(page)  # the worker checks the file; the page follows and shows the outcome
    page.get_by_text("The file is valid").wait_for()
    assert_accessible(page)

    page.get_by_role("button", name="Confirm the import").click()
    page.wait_for_load_state()
    expect(page.get_by_text("Importing services.csv")).to_be_visible()
    run_worker(page)
    page.get_by_text("Done: 0 records created, 1 changed").wait_for()
    assert_accessible(page)
    assert Service.objects.get().name.exact("en") == "Job club"
