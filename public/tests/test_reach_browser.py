"""The sample region's service in a real browser: Open Referral's fictional example, fully
described, read on a 320 px phone and a 1280 px screen in Finnish, English and Arabic. axe-core
finds nothing, the page asks no other host for anything (the map links are only links), it
weighs at most 100 KB, and the phone sees "How to reach" before the description. Screenshots go
to screenshots/reach/ (360 px and 1280 px)."""

import datetime
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings

from directory.models import Address, Schedule, Service
from interchange.demo import SLUG, example_folder, load_open_referral_example
from milestone.testing import assert_accessible
from public.tests.test_browser import Traffic

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not example_folder().exists(), reason=f"{example_folder()} is absent"),
]

SCREENSHOTS = Path(settings.BASE_DIR) / "screenshots" / "reach"
PAGE_BUDGET = 100 * 1024


@pytest.fixture
def sample(monkeypatch):
    """The example region, with today's hours added beside the example's own (which ended in
    2005) so that the open-now line and the week table show too."""
    load_open_referral_example()
    service = Service.objects.get(organization__region__slug=SLUG)
    Schedule.objects.create(
        service=service, freq="WEEKLY", byday="MO,TU,WE,TH,FR", opens_at="10:00", closes_at="13:00"
    )
    Schedule.objects.create(
        service=service, freq="WEEKLY", byday="MO,TU,WE,TH", opens_at="14:00", closes_at="18:00"
    )
    Schedule.objects.create(service=service, kind="closed", valid_from=datetime.date(2025, 4, 18))
    moment = datetime.datetime(2025, 4, 16, 11, 0, tzinfo=ZoneInfo("Europe/Helsinki"))
    monkeypatch.setattr("directory.hours.now", lambda: moment)
    assert Address.objects.filter(location__service_at_locations__service=service).exists()
    return service


def _visit(tab, path, language, width):
    tab.set_viewport_size({"width": width, "height": 900})
    response = tab.goto(f"{tab.base_url}/{language}{path}")
    assert response.status == 200
    return response


@pytest.mark.parametrize("language", ["fi", "en", "ar"])
def test_the_sample_service_reads_well_on_a_phone_and_a_screen(page, sample, language):
    traffic = Traffic(page)
    local = {urlparse(page.base_url).hostname}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = f"/services/{sample.pk}/"
    for width in (320, 1280):
        traffic.reset()
        _visit(page, path, language, width)
        assert_accessible(page)
        assert traffic.hosts <= local, traffic.hosts
        assert traffic.bytes() <= PAGE_BUDGET
        reach = page.locator("#reach-title").bounding_box()
        what = page.locator("#what-title").bounding_box()
        assert reach["y"] < what["y"]
        assert page.locator("a[href^='tel:']").first.is_visible()
    for width in (360, 1280):
        _visit(page, path, language, width)
        page.screenshot(path=SCREENSHOTS / f"service-{language}-{width}.png", full_page=True)


def test_the_sample_region_in_the_list_and_on_the_card(page, sample):
    _visit(page, "/services/?org=" + str(sample.organization_id), "en", 360)
    card = page.locator(".card", has_text="Community Counselling")
    assert card.locator(".card__reach").is_visible()
    assert "Open now" in card.inner_text()
    assert_accessible(page)
    page.screenshot(path=SCREENSHOTS / "browse-en-360.png", full_page=True)
