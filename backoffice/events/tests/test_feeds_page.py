"""Eero gives Monikko ry's calendar address; Satu approves it; its events appear, and a broken
address is explained on the page."""

from events.models import Event, EventFeed


def test_eero_adds_the_calendar_satu_approves_and_reads_it(client, network, calendar_server):
    calendar_server.put_file("/monikko.ics", "language_cafe.ics")
    client.force_login(network.eero)
    client.post(
        f"/staff/services/{network.service.pk}/feeds/",
        {"url": calendar_server.url("/monikko.ics"), "language": "fi"},
    )
    feed = EventFeed.objects.get()
    assert not feed.approved
    assert client.post(f"/staff/feeds/{feed.pk}/approve/").status_code == 403

    client.force_login(network.satu)
    client.post(f"/staff/feeds/{feed.pk}/approve/")
    client.post(f"/staff/feeds/{feed.pk}/fetch/")
    assert Event.objects.filter(feed=feed).exists()
    assert all(e.publication_status == "published" for e in Event.objects.filter(feed=feed))


def test_a_feed_that_is_not_a_calendar_is_explained_to_the_provider(
    client, network, calendar_server
):
    calendar_server.put_file("/page.html", "not_a_calendar.html")
    feed = EventFeed.objects.create(
        service=network.service, url=calendar_server.url("/page.html"), approved=True
    )
    client.force_login(network.eero)
    client.post(f"/staff/feeds/{feed.pk}/fetch/")
    page = client.get("/staff/regions/jyvaskyla/events/").content.decode()
    assert "does not give an iCalendar (.ics) file" in page


def test_a_feed_address_that_is_not_a_web_address_is_refused(client, network):
    client.force_login(network.eero)
    client.post(
        f"/staff/services/{network.service.pk}/feeds/", {"url": "ftp://x", "language": "fi"}
    )
    assert not EventFeed.objects.exists()
