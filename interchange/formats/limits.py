"""Size and row limits for uploaded files (settings may lower or raise them)."""

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _


def max_bytes() -> int:
    return getattr(settings, "INTERCHANGE_MAX_BYTES", 20 * 1024 * 1024)


def max_rows() -> int:
    return getattr(settings, "INTERCHANGE_MAX_ROWS", 20_000)


def max_unpacked_bytes() -> int:
    """A zip or workbook may unpack to at most this much (zip bombs)."""
    return getattr(settings, "INTERCHANGE_MAX_UNPACKED_BYTES", 10 * max_bytes())


def too_large_message(size: int) -> str:
    return _("The file is %(size)s; at most %(limit)s can be imported at once.") % {
        "size": filesizeformat(size),
        "limit": filesizeformat(max_bytes()),
    }
