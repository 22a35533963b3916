"""A newcomer whose search found nothing tells the network what they were looking for."""

from coordination.models import Feedback


def test_the_form_is_on_an_empty_result_list(client, network):
    # No service is for international students in this network: the list is empty, whatever
    # the search engine would make of a query.
    body = client.get("/en/services/?group=international-students").content.decode()
    assert "find what I need" in body


def test_the_message_and_the_search_words_are_kept(client, network, aged_token):
    response = client.post(
        "/en/feedback/not-found/",
        {"query": "beekeeping", "message": "A beekeeping course", "token": aged_token()},
    )
    assert response.status_code == 302
    item = Feedback.objects.get()
    assert (item.kind, item.query, item.message) == (
        "not_found",
        "beekeeping",
        "A beekeeping course",
    )


def test_an_empty_form_is_explained(client, network, aged_token):
    response = client.post("/en/feedback/not-found/", {"token": aged_token()})
    assert response.status_code == 400
    assert "Tell us what you were looking for." in response.content.decode()


def test_after_ten_in_an_hour_the_form_asks_to_wait(client, network, aged_token):
    for _ in range(10):
        client.post("/en/feedback/not-found/", {"message": "x", "token": aged_token()})
    response = client.post("/en/feedback/not-found/", {"message": "x", "token": aged_token()})
    assert response.status_code == 429
    assert "try again later" in response.content.decode()
    assert Feedback.objects.count() == 10
