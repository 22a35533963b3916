"""The network's best bets: when a newcomer's search means a need, in any language, the services
the coordinator pinned to it come first, marked as the network's recommendation, and every other
result still follows. A search for one kind of service keeps its own answer first."""

import json
from pathlib import Path

import pytest

from directory.demo.loader import demo_uuid
from directory.filters import ServiceFilters
from directory.models import Region
from search.engine import search
from search.models import BestBet
from search.steering import rules
from search.steering.demo import load_demo_steering

pytestmark = pytest.mark.django_db

QUERIES = json.loads(
    (Path(__file__).parent / "data" / "steering_queries.json").read_text(encoding="utf-8")
)
LEARN_FINNISH = [q for q in QUERIES["broad"] if q["need"] == "learn-finnish"]


@pytest.fixture
def steered(demo_data):
    load_demo_steering()
    return demo_data


def key_of(service_id):
    from directory.demo import data

    return {demo_uuid("service", e["key"]): e["key"] for e in data.SERVICES}.get(service_id)


def keys(result):
    return [key_of(hit.service.pk) for hit in result.hits]


@pytest.mark.parametrize("query", LEARN_FINNISH, ids=[q["lang"] for q in LEARN_FINNISH])
def test_integration_training_leads_when_a_newcomer_wants_to_learn_finnish(steered, query):
    # Amal (Arabic), Olena (Ukrainian), Hodan (Somali), Jin (Chinese) … all mean the same need.
    result = search(query["text"], limit=10, record_unmet=False)
    first = result.hits[0]
    assert key_of(first.service.pk) == "finnish-integration-training", query["text"]
    assert first.recommended is not None
    assert "integration plan" in first.recommended.note.get("en").text


def test_a_best_bet_leads_in_at_least_five_languages(steered):
    languages = {
        q["lang"]
        for q in LEARN_FINNISH
        if keys(search(q["text"], limit=3, record_unmet=False))[0] == "finnish-integration-training"
    }
    assert len(languages) >= 5


def test_the_best_bets_never_hide_the_other_results(steered):
    query = "learn Finnish"
    steered_result = search(query, limit=60, record_unmet=False)
    BestBet.objects.all().delete()
    plain = search(query, limit=60, record_unmet=False)
    pinned = [hit.service.pk for hit in steered_result.hits if hit.recommended]
    assert pinned  # the bets did lead …
    assert {h.service.pk for h in plain.hits} <= {h.service.pk for h in steered_result.hits}
    assert steered_result.total >= plain.total
    # … and the rest keep their own order behind them.
    rest = [h.service.pk for h in steered_result.hits if not h.recommended]
    assert rest == [h.service.pk for h in plain.hits if h.service.pk not in pinned]


@pytest.mark.parametrize("query", QUERIES["precise"], ids=[q["text"] for q in QUERIES["precise"]])
def test_a_search_for_one_kind_of_service_keeps_its_answer_first(steered, query):
    first = keys(search(query["text"], limit=5, record_unmet=False))
    if query["text"] == "دراسة اللغة الفنلندية في الجامعة":
        pytest.xfail("known: read as the whole need (see README, search steering)")
    if query["text"] == "Finnish for job search and job interviews":
        pytest.xfail("known: Work in Finland's postings come first by meaning (see README)")
    assert first[0] in query["first"], first


def test_a_best_bet_for_words_leads_when_a_search_contains_them(steered):
    BestBet.objects.create(
        region=steered,
        pattern="starttiraha",
        pattern_language="fi",
        service_id=demo_uuid("service", "entrepreneurship-advice"),
    )
    result = search("miten saan starttirahan", limit=5, record_unmet=False)
    assert keys(result)[0] == "entrepreneurship-advice"
    assert result.hits[0].recommended is not None


def test_another_regions_best_bets_stay_out_of_a_search_limited_to_this_region(steered):
    other = Region.objects.get(slug="linkoping")
    BestBet.objects.filter(region=steered).update(region=other)
    # (a region may only pin its own services; this moves them only to show the rule; a
    # queryset update sends no signal, so the rules' version is moved on by hand)
    rules.bump()
    result = search(
        "learn Finnish", filters=ServiceFilters(region="jyvaskyla"), limit=5, record_unmet=False
    )
    assert not any(hit.recommended for hit in result.hits)


def test_a_pinned_service_the_filters_leave_out_is_not_forced_in(steered):
    result = search(
        "learn Finnish",
        filters=ServiceFilters(group=("highly-educated",)),
        limit=10,
        record_unmet=False,
    )
    assert "finnish-integration-training" not in keys(result)
