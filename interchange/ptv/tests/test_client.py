"""Reading PTV: paging, waiting politely when PTV is busy, and saying clearly when it is gone."""

import socket

import pytest

from interchange.ptv.client import PtvClient, PtvError, PtvUnreachable


def all_items(pages):
    return [item["id"] for items, _page, _count in pages for item in items]


def test_the_municipalitys_services_are_read_page_by_page(ptv, client):
    ids = all_items(client.services_in_municipality("179"))

    assert len(ids) == 3
    assert ptv.log == [
        "Service/list/area/Municipality/code/179?includeWholeCountry=false&page=1",
        "Service/list/area/Municipality/code/179?includeWholeCountry=false&page=2",
    ]


def test_a_municipality_with_nothing_in_ptv_is_one_empty_page(client):
    assert all_items(client.services_in_municipality("992")) == []


def test_ptv_saying_too_many_requests_is_waited_out_as_it_asks(ptv, client, sleeps):
    ptv.fail("Service/list/area", status=429, retry_after="7")

    ids = all_items(client.services_in_municipality("179"))

    assert len(ids) == 3
    assert sleeps == [7.0]


def test_a_server_error_is_retried_with_growing_waits(ptv, client, sleeps):
    ptv.fail("ServiceChannel/list/area", status=500)
    ptv.fail("ServiceChannel/list/area", status=503)

    ids = all_items(client.channels_in_municipality("179"))

    assert len(ids) == 5
    assert sleeps == [1, 2]


def test_an_answer_that_comes_too_late_is_asked_for_again(ptv, client, sleeps):
    ptv.fail("Organization/list", delay=1.5)

    found = list(client.by_ids("Organization", ["5f0d2c1e-1111-4a6b-9c0d-000000000001"]))

    assert [o["organizationType"] for o in found] == ["Municipality"]
    assert len(sleeps) == 1


def test_ptv_failing_every_time_ends_in_an_error_that_says_what_to_do(ptv, client):
    for _ in range(4):
        ptv.fail("Service/list/area", status=500)

    with pytest.raises(PtvUnreachable) as failure:
        list(client.services_in_municipality("179"))

    message = str(failure.value)
    assert ptv.url in message
    assert "HTTP 500" in message
    assert "4 tries" in message
    assert "PTV_API_URL" in message


def test_an_address_where_nothing_answers_is_unreachable(sleeps):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = PtvClient(f"http://127.0.0.1:{port}/api/v11/", timeout=0.5, retries=1, sleep=sleeps)

    with pytest.raises(PtvUnreachable, match="could not be reached"):
        client.get("Service/list/area/Municipality/code/179")


def test_a_refused_request_is_not_retried(ptv, client, sleeps):
    ptv.fail("Service/list/area", status=400)

    with pytest.raises(PtvError, match="HTTP 400"):
        list(client.services_in_municipality("179"))
    assert sleeps == []


def test_ids_ptv_does_not_know_are_left_out(client):
    found = list(client.by_ids("ServiceChannel", ["00000000-0000-4000-8000-00000000abcd"]))

    assert found == []
