"""Someone tuning the ranking checks each change against held-out queries over the demo
directory, not only against the development set it was tuned on (make bench-search)."""

from collections import Counter

import pytest

from search.engine import search
from tools.bench_search import demoset, measure

LANGUAGES = {"fi", "en", "sv", "ru", "uk", "ar", "so", "fa", "et", "zh", "es", "tr", "fr"}


def test_the_held_out_queries_ask_in_all_13_languages_about_services_the_demo_has():
    from directory.demo import data

    keys = {entry["key"] for entry in data.SERVICES}
    queries = demoset.load()["queries"]
    assert len({query["id"] for query in queries}) == len(queries)
    per_language = Counter(query["lang"] for query in queries)
    assert set(per_language) == LANGUAGES
    assert min(per_language.values()) >= 6
    for query in queries:
        assert query["text"].strip(), query["id"]
        assert query["rel"], query["id"]
        assert set(query["rel"]) <= keys, query["id"]


@pytest.mark.django_db
def test_the_tuner_reads_the_score_and_the_misses_and_the_index_is_left_as_it_was():
    """Two queries, not the whole set: one the engine answers by name, one judged to want a
    service it will not put first."""
    sample = {
        "queries": [
            {
                "id": "sv-name",
                "lang": "sv",
                "text": "Ystäväperheohjelma kansainvälisille",
                "rel": ["friend-family-program"],
            },
            {
                "id": "fi-wrong",
                "lang": "fi",
                "text": "Ystäväperheohjelma kansainvälisille",
                "rel": ["etnoj-advisory-board"],
            },
        ]
    }

    result, _steered = demoset.quality(sample)

    assert result["table"]["sv"] == {"queries": 1, "recall@5": 1.0, "mrr@10": 1.0}
    assert result["table"]["all"]["queries"] == 2
    assert [miss[:3] for miss in result["misses"]] == [
        ("fi", "Ystäväperheohjelma kansainvälisille", ["etnoj-advisory-board"])
    ]
    assert result["misses"][0][3][0] == "friend-family-program"
    assert search("Ystäväperheohjelma kansainvälisille", record_unmet=False).hits == []

    table = measure.format_table([{"database": "sqlite", "demo_quality": result}], [], "test")
    assert "Demo directory (held-out, 2 queries" in table
    assert "| sv | 1 | 1.000 | 1.000 |" in table
    assert "Latency" not in table  # --quality-only: no latency or indexing was measured
    assert "etnoj-advisory-board" in measure.format_misses([{"demo_quality": result}])
