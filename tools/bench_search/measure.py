"""The measurements behind `make bench-search` (run inside a configured Django process)."""

from __future__ import annotations

import time

import numpy as np

from tools.bench_search import devset, synthetic


def organization():
    from directory.models import Organization, Region
    from directory.translation import TranslatedText

    region, _ = Region.objects.get_or_create(
        slug="bench", defaults={"name": TranslatedText({"en": "Bench"}), "country": "FI"}
    )
    return Organization.objects.create(
        region=region,
        name=TranslatedText({"en": "Bench provider"}),
        description=TranslatedText({"en": "Services made up for measuring search."}),
    )


def quality(organization) -> dict:
    from search.engine import search

    data = devset.load()
    services = devset.create_services(data, organization)  # indexed by the save signal
    result = devset.evaluate(data, services, search)
    _delete(list(services))
    return result


def _delete(service_ids) -> None:
    from directory.models import Service

    for service in Service.objects.filter(pk__in=service_ids):
        service.delete()


def indexing_rate(organization) -> dict:
    """Translations indexed per second with the real model, from the demo services' texts
    (nothing remembered beforehand: every passage is embedded)."""
    from directory.demo import data
    from directory.models import Service
    from directory.translation import TranslatedText
    from search.embeddings import VECTORS_KEPT, get_backend
    from search.indexing import index_services
    from search.memo import Memo

    services = Service.objects.bulk_create(
        Service(
            organization=organization,
            name=TranslatedText(entry["name"]),
            description=TranslatedText(entry["description"]),
            eligibility_description=TranslatedText(entry.get("eligibility")),
            publication_status=Service.Publication.PUBLISHED,
        )
        for entry in data.SERVICES
    )
    backend = get_backend()
    backend.memo = Memo(VECTORS_KEPT)
    started = time.perf_counter()
    counts = index_services(services)
    seconds = time.perf_counter() - started
    _delete([s.pk for s in services])
    return {"translations": counts["embedded"], "seconds": seconds}


def _timed_searches(queries, repeat: int, filters=None) -> list[float]:
    from search.embeddings import VECTORS_KEPT, get_backend
    from search.engine import search
    from search.memo import Memo

    backend = get_backend()
    timings = []
    for _round in range(repeat):
        for text in queries:
            backend.memo = Memo(
                VECTORS_KEPT
            )  # every query is embedded, as a new visitor's would be
            started = time.perf_counter()
            search(text, filters=filters, limit=20, record_unmet=False)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def latency(organization, sizes: list[int]) -> dict:
    from directory.filters import ServiceFilters
    from search.embeddings import get_backend
    from search.engine import search
    from search.indexing import index_services
    from search.models import SearchDocument

    queries = [query["text"] for query in devset.load()["queries"]]
    stand_in = synthetic.LikeRealVectors(get_backend())
    results, have = {}, 0
    for size in sorted(sizes):
        started = time.perf_counter()
        while have < size:
            batch = synthetic.create(min(2000, size - have), organization, start=have)
            index_services(batch, backend=stand_in)
            have += len(batch)
        build = time.perf_counter() - started
        started = time.perf_counter()
        search("warm-up", record_unmet=False)  # loads this process's copy of the index
        load = time.perf_counter() - started
        plain = _timed_searches(queries, repeat=2)
        filtered = _timed_searches(
            queries, repeat=1, filters=ServiceFilters(region=organization.region.slug)
        )
        results[str(size)] = {
            "p50": float(np.percentile(plain, 50)),
            "p95": float(np.percentile(plain, 95)),
            "filtered_p95": float(np.percentile(filtered, 95)),
            "build_seconds": build,
            "load_seconds": load,
            "rows": SearchDocument.objects.count(),
            "first_pass": first_pass_agreement(queries),
        }
    return results


def first_pass_agreement(queries) -> dict:
    """How many of the rows an exact scan ranks best the projected first pass also returns
    (search/vectors.py), over the development queries' real vectors; 1.0 below the size where
    the first pass starts."""
    from search import memory, ranking
    from search.embeddings import get_backend

    index = memory.current()
    kept = {20: [], ranking.SEMANTIC_CANDIDATES: []}
    for text in queries:
        vector = get_backend().query(text)
        offsets = ranking.language_offsets(index, vector)
        count = ranking.SEMANTIC_CANDIDATES
        rows, _ = index.vectors.nearest(vector, count, offsets=offsets)
        exact, scores = index.vectors.nearest(vector, count, offsets=offsets, exact=True)
        for best in kept:
            wanted = exact[np.argsort(-scores)[:best]]
            kept[best].append(len(np.intersect1d(rows, wanted)) / max(len(wanted), 1))
    return {str(best): float(np.mean(values)) for best, values in kept.items()}


def _quality_table(title: str, quality: dict, others: list[dict], key: str) -> list[str]:
    """One quality table: per query language, then the overall row of every other database."""
    lines = [title, "", "| query language | queries | recall@5 | MRR@10 |", "|---|---|---|---|"]
    table = quality["table"]
    for language in ["all"] + sorted(k for k in table if k != "all"):
        row = table[language]
        label = "**all**" if language == "all" else language
        lines.append(
            f"| {label} | {row['queries']} | {row['recall@5']:.3f} | {row['mrr@10']:.3f} |"
        )
    for report in others:
        if key in report:
            row = report[key]["table"]["all"]
            lines.append(
                f"| all, on {report['database']} | {row['queries']} |"
                f" {row['recall@5']:.3f} | {row['mrr@10']:.3f} |"
            )
    return [*lines, ""]


QUALITY_TABLES = {
    "quality": "Development set (`../shared/search-dev/queries.json`, 25 descriptions indexed as"
    " services through the real engine):",
    "demo_quality": "Demo directory (held-out, {queries} queries; `tools/bench_search/demo_queries.json`"
    " over the services of `directory/demo/data.py`, loaded as `load_demo_data` loads them and"
    " indexed with the real model; not tuned on), without best bets or synonyms:",
    "demo_quality_steered": "The same held-out set with the demo data's best bets and synonyms"
    " (`search/steering/demo.py`, written from the source document):",
}


def format_quality(reports: list[dict]) -> list[str]:
    lines = []
    for key, title in QUALITY_TABLES.items():
        quality = next((r[key] for r in reports if key in r), None)
        if quality:
            title = title.format(queries=quality["table"]["all"]["queries"])
            lines += _quality_table(title, quality, reports[1:], key)
    return lines


def format_misses(reports: list[dict]) -> str:
    """The first database's misses of both sets, for reading while tuning."""
    lines = []
    for key in QUALITY_TABLES:
        quality = next((r[key] for r in reports if key in r), None)
        if quality:
            lines.append(
                f"Misses ({key}, {len(quality['misses'])}): language, query, wanted, top 5"
            )
            lines += [
                f"  {lang} {text!r} {rel} -> {top}" for lang, text, rel, top in quality["misses"]
            ]
    return "\n".join(lines)


def _kept(row) -> str:
    kept = row.get("first_pass")
    if not kept:
        return "—"
    return " / ".join(
        f"{value:.3f}" for _best, value in sorted(kept.items(), key=lambda i: int(i[0]))
    )


def format_table(reports: list[dict], sizes: list[int], machine: str) -> str:
    lines = [f"Machine: {machine}.", "", *format_quality(reports)]
    if not any("latency" in report for report in reports):
        return "\n".join(lines).rstrip()
    lines += [
        "Latency per query (language detection, query embedding with the real model, lexical"
        " and semantic ranking, fetching 20 services). Synthetic services with stand-in vectors"
        " drawn from the distribution of the real model's (tools/bench_search/synthetic.py), stored"
        " through the real index path; 43 development queries × 2, each embedded afresh."
        " *First pass keeps*: of the 20 and the 1,000 rows an exact scan ranks best, the share"
        " the projected first pass (search/vectors.py) also returns:",
        "",
        "| database | services | index rows | p50 ms | p95 ms | p95 ms, region filter |"
        " first search (loads the index) s | first pass keeps (best 20 / 1,000) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for report in reports:
        for size in sorted(sizes):
            row = report.get("latency", {}).get(str(size))
            if row:
                lines.append(
                    f"| {report['database']} | {size:,} | {row['rows']:,} |"
                    f" {row['p50']:.1f} | {row['p95']:.1f} | {row['filtered_p95']:.1f} |"
                    f" {row['load_seconds']:.1f} | {_kept(row)} |"
                )
    indexing = next((r["indexing"] for r in reports if "indexing" in r), None)
    if indexing:
        rate = indexing["translations"] / indexing["seconds"]
        lines += [
            "",
            f"Indexing with the real model: {indexing['translations']} demo service"
            f" translations in {indexing['seconds']:.1f} s = **{rate:.0f} translations/s**.",
        ]
    return "\n".join(lines)
