"""Satu's search quality page: the judged queries measured on the live index on demand, with the
same figures as `make bench-search` gives on the same set, and every miss with its first five."""

import pytest
from django.urls import reverse

from directory.demo import data
from directory.demo.loader import demo_uuid
from search.engine import search
from search.models import JudgedQuery
from tools.bench_search import demoset, devset

pytestmark = pytest.mark.django_db

# A few of the held-out queries (scoring them changes nothing; nothing is tuned here).
SAMPLE = ["fi01", "en01", "ar02", "so01", "uk01", "sv04", "zh06", "fr06"]


def url(region, name="search-quality"):
    return reverse(f"backoffice:{name}", args=[region.slug])


def test_the_figures_match_the_benchmark_on_the_same_set(client, staff):
    queries = [q for q in demoset.load()["queries"] if q["id"] in SAMPLE]
    JudgedQuery.objects.filter(region=staff.region).exclude(
        text__in=[q["text"] for q in queries]
    ).delete()
    client.force_login(staff.satu)
    page = client.get(url(staff.region), {"measure": "1"})
    figures = page.context["report"].figures()
    services = {demo_uuid("service", e["key"]): e["key"] for e in data.SERVICES}
    bench = devset.evaluate({"queries": queries}, services, search)["table"]["all"]
    assert figures.queries == bench["queries"] == len(SAMPLE)
    assert figures.recall == pytest.approx(bench["recall@5"])
    assert figures.mrr == pytest.approx(bench["mrr@10"])


def test_every_miss_is_shown_with_its_first_five(client, staff):
    JudgedQuery.objects.filter(region=staff.region).delete()
    judged = JudgedQuery.objects.create(
        region=staff.region, text="adult high school", language="en"
    )
    # Judged, for the story, as wanting a service that is not what the words ask for.
    judged.expected.set([demo_uuid("service", "monikko-elderly-activities")])
    client.force_login(staff.satu)
    page = client.get(url(staff.region), {"measure": "1"})
    (miss,) = page.context["misses"]
    assert len(miss["top"]) == 5
    html = page.content.decode()
    assert "adult high school" in html and "First five results" in html
    assert "Activities for elderly immigrants" in html


def test_nothing_is_measured_until_asked(client, staff):
    client.force_login(staff.vera)
    page = client.get(url(staff.region))
    assert page.status_code == 200
    assert page.context["report"] is None
    assert "Add a judged query" not in page.content.decode()  # Vera only reads


def test_a_coordinator_of_another_region_is_refused(client, staff):
    client.force_login(staff.lars)
    assert client.get(url(staff.region)).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, staff):
    page = client.get(url(staff.region))
    assert page.status_code == 302 and "/staff/login/" in page["Location"]


def test_satu_adds_a_judged_query(client, staff):
    client.force_login(staff.satu)
    service = demo_uuid("service", "adult-high-school")
    page = client.post(
        url(staff.region, "search-judged-new"),
        {"text": "  lukio   aikuisille ", "language": "fi", "expected": [service]},
    )
    assert page.status_code == 302
    judged = JudgedQuery.objects.get(region=staff.region, text="lukio aikuisille")
    assert list(judged.expected.values_list("pk", flat=True)) == [service]


def test_a_judged_query_needs_an_expected_service(client, staff):
    client.force_login(staff.satu)
    page = client.post(url(staff.region, "search-judged-new"), {"text": "lukio", "language": "fi"})
    assert page.status_code == 200
    assert "This field is required." in page.content.decode()
    assert not JudgedQuery.objects.filter(text="lukio").exists()


def test_vera_cannot_change_the_judged_set(client, staff):
    client.force_login(staff.vera)
    judged = JudgedQuery.objects.filter(region=staff.region).first()
    assert client.post(url(staff.region, "search-judged-new"), {}).status_code == 403
    delete = reverse("backoffice:search-judged-delete", args=[staff.region.slug, judged.pk])
    assert client.post(delete).status_code == 403
    assert JudgedQuery.objects.filter(pk=judged.pk).exists()
