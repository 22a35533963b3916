"""Synthetic multilingual services for latency measurements.

Embedding 100k passages with the real model would take hours on two cores, so the synthetic
services get random unit vectors, written through the real storage path (index_services with a
stand-in backend under the real model's name). Their texts are real words (from the demo data)
in Finnish, English and Swedish, so the lexical side works as hard as in production.
"""

from __future__ import annotations

import random
import re

import numpy as np

from search.embeddings import EmbeddingBackend


class RandomVectors(EmbeddingBackend):
    """Random unit vectors, stored under another backend's name so the search reads them."""

    def __init__(self, like: EmbeddingBackend, seed: int = 5):
        self.name, self.dim = like.name, like.dim
        self.random = np.random.default_rng(seed)

    def query(self, text):
        return self.passages([text])[0]

    def passages(self, texts):
        vectors = self.random.standard_normal((len(texts), self.dim)).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


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
