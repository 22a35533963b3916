"""Hassan's path shows when the recommended services next meet."""

import pytest

from events.demo import load_demo_events
from public.navigator.tests.test_result import REFUGEE

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data_once")]


def test_the_path_shows_the_next_dates_of_recommended_services_events(client):
    load_demo_events()
    html = client.get(f"/en/navigator/result/?{REFUGEE}").content.decode()
    assert "Next dates:" in html
    assert "/en/events/" in html
