"""Satu measures the region's search on the quality page and drafts a best bet with a preview,
in a browser; Amal then sees the network's recommendation first on the public search page."""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from coordination.models import Role
from coordination.tests.personas import PASSWORD, person
from milestone.testing import assert_accessible
from search.models import JudgedQuery
from search.steering.demo import load_demo_steering

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_quality_page_and_a_preview_are_accessible(page, demo_data):
    cache.clear()
    load_demo_steering()
    # A short judged set keeps the measuring quick.
    keep = list(JudgedQuery.objects.values_list("pk", flat=True)[:4])
    JudgedQuery.objects.exclude(pk__in=keep).delete()
    person("satu", Role.COORDINATOR, demo_data)
    page.context.set_extra_http_headers({"Accept-Language": "en"})
    page.goto(page.base_url + "/staff/login/?next=/staff/regions/jyvaskyla/search/")
    page.get_by_label("Username").fill("satu")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/staff/regions/jyvaskyla/search/")
    page.get_by_role("button", name="Measure now").click()
    page.wait_for_url("**measure=1")
    expect(page.get_by_role("table", name="Figures on the judged queries")).to_be_visible()
    assert_accessible(page)
    page.goto(page.base_url + "/staff/regions/jyvaskyla/search/best-bets/new/")
    page.get_by_label("Words", exact=True).fill("kotoutumiskoulutus")
    page.get_by_label("Service", exact=True).select_option(
        label="Integration training for those having a official integration plan"
    )
    page.get_by_role("button", name="Preview on the judged queries").click()
    expect(page.get_by_role("heading", name="Preview on the judged queries")).to_be_visible()
    assert_accessible(page)


def test_the_networks_recommendation_is_marked_on_the_public_results(page, demo_data):
    load_demo_steering()
    page.goto(page.base_url + "/en/search/?q=learn+Finnish")
    first = page.locator(".card").first
    assert "Recommended by the network" in first.inner_text()
    assert "integration plan" in first.inner_text()
    assert_accessible(page)
