"""/api/hsds/services: a developer building a newcomer's app lists the region's services."""

import datetime
import json

import pytest
from django.utils import timezone

from directory.models import Service
from directory.tests.factories import (
    OrganizationFactory,
    ServiceFactory,
    TaxonomyTermFactory,
    tag,
)
from directory.translation import TranslatedText
from search import engine
from search.engine import Hit, SearchResult

pytestmark = pytest.mark.django_db


@pytest.fixture
def finnish_course():
    return ServiceFactory(
        name=TranslatedText({"fi": "Suomen kielen kurssi", "en": "Finnish course"}),
        description=TranslatedText({"fi": "Kurssi aloittelijoille."}),
    )


def test_lists_are_hsds_pages(client, finnish_course):
    ServiceFactory.create_batch(4)

    page = client.get("/api/hsds/services", {"per_page": 2, "page": 3}).json()

    assert page["total_items"] == 5
    assert page["total_pages"] == 3
    assert page["page_number"] == 3
    assert page["size"] == 1
    assert (page["first_page"], page["last_page"], page["empty"]) == (False, True, False)
    assert page["contents"][0]["organization"]["id"]


def test_anyone_may_read_from_any_origin(client, finnish_course):
    response = client.get("/api/hsds/services", HTTP_ORIGIN="https://partner.example")

    assert response["Access-Control-Allow-Origin"] == "*"
    assert client.options("/api/hsds/services")["Access-Control-Allow-Origin"] == "*"


def test_writing_is_not_possible(client, finnish_course):
    assert client.post("/api/hsds/services", {}).status_code == 405


def test_text_comes_in_the_language_asked_for(client, finnish_course):
    english = client.get("/api/hsds/services", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")
    swedish = client.get("/api/hsds/services", {"lang": "sv"})

    assert english["Content-Language"] == "en"
    assert english.json()["contents"][0]["name"] == "Finnish course"
    # No Swedish text: the Finnish text is served, and the record says so.
    assert swedish["Content-Language"] == "sv"
    item = swedish.json()["contents"][0]
    assert item["name"] == "Suomen kielen kurssi"
    assert item["translation_fallbacks"]["name"] == "fi"


def test_all_translations_on_request(client, finnish_course):
    item = client.get("/api/hsds/services", {"translations": "all"}).json()["contents"][0]

    assert item["translations"]["name"] == {"fi": "Suomen kielen kurssi", "en": "Finnish course"}


def test_an_unknown_language_gets_a_clear_message(client, finnish_course):
    response = client.get("/api/hsds/services", {"lang": "xx"}, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert "Unknown language" in response.json()["lang"]


@pytest.mark.parametrize(
    "query",
    [
        {"per_page": "0"},
        {"per_page": "1000"},
        {"page": "abc"},
        {"modified_after": "yesterday"},
        # Well-formed but impossible, or beyond what the database holds: not a server error.
        {"modified_after": "2025-13-45"},
        {"modified_after": "2025-02-30T00:00:00"},
        {"modified_after": "0001-01-01"},
        {"modified_after": "9999-12-31T23:59:59-05:00"},
    ],
)
def test_bad_paging_and_filters_are_explained(client, query):
    response = client.get("/api/hsds/services", query, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert list(response.json()) == list(query)


def test_search_keeps_the_search_engines_rank_order(client, monkeypatch):
    first, second, third = ServiceFactory.create_batch(3)
    calls = []

    def ranked(query, **kwargs):
        calls.append((query, kwargs))
        hits = [Hit(third, 0.9), Hit(first, 0.5), Hit(second, 0.1)]
        return SearchResult(query=query, hits=hits, total=3)

    monkeypatch.setattr("api.hsds.views.search", ranked)
    assert engine.search is not ranked  # the API goes through the one search interface

    page = client.get("/api/hsds/services", {"search": "työ", "lang": "fi"}).json()

    assert [s["id"] for s in page["contents"]] == [str(third.pk), str(first.pk), str(second.pk)]
    assert calls[0][0] == "työ" and calls[0][1]["language"] == "fi"


def test_filters_combine(client):
    term = TaxonomyTermFactory(code="learn-finnish")
    provider = OrganizationFactory()
    wanted = ServiceFactory(organization=provider)
    tag(wanted, term)
    tag(ServiceFactory(), term)  # another provider
    ServiceFactory(organization=provider)  # no term

    page = client.get(
        "/api/hsds/services",
        {
            "taxonomy_term_id": str(term.pk),
            "taxonomy_id": str(term.taxonomy_id),
            "organization_id": str(provider.pk),
        },
    ).json()

    assert [s["id"] for s in page["contents"]] == [str(wanted.pk)]


def test_modified_after(client):
    old = ServiceFactory()
    Service.objects.filter(pk=old.pk).update(
        last_modified=timezone.now() - datetime.timedelta(days=30)
    )
    recent = ServiceFactory()
    since = (timezone.now() - datetime.timedelta(days=1)).date().isoformat()

    page = client.get("/api/hsds/services", {"modified_after": since}).json()

    assert [s["id"] for s in page["contents"]] == [str(recent.pk)]


def test_drafts_are_not_public(client):
    ServiceFactory(publication_status=Service.Publication.DRAFT)

    assert client.get("/api/hsds/services").json()["total_items"] == 0


def test_ndjson_streams_every_service(client):
    ServiceFactory.create_batch(3)

    response = client.get("/api/hsds/services", {"format": "ndjson", "per_page": 1})
    lines = b"".join(response.streaming_content).decode().splitlines()

    assert response["Content-Type"] == "application/x-ndjson"
    assert len(lines) == 3 and all(json.loads(line)["id"] for line in lines)


def test_minimal_and_full(client, finnish_course):
    minimal = client.get("/api/hsds/services", {"minimal": "true"}).json()["contents"][0]
    full = client.get("/api/hsds/services", {"full": "true"}).json()["contents"][0]

    assert set(minimal) == {"id", "last_modified"}
    assert full["service_at_locations"] == [] and "attributes" in full


def test_search_on_the_demo_directory_gives_the_engines_own_order(demo_data, client):
    expected = engine.search("suomen kieli", language="fi", limit=1000, record_unmet=False)

    page = client.get(
        "/api/hsds/services", {"search": "suomen kieli", "lang": "fi", "per_page": 200}
    ).json()

    assert page["total_items"] == len(expected.hits) > 0
    assert [s["id"] for s in page["contents"]] == [str(h.service.pk) for h in expected.hits]


@pytest.mark.parametrize(
    ("path", "language", "words"),
    [
        ("/api/hsds/services/00000000-0000-4000-8000-000000000000", "fi", "Millään tietueella"),
        ("/api/v1/learning/good-practices/no-such-practice", "ar", "لا يوجد سجل"),
    ],
)
def test_a_record_that_is_not_there_is_named_in_the_readers_language(client, path, language, words):
    """It was Django's English "No Service matches the given query." whatever the language."""
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    assert words in response.json()["detail"]
    assert "matches the given query" not in response.json()["detail"]
