"""/staff/learning/: every partner reads what each region has published (drafts stay with their
region, as in the API); the lead partner's staff see what waits for validation; outsiders are
sent to sign in."""

import pytest

from learning.models import BaselineStudy, GoodPractice
from learning.tests.factories import GoodPracticeFactory, SwotItemFactory

pytestmark = pytest.mark.django_db


def test_an_anonymous_visitor_is_sent_to_sign_in(client, jyvaskyla):
    answer = client.get("/staff/learning/")
    assert answer.status_code == 302
    assert "/staff/login/" in answer["Location"]


def test_piotr_reads_jyvaskylas_published_study_but_gets_no_edit_buttons(client, piotr, jyvaskyla):
    SwotItemFactory(
        study__region=jyvaskyla,
        study__status=BaselineStudy.Status.PUBLISHED,
        text={"en": "High bureaucracy."},
    )
    client.force_login(piotr)
    page = client.get("/staff/learning/jyvaskyla/").content.decode()
    assert "High bureaucracy." in page
    assert "Fill in the SWOT analysis" not in page


def test_piotr_does_not_read_a_study_jyvaskyla_has_not_published(client, piotr, jyvaskyla):
    SwotItemFactory(study__region=jyvaskyla, text={"en": "Still being written."})
    client.force_login(piotr)
    page = client.get("/staff/learning/jyvaskyla/").content.decode()
    assert "Still being written." not in page


def test_jussi_sees_his_own_edit_buttons(client, jussi, jyvaskyla):
    client.force_login(jussi)
    page = client.get("/staff/learning/jyvaskyla/").content.decode()
    assert "Fill in the SWOT analysis" in page
    assert "Add a good practice" in page


def test_greta_sees_the_practices_waiting_for_validation(client, greta, jyvaskyla):
    GoodPracticeFactory(
        region=jyvaskyla, status=GoodPractice.Status.SUBMITTED, title={"en": "KV-Kummi"}
    )
    client.force_login(greta)
    page = client.get("/staff/learning/").content.decode()
    assert "Practices waiting for your validation" in page
    assert "KV-Kummi" in page


def test_the_demo_workspace_shows_the_trail_and_learning_from_others(client, jussi, learning_demo):
    client.force_login(jussi)
    page = client.get("/staff/learning/jyvaskyla/").content.decode()
    assert "Joint one-stop-shop communication of the service network" in page
    assert "Timeline" in page
    matches = client.get("/staff/learning/jyvaskyla/learn-from-others/").content.decode()
    assert "One-stop information point and joint website for foreigners" in matches
    assert "Close in meaning" in matches


def test_a_region_that_only_shows_data_is_no_partner(client, piotr, jyvaskyla, west_pomerania):
    """Open Referral's fictional example is loaded to show every field of a service filled in:
    it is not a thirteenth MILEstone partner. It was in the partner table, the library's region
    filter and the visiting-partner choices, where it counted as a third country."""
    from backoffice.learning.forms import VisitorsForm
    from directory.tests.factories import RegionFactory

    RegionFactory(
        slug="open-referral-example",
        name={"en": "Open Referral example"},
        country="US",
        is_partner=False,
    )
    client.force_login(piotr)
    assert "Open Referral example" not in client.get("/staff/learning/").content.decode()
    library = client.get("/en/good-practices/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Open Referral example" not in library
    visitors = VisitorsForm(region=west_pomerania).fields["visitors"].queryset
    assert set(visitors.values_list("slug", flat=True)) == {"jyvaskyla"}
    api = client.get("/api/v1/learning/regions").json()
    slugs = {region["slug"] for region in api}  # the partner regions, one list
    assert "open-referral-example" not in slugs and "jyvaskyla" in slugs
