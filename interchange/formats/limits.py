"""Size and row limits for uploaded files (settings may lower or raise them)."""

from django.conf import settings


def max_bytes() -> int:
    return getattr(settings, "INTERCHANGE_MAX_BYTES", 20 * 1024 * 1024)


def max_rows() -> int:
    return getattr(settings, "INTERCHANGE_MAX_ROWS", 20_000)


def max_unpacked_bytes() -> int:
    """A zip or workbook may unpack to at most this much (zip bombs)."""
    return getattr(settings, "INTERCHANGE_MAX_UNPACKED_BYTES", 10 * max_bytes())
