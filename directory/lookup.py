"""Finding directory records by the words of their name or description, in any language: the
open-data API's `?search=` for organizations and taxonomies. (Services are found by the search
engine, by meaning.)"""

from __future__ import annotations


def with_text(records, text: str) -> list:
    """The records whose name or description contains `text` (case-insensitive) in any of its
    languages, in the records' order. Translated text is stored as one value per field, so
    the match is made here rather than in SQL; the lists it serves are short (organizations,
    taxonomies, terms)."""
    needle = " ".join((text or "").split()).casefold()
    if not needle:
        return list(records)
    return [
        record
        for record in records
        if any(
            needle in value.casefold()
            for field in (record.name, record.description)
            for _code, value in field.items()
        )
    ]
