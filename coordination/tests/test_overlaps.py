"""The coordinator's overlap list on the Jyväskylä inventory: the source's own double listings
must be found, and the list must be precise enough to be worth reading.

The pairs below are the ones we judged, reading both entries, to duplicate or heavily overlap.
"""

import pytest

from coordination import overlaps
from directory.demo import data
from directory.demo.loader import demo_uuid

DOUBLE_LISTINGS = [
    ("labour-market-training-finnish", "labour-market-training"),
    ("welcoming-events-international-students", "welcome-events-new-international-students"),
]
# Judged by reading both entries: the same kind of service for the same people.
TRUE_OVERLAPS = DOUBLE_LISTINGS + [
    # "Rehabilitative work activity for immigrants" / "Work activity/rehabilitative work
    # activity groups focusing on language training"
    ("rehabilitative-work-activity", "rehabilitative-work-activity-language"),
    # "Integrates – integration training for highly educated immigrants" is integration training
    ("integrates", "finnish-integration-training"),
    # Basic education for adults is what the Adult High School offers
    ("adult-high-school", "basic-education-for-adults"),
]


def _key_pairs(pairs):
    ids = {demo_uuid("service", entry["key"]): entry["key"] for entry in data.SERVICES}
    return [frozenset((ids[p.first.pk], ids[p.second.pk])) for p in pairs]


def _precision(found, truth):
    return sum(1 for pair in found if pair in truth) / len(found) if found else 0.0


@pytest.mark.django_db
def test_the_double_listings_of_the_source_are_found_and_the_list_is_precise(demo_data):
    truth = {frozenset(pair) for pair in TRUE_OVERLAPS}
    known = {entry["key"] for entry in data.SERVICES}
    assert all(set(pair) <= known for pair in TRUE_OVERLAPS), "a judged pair names no service"
    reported = _key_pairs(overlaps.find_overlaps(demo_data))
    for pair in DOUBLE_LISTINGS:
        assert frozenset(pair) in reported
    ranked = _key_pairs(overlaps.find_overlaps(demo_data, threshold=overlaps.MINIMUM_KEPT))
    precision = {
        "reported": _precision(reported, truth),
        "top 5": _precision(ranked[:5], truth),
        "top 10": _precision(ranked[:10], truth),
    }
    print(f"overlap precision on the demo data ({len(reported)} reported): {precision}")
    assert precision["reported"] >= 0.75
    assert precision["top 5"] >= 0.6


def test_clusters_join_pairs_that_share_a_service():
    class S:
        def __init__(self, pk):
            self.pk = pk
            self.organization_id = 1

    a, b, c, d = S(1), S(2), S(3), S(4)
    pairs = [overlaps.Pair(a, b, 0.9), overlaps.Pair(b, c, 0.8), overlaps.Pair(d, S(5), 0.5)]
    clusters = overlaps.clusters(pairs)
    assert [len(cluster.services) for cluster in clusters] == [3, 2]
