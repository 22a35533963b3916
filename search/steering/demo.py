"""Demo best bets, synonyms and judged queries for Jyväskylä, marked as demo data.

Written from the source document (../shared/seed/), not from any query set: for each need, the
services the source lists first under its aim or names as the way in (integration training
"for those having an official integration plan", the collated information on Finnish courses,
the employment centres' statutory services, the multilingual guidance of International House),
each with a note that says whom it is for. The synonyms are the source's own names for the same
thing in Finnish and English. The judged queries are the benchmark's held-out set
(tools/bench_search/demo_queries.json), so the quality page shows what `make bench-search` reports.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from directory.translation import TranslatedText

# (need, service, note): in the order they lead.
BEST_BETS = [
    (
        "learn-finnish",
        "finnish-integration-training",
        {
            "en": "Start here if you have an integration plan: the official Finnish course for adult newcomers.",
            "fi": "Aloita tästä, jos sinulla on kotoutumissuunnitelma: aikuisten maahanmuuttajien virallinen suomen kielen koulutus.",
        },
    ),
    (
        "learn-finnish",
        "labour-market-training-finnish",
        {
            "en": "For jobseekers registered with the employment services.",
            "fi": "Työllisyyspalveluihin ilmoittautuneille työnhakijoille.",
        },
    ),
    (
        "learn-finnish",
        "finnish-course-information",
        {
            "en": "Every other Finnish course in the city, in one place.",
            "fi": "Kaikki muut kaupungin suomen kielen kurssit yhdessä paikassa.",
        },
    ),
    (
        "find-job",
        "employment-services-statutory",
        {
            "en": "Start here: register as a jobseeker.",
            "fi": "Aloita tästä: ilmoittaudu työnhakijaksi.",
        },
    ),
    (
        "find-job",
        "career-guidance-job-search",
        {
            "en": "Help with applications and career choices, for every immigrant.",
            "fi": "Apua hakemuksiin ja uravalintoihin kaikille maahanmuuttaneille.",
        },
    ),
    ("use-my-degree", "career-club-highly-educated", {}),
    ("start-business", "entrepreneurship-advice", {}),
    ("study", "vocational-training", {}),
    ("hire", "employer-hiring-advice", {}),
    ("onboard-employee", "new-employee-familiarisation", {}),
    (
        "guidance",
        "multilingual-guidance",
        {
            "en": "Ask here first, in many languages.",
            "fi": "Kysy ensin täältä, monella kielellä.",
        },
    ),
    ("volunteer", "volunteer-opportunities", {}),
    ("children", "leisure-activities", {}),
]

SYNONYMS = [
    [
        ("fi", "kotoutumiskoulutus"),
        ("en", "integration training"),
        ("en", "Finnish course for immigrants"),
    ],
    [("fi", "TE-palvelut"), ("fi", "työllisyyspalvelut"), ("en", "employment services")],
]


@transaction.atomic
def load_demo_steering(region_slug: str = "jyvaskyla") -> dict:
    """Replace the region's demo best bets, synonyms and judged queries (staff's own stay)."""
    from directory.demo.loader import demo_uuid
    from directory.models import Region, Service, TaxonomyTerm
    from search.models import BestBet, JudgedQuery, Synonym

    region = Region.objects.get(slug=region_slug)
    BestBet.objects.filter(region=region, is_demo_data=True).delete()
    Synonym.objects.filter(region=region, is_demo_data=True).delete()
    JudgedQuery.objects.filter(region=region, is_demo_data=True).delete()
    needs = {t.code: t for t in TaxonomyTerm.objects.filter(taxonomy__code="need")}
    existing = set(Service.objects.values_list("pk", flat=True))
    counts = {"best_bets": 0, "synonyms": 0, "judged_queries": 0}
    positions: dict[str, int] = {}
    for need, key, note in BEST_BETS:
        service_id = demo_uuid("service", key)
        if need not in needs or service_id not in existing:
            continue
        positions[need] = positions.get(need, 0) + 1
        BestBet.objects.create(
            region=region,
            term=needs[need],
            service_id=service_id,
            position=positions[need],
            note=TranslatedText(note),
            is_demo_data=True,
        )
        counts["best_bets"] += 1
    for variants in SYNONYMS:
        Synonym.objects.create(
            region=region,
            variants=[{"language": language, "text": text} for language, text in variants],
            is_demo_data=True,
        )
        counts["synonyms"] += 1
    # The demo region's judged set is the benchmark's held-out set (tools/bench_search), read
    # as a file so that the domain never imports the developers' tools.
    held_out = Path(settings.BASE_DIR) / "tools" / "bench_search" / "demo_queries.json"
    for query in json.loads(held_out.read_text(encoding="utf-8"))["queries"]:
        expected = [demo_uuid("service", key) for key in query["rel"]]
        if not set(expected) <= existing:
            continue
        judged = JudgedQuery.objects.create(
            region=region, text=query["text"], language=query["lang"], is_demo_data=True
        )
        judged.expected.set(expected)
        counts["judged_queries"] += 1
    return counts
