"""Satu writes to the network from the bulletin page; Eero reads this week's digest there and
chooses the language his digest e-mail comes in."""

import datetime

from django.utils import timezone

from directory.models import Service
from events import bulletin
from events.models import Announcement, Event
from events.recurrence import refresh_occurrences


def test_satu_announces_and_eero_reads_the_weeks_digest_as_a_page(client, network):
    event = Event.objects.create(
        service=network.service,
        name={"fi": "Kielikahvila", "en": "Language café"},
        start=timezone.now() + datetime.timedelta(days=2),
        publication_status=Service.Publication.PUBLISHED,
    )
    refresh_occurrences([event])
    bulletin_url = f"/staff/regions/{network.region.slug}/bulletin/"

    client.force_login(network.satu)
    response = client.post(
        f"{bulletin_url}announce/",
        {"title": "Network meeting", "body": "We meet on Thursday."},
        follow=True,
    )
    assert "The announcement is in the bulletin and the next digest." in response.content.decode()

    client.force_login(network.eero)
    html = client.get(bulletin_url).content.decode()
    assert "Network meeting" in html and "We meet on Thursday." in html
    assert "Language café" in html
    # Eero is a member, not the coordinator: he reads, he does not announce.
    refused = client.post(f"{bulletin_url}announce/", {"title": "Hello", "body": "From Eero"})
    assert refused.status_code == 403
    assert [str(a.title) for a in Announcement.objects.all()] == ["Network meeting"]
    client.post(f"{bulletin_url}digest/", {"subscribed": "on", "language": "fi"})
    chosen = bulletin.subscription(network.eero, network.region)
    assert chosen.language == "fi" and chosen.unsubscribed_at is None
