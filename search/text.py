"""What every text is cleaned to before it is searched for or embedded."""

import unicodedata

MAX_QUERY_LENGTH = 500


def clean_query(query: str | None) -> str:
    """One Unicode form, no control characters, single spaces, at most MAX_QUERY_LENGTH."""
    text = unicodedata.normalize("NFC", query or "")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]
