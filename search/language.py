"""Which language a query is written in, among the configured languages only (lingua)."""

from __future__ import annotations

import functools
import threading

from directory.translation import configured_languages

# Below this confidence a short query ("Jyvaskyla", "CV") is ambiguous; the caller's interface
# language is the better guess then.
CONFIDENT = 0.5
# One word needs more: the low accuracy models (below) are surer than they should be of a
# single word ("Jyvaskyla" reads as Swedish at 0.53).
CONFIDENT_ONE_WORD = 0.6
_lock = threading.Lock()


def _lingua_code(code: str) -> str:
    return code.split("-")[0].upper()


@functools.cache
def _detector(languages: tuple[str, ...]):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    known = {}
    for code in languages:
        iso = getattr(IsoCode639_1, _lingua_code(code), None)
        if iso is not None:
            known[Language.from_iso_code_639_1(iso)] = code
    if len(known) < 2:
        return None, known
    # Low accuracy mode (trigram models only): 17 MB and under a second to load, where the
    # high accuracy models took 360 MB in every web worker and 20 s under load. On the 141
    # development and held-out queries it names the right language as often (134 against 133,
    # with CONFIDENT_ONE_WORD; they differ only on short queries one of them was unsure of).
    builder = LanguageDetectorBuilder.from_languages(*known)
    return builder.with_low_accuracy_mode().with_preloaded_language_models().build(), known


def detect_language(text: str, fallback: str | None = None) -> str | None:
    """The configured language `text` is most likely in; `fallback` when unsure."""
    detector, known = _detector(tuple(configured_languages()))
    if detector is None or not text.strip():
        return fallback
    with _lock:
        values = detector.compute_language_confidence_values(text)
    if not values:
        return fallback
    best = values[0]
    needed = CONFIDENT_ONE_WORD if len(text.split()) == 1 else CONFIDENT
    if best.value < needed and fallback:
        return fallback
    return known[best.language]
