"""The accessibility statement the EU Web Accessibility Directive requires."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_statement_has_status_limitations_feedback_enforcement_and_date(client):
    page = client.get("/en/accessibility/").content.decode()
    assert "partially meets" in page
    assert "Known limitations" in page
    assert "mailto:accessibility@milestone-hub.example" in page
    assert "is not real" in page
    assert "Enforcement procedure" in page
    assert "https://www.saavutettavuusvaatimukset.fi/" in page
    assert "November 27, 2026" in page


def test_every_page_links_to_the_statement(client):
    assert 'href="/fi/accessibility/"' in client.get("/fi/").content.decode()
