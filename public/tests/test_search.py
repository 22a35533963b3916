"""The search page: Amina types what she needs; the search capability ranks the results."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_empty_search_page_shows_the_box_and_filters(client, world):
    response = client.get("/en/search/")
    page = response.content.decode()
    assert response.context["result"] is None
    assert 'name="q"' in page
    assert 'name="aim"' in page


def test_a_query_finds_matching_services_with_a_count(client, world):
    response = client.get("/en/search/?q=Finnish")
    page = response.content.decode()
    assert "Finnish language course" in page
    assert "service found" in page or "services found" in page


def test_filters_combine_with_the_query_and_show_as_chips(client, world):
    response = client.get("/en/search/?q=&group=employers")
    hits = [hit.service for hit in response.context["result"].hits]
    assert hits == [world.employer_support]
    assert response.context["chips"]["items"][0]["label"]


def test_an_employer_narrows_her_search_by_need(client, world):
    response = client.get("/en/search/?q=help&need=hire")
    hits = [hit.service for hit in response.context["result"].hits]
    assert hits == [world.employer_support]
    assert 'name="need"' in response.content.decode()


def test_removing_all_filters_keeps_the_query(client, world):
    response = client.get("/en/search/?q=club&group=employers")
    assert response.context["chips"]["clear_url"] == "?q=club"


def test_gibberish_gets_no_results_or_an_honest_warning(client, world):
    page = client.get("/en/search/?q=zzzzqqq").content.decode()
    assert "No services match" in page or "may not match your words well" in page
    # Either way she can tell the network what she was looking for, with her words kept.
    assert "I couldn't find what I need" in page
    assert 'name="query" value="zzzzqqq"' in page


def test_a_sure_answer_does_not_ask_what_was_missing(client, world):
    page = client.get("/en/search/?q=Finnish").content.decode()
    assert "may not match your words well" not in page
    assert "I couldn't find what I need" not in page


def test_no_results_page_offers_a_way_on(client, world):
    # Nothing for employers is offered in Arabic.
    page = client.get("/en/search/?q=Finnish&group=employers&lang=ar").content.decode()
    assert "No services match" in page
    assert "/en/navigator/" in page
    assert "Learn Finnish" in page  # a common need to try instead
    assert "Remove all filters" in page


def test_drafts_are_never_found(client, world):
    page = client.get("/en/search/?q=Secret").content.decode()
    assert "Secret draft" not in page


def test_a_very_long_query_gets_a_clear_message(client, world):
    response = client.get("/en/search/?q=" + "a" * 5000)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Your search is too long" in page
    assert 'aria-describedby="q-error"' in page
    assert len(response.content) < 100_000


def test_a_null_character_gets_a_clear_message(client, world):
    response = client.get("/en/search/?q=kurssi%00")
    assert response.status_code == 200
    assert "Type the words again" in response.content.decode()


def test_a_bad_page_number_is_read_as_the_first_page(client, world):
    for page in ("abc", "-3", "", "%00"):
        assert client.get(f"/en/search/?q=Finnish&page={page}").status_code == 200


def test_a_page_past_the_end_shows_the_last_page(client, world):
    response = client.get("/en/search/?q=&group=employers&page=50")
    assert [hit.service for hit in response.context["result"].hits] == [world.employer_support]
    assert response.context["paging"]["page_number"] == 1


def test_hodan_reads_why_the_network_recommends_a_service_in_somali(client, demo_data):
    """The coordinator's note on a best bet is shown in the reader's language, like the
    service it recommends."""
    from search.steering.demo import load_demo_steering

    load_demo_steering()
    page = client.get("/so/search/", {"q": "barashada af-finishka"}).content.decode()

    assert "qorshe is-dhexgal" in page
    assert "Start here if you have an integration plan" not in page
