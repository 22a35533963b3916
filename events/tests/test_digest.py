"""Satu writes to the network; every member gets the week's digest in their own language, and
can stop it from the e-mail without signing in."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from coordination import workflow
from directory.models import Service
from events import bulletin
from events.models import Event
from events.recurrence import refresh_occurrences


@pytest.fixture
def week(network):
    # The services have been in the directory for a month; this week one of them changes.
    Service.history.update(history_date=timezone.now() - datetime.timedelta(days=30))
    bulletin.announce(
        network.satu,
        network.region,
        {"fi": "Verkostotapaaminen", "en": "Network meeting"},
        {"fi": "Tavataan torstaina.", "en": "We meet on Thursday."},
    )
    event = Event.objects.create(
        service=network.service,
        name={"fi": "Kielikahvila", "en": "Language café"},
        start=timezone.now() + datetime.timedelta(days=2),
        publication_status=Service.Publication.PUBLISHED,
    )
    refresh_occurrences([event])
    draft = workflow.start_draft(network.eero, network.service)
    data = dict(draft.data, description={"fi": "Uusi kuvaus.", "en": "A new description."})
    workflow.save_draft(network.eero, draft, data, draft.revision)
    workflow.submit(network.eero, draft)
    workflow.publish(network.satu, draft)
    bulletin.choose(
        bulletin.subscription(network.eero, network.region), language="en", subscribed=True
    )
    bulletin.choose(
        bulletin.subscription(network.satu, network.region), language="fi", subscribed=True
    )
    return network


def _mail_to(user):
    return next(message for message in mail.outbox if message.to == [user.email])


def test_each_member_gets_the_digest_in_their_own_language(week):
    sent = bulletin.send_digests([week.region])
    assert sent == 5  # Satu, Eero, Greta, Vera, Paula; Lars coordinates another region
    english = _mail_to(week.eero)
    assert "Network meeting" in english.body
    assert "Announcements" in english.body
    assert "Changed services" in english.body
    assert "Finnish club" in english.body
    assert "Language café" in english.body
    finnish = _mail_to(week.satu)
    assert "Verkostotapaaminen" in finnish.body
    assert "Tiedotteet" in finnish.body
    assert "Muuttuneet palvelut" in finnish.body
    assert "Kielikahvila" in finnish.body
    assert "Tulevat tapahtumat" in finnish.body
    html = finnish.alternatives[0][0]
    assert 'lang="fi"' in html


def test_the_digest_goes_once_a_week_however_often_the_job_runs(week):
    bulletin.send_digests([week.region])
    count = len(mail.outbox)
    assert bulletin.send_digests([week.region]) == 0
    assert len(mail.outbox) == count


def test_the_unsubscribe_link_works_without_signing_in(week, client):
    bulletin.send_digests([week.region])
    message = _mail_to(week.eero)
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    path = link.split("//", 1)[1].split("/", 1)[1]
    page = client.get(f"/{path}")
    assert page.status_code == 200
    assert bulletin.subscription(week.eero, week.region).unsubscribed_at is None
    client.post(f"/{path}")
    assert bulletin.subscription(week.eero, week.region).unsubscribed_at is not None
    mail.outbox.clear()
    later = timezone.now() + datetime.timedelta(days=8)
    bulletin.send_digests([week.region], now=later)
    assert all(message.to != [week.eero.email] for message in mail.outbox)


def test_a_forged_unsubscribe_link_changes_nothing(week, client):
    subscription = bulletin.subscription(week.eero, week.region)
    token = bulletin.unsubscribe_token(subscription)
    response = client.post(f"/staff/digest/unsubscribe/{token[:-2]}xx/")
    assert response.status_code == 404
    subscription.refresh_from_db()
    assert subscription.unsubscribed_at is None


def test_only_the_coordinator_writes_announcements(network):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        bulletin.announce(network.eero, network.region, {"en": "Hi"}, {"en": "Text"})
