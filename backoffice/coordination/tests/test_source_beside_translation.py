"""Eero translates Monikko ry's entry and its event into Arabic: beside each Arabic field
he reads the Finnish source, read-only, marked as Finnish and left-to-right, while the field he
writes in is Arabic and right-to-left. In the source language itself there is nothing beside."""

import lxml.html


def test_eero_sees_the_finnish_source_beside_each_arabic_field(client, network):
    client.force_login(network.eero)
    page = client.get(f"/staff/services/{network.service.pk}/edit/?edit=ar")
    html = lxml.html.fromstring(page.content.decode())

    name = html.get_element_by_id("id_name")
    assert (name.get("lang"), name.get("dir")) == ("ar", "rtl")
    source = html.get_element_by_id(name.get("aria-describedby"))
    assert (source.get("lang"), source.get("dir")) == ("fi", "ltr")
    assert source.text_content().strip() == "Suomen kielen kerho"
    label = source.getprevious().text_content()
    assert label == "Source (Finnish)"
    assert source.tag == "div" and not source.xpath(".//textarea|.//input")


def test_in_the_source_language_nothing_is_shown_beside(client, network):
    client.force_login(network.eero)
    page = client.get(f"/staff/services/{network.service.pk}/edit/?edit=fi")
    html = lxml.html.fromstring(page.content.decode())
    assert html.get_element_by_id("id_name").get("aria-describedby") is None
    assert not html.find_class("source-text")


def test_eero_translating_an_event_reads_its_finnish_source_beside(client, network):
    import datetime

    from events.models import Event

    event = Event.objects.create(
        service=network.service,
        name={"fi": "Kielikahvila"},
        start=datetime.datetime(2030, 1, 1, 15, tzinfo=datetime.UTC),
    )
    client.force_login(network.eero)
    page = client.get(f"/staff/events/{event.pk}/edit/?edit=ar")
    html = lxml.html.fromstring(page.content.decode())
    name = html.get_element_by_id("id_name")
    assert (name.get("lang"), name.get("dir")) == ("ar", "rtl")
    source = html.get_element_by_id(name.get("aria-describedby"))
    assert (source.get("lang"), source.text_content().strip()) == ("fi", "Kielikahvila")
    assert html.xpath("//legend")[0].text_content() == "Text in Arabic"
