"""Greta, on the lead partner's staff, reads a submitted practice whole before she validates it
or returns it: its title in her queue opens the practice's staff page, read-only, with the
Validate and "Return with a note" buttons under it. The page is no wider open than the
practice: a partner of another region does not read a region's submitted practice."""

import pytest

from learning.models import GoodPractice
from learning.tests.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db

PAGE = "/staff/learning/practices/kv-kummi/"


@pytest.fixture
def submitted(jyvaskyla):
    return GoodPracticeFactory(
        region=jyvaskyla,
        slug="kv-kummi",
        status=GoodPractice.Status.SUBMITTED,
        title={"en": "KV-Kummi"},
        description={"en": "Volunteer mentors pair up with newcomers for a year."},
        evidence_of_success={"en": "212 pairs since 2019."},
    )


def test_greta_opens_the_practice_from_her_queue_and_reads_it_whole(client, greta, submitted):
    client.force_login(greta)
    queue = client.get("/staff/learning/").content.decode()
    assert f'href="{PAGE}"' in queue
    page = client.get(PAGE)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Volunteer mentors pair up with newcomers for a year." in html
    assert "212 pairs since 2019." in html
    assert ">Validate</button>" in html
    assert "Return with a note" in html
    assert 'name="note"' in html


def test_the_return_page_shows_the_practice_beside_the_note(client, greta, submitted):
    client.force_login(greta)
    html = client.get(PAGE + "return/").content.decode()
    assert "Volunteer mentors pair up with newcomers for a year." in html
    assert 'name="note"' in html


def test_jussi_reads_his_submitted_practice_but_cannot_validate_it(client, jussi, submitted):
    client.force_login(jussi)
    html = client.get(PAGE).content.decode()
    assert "Volunteer mentors pair up with newcomers for a year." in html
    assert ">Validate</button>" not in html
    assert (
        'href="/staff/learning/practices/kv-kummi/"'
        in client.get("/staff/learning/jyvaskyla/").content.decode()
    )


def test_piotr_of_another_region_does_not_read_it(client, piotr, submitted):
    client.force_login(piotr)
    assert client.get(PAGE).status_code == 404
    assert client.get(PAGE + "return/").status_code == 404


def test_greta_does_not_read_a_draft_before_it_is_submitted(client, greta, jyvaskyla):
    GoodPracticeFactory(region=jyvaskyla, slug="kv-kummi")
    client.force_login(greta)
    assert client.get(PAGE).status_code == 404
