"""Synthetic multilingual services for latency measurements.

Embedding 100k passages with the real model would take about an hour on two cores, so the
synthetic services get stand-in vectors, written through the real storage path (index_services
with a stand-in backend under the real model's name). The stand-ins are drawn from the
distribution of real ones: the mean and covariance of the real model's vectors of a sample of
the same kind of texts (embedded once, kept under var/bench/). Plain random unit vectors would
be wrong in the way that matters here: e5 vectors fill a narrow cone (unrelated texts meet at
a cosine of about 0.7), and how well a first pass in fewer dimensions works depends on it.
Their texts are real words (from the demo data) in Finnish, English and Swedish, so the lexical
side works as hard as in production.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np

from search.embeddings import EmbeddingBackend

SAMPLE_TEXTS = 1500


class LikeRealVectors(EmbeddingBackend):
    """Unit vectors drawn from a Gaussian with the mean and covariance of the real model's
    vectors of synthetic passages, stored under the real backend's name so the search reads
    them."""

    def __init__(self, like: EmbeddingBackend, seed: int = 5):
        self.name, self.dim, self.calibration = like.name, like.dim, like.calibration
        self.random = np.random.default_rng(seed)
        real = _real_sample(like)
        self.mean = real.mean(axis=0)
        values, directions = np.linalg.eigh(np.cov(real, rowvar=False))
        self.scale = directions * np.sqrt(np.clip(values, 0, None))

    def query(self, text):
        return self.passages([text])[0]

    def passages(self, texts):
        noise = self.random.standard_normal((len(texts), self.dim))
        vectors = (self.mean + noise @ self.scale.T).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _real_sample(backend: EmbeddingBackend) -> np.ndarray:
    """The real model's vectors of SAMPLE_TEXTS synthetic passages, embedded once per model."""
    from django.conf import settings

    path = Path(settings.BASE_DIR) / "var" / "bench" / f"sample-{backend.name}-{SAMPLE_TEXTS}.npy"
    if path.exists():
        return np.load(path)
    rng = random.Random(11)  # noqa: S311 - made-up texts, not secrets
    words = vocabulary()
    texts = []
    for i in range(SAMPLE_TEXTS):
        language = ("fi", "en", "sv")[i % 3]
        texts.append(" ".join(rng.choice(words[language]) for _ in range(rng.randint(12, 30))))
    vectors = backend.passages(texts)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def vocabulary() -> dict[str, list[str]]:
    from directory.demo import data

    words: dict[str, list[str]] = {"fi": [], "en": [], "sv": []}
    for entry in data.SERVICES:
        for field in ("name", "description"):
            for language, text in entry.get(field, {}).items():
                if language in words:
                    words[language] += re.findall(r"[^\W\d_]{3,}", text)
    words["sv"] = words["sv"] or [
        "kurs", "arbete", "språk", "hjälp", "familj", "ungdomar", "företag", "rådgivning",
        "finska", "nybörjare", "studier", "hälsa", "bostad", "fritid", "frivillig",
    ]  # fmt: skip
    return words


def create(count: int, organization, start: int = 0, seed: int = 7) -> list:
    """`count` published services: all in Finnish, half also in English, a tenth in Swedish."""
    from directory.models import Service
    from directory.translation import TranslatedText

    rng = random.Random(seed + start)  # noqa: S311 - made-up texts, not secrets
    words = vocabulary()

    def text(language, n):
        return " ".join(rng.choice(words[language]) for _ in range(n))

    services = []
    for i in range(start, start + count):
        names, descriptions = {}, {}
        for language, share in (("fi", 1.0), ("en", 0.5), ("sv", 0.1)):
            if rng.random() < share:
                names[language] = f"{text(language, 3).capitalize()} {i}"
                descriptions[language] = text(language, rng.randint(12, 30)) + "."
        services.append(
            Service(
                organization=organization,
                name=TranslatedText(names),
                description=TranslatedText(descriptions),
                publication_status=Service.Publication.PUBLISHED,
            )
        )
    Service.objects.bulk_create(services, batch_size=1000)  # bulk: no signals, indexed below
    return services
