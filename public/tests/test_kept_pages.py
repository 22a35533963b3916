"""Public pages are rendered once and kept for the next readers (public/kept.py): what readers,
editors and the coordinator must still see."""

import re
import time
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from coordination.models import Feedback
from directory.models import TaxonomyTerm
from directory.tests.factories import tag
from directory.translation import TranslatedText
from search.models import UnmetSearch

pytestmark = pytest.mark.django_db


def _field(body: bytes, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]*)"'.encode(), body).group(1).decode()


def test_two_readers_of_a_kept_page_each_get_their_own_form_tokens_and_can_send_feedback(
    network,
):
    address = f"/en/services/{network.service.pk}/"
    first = Client(enforce_csrf_checks=True)
    second = Client(enforce_csrf_checks=True)
    first_page = first.get(address).content
    second_page = second.get(address).content  # the kept copy
    assert _field(first_page, "csrfmiddlewaretoken") != _field(second_page, "csrfmiddlewaretoken")
    # The second reader reads for half a minute, then answers with the kept page's form.
    later = time.time() + 30
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = second.post(
            "/en/feedback/service/",
            {
                "csrfmiddlewaretoken": _field(second_page, "csrfmiddlewaretoken"),
                "token": _field(second_page, "token"),
                "service": network.service.pk,
                "useful": "yes",
            },
        )
    assert response.status_code == 302
    assert Feedback.objects.count() == 1


def test_a_bot_posting_a_kept_page_at_once_is_still_too_fast(network):
    address = f"/en/services/{network.service.pk}/"
    Client().get(address)
    # Kept a minute ago, but this reader's token is new: "too fast" counts from their visit.
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 60):
        Client().get(f"/fi/services/{network.service.pk}/")
    bot = Client()
    page = bot.get(address).content
    response = bot.post(
        "/en/feedback/service/",
        {"token": _field(page, "token"), "service": network.service.pk, "useful": "yes"},
    )
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_a_published_change_shows_to_the_next_reader_at_once(network):
    address = f"/en/services/{network.service.pk}/"
    assert b"Finnish club" in Client().get(address).content
    network.service.name = TranslatedText({"fi": "Kielikerho", "en": "Language club"})
    network.service.save()  # what publishing a draft does (coordination.records.apply)
    page = Client().get(address).content
    assert b"Language club" in page
    assert b"Finnish club" not in page


def test_signed_in_staff_never_get_a_kept_copy(client, network):
    address = f"/en/services/{network.service.pk}/"
    Client().get(address)
    # A term's name has no stamp of its own: readers see a rename within the minute, staff
    # checking their work see it at once.
    term = TaxonomyTerm.objects.get(code="finnish-language")
    term.name = TranslatedText({"en": "Finnish for everyday life"})
    term.save()
    client.force_login(network.eero)
    assert b"Finnish for everyday life" in client.get(address).content


def test_every_search_that_finds_nothing_is_counted_for_the_coordinator(network):
    for _reader in range(2):
        Client().get("/en/search/?q=zqxjkvw+bbbrrr")
    assert UnmetSearch.objects.count() == 2


# Result cards are kept per service (public.kept.kept_cards): a search nobody asked before lists
# cards that earlier pages rendered. Amina searches; what a card says must still be this search's.


def test_a_card_kept_from_one_search_never_brings_that_search_s_reasons(world):
    searched = Client().get("/en/search/?q=Finnish+language+course").content.decode()
    assert "Finnish language course" in searched
    assert "Why this result:" in searched
    # The same card, listed by a filter alone: no search, so no reason to give.
    listed = Client().get("/en/search/?q=&need=learn-finnish").content.decode()
    assert "Finnish language course" in listed
    assert "Why this result:" not in listed


def test_a_renamed_service_shows_in_the_next_new_search_at_once(world):
    assert "Finnish language course" in Client().get("/en/search/?q=Finnish").content.decode()
    world.course.name = TranslatedText({"fi": "Suomea alusta", "en": "Finnish from the start"})
    world.course.save()  # what publishing a draft does (coordination.records.apply)
    page = Client().get("/en/search/?q=learn+Finnish").content.decode()
    assert "Finnish from the start" in page
    assert "Finnish language course" not in page


def test_a_kept_card_links_on_in_each_reader_s_own_second_language(world):
    arabic_reader = Client().get("/en/search/?q=Finnish&also=ar").content.decode()
    assert f'href="/en/services/{world.course.pk}/?also=ar"' in arabic_reader
    plain_reader = Client().get("/en/search/?q=Finnish+course").content.decode()
    assert f'href="/en/services/{world.course.pk}/"' in plain_reader
    assert "also=ar" not in plain_reader.split('class="cards"')[1]


def test_the_kept_filter_panel_ticks_only_what_this_reader_chose(world):
    ticked = 'value="learn-finnish" id="f-need-'
    chosen = Client().get("/en/search/?q=Finnish&need=learn-finnish").content.decode()
    assert re.search(ticked + r'\d+" checked', chosen)
    # Another reader's new search, with no filter: the same panel, nothing ticked.
    plain = Client().get("/en/search/?q=learn+Finnish").content.decode()
    assert ticked in plain
    assert not re.search(ticked + r'\d+" checked', plain)
    # Browse counts what each choice finds with the other groups' filters: kept per count.
    employers = Client().get("/en/services/?group=employers").content.decode()
    everyone = Client().get("/en/services/").content.decode()
    assert employers.split('class="filters"')[1] != everyone.split('class="filters"')[1]


# A new search under the page's stamp reads neither the index's nor the rules' version again,
# and keeps what it derives from the services' tags (which carry a term, how central each is to
# a need) under the stamp and the minute (search.stamp).


def test_a_tag_an_import_adds_shows_in_searches_within_the_minute(world):
    def career_club(page):
        return page.content.decode().split(">Career club<")[1].split("</article>")[0]

    reason = "Listed under “Learn Finnish”"
    assert reason not in career_club(Client().get("/en/search/?q=learn+Finnish"))
    # An import tags the career club without saving the service: the stamp does not move.
    tag(world.club, world.needs["learn-finnish"])
    with mock.patch("directory.stamp.time.time", return_value=time.time() + 60):
        assert reason in career_club(Client().get("/en/search/?q=learn+Finnish+please"))


def test_a_search_nobody_asked_before_reads_the_database_three_times(world):
    Client().get("/en/search/?q=learn+Finnish")  # a worker that has searched before
    with CaptureQueriesContext(connection) as reads:
        page = Client().get("/en/search/?q=learn+Finnish+fast")
    assert page.status_code == 200
    # The stamp; the rows with the query's words; whether the page's services are public.
    assert len(reads) == 3, [read["sql"][:80] for read in reads]
