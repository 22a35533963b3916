"""Dates in the reader's language with that language's grammar: the one place a date becomes
words, for pages, e-mails and PDFs alike.

The patterns come from the Unicode CLDR through Babel, never from hand-made format strings: a
Finnish long date is "2. huhtikuuta 2025" (the month in the partitive), a Ukrainian one
"2 квітня 2025 р." (genitive), a Chinese one "2025年4月2日". Django's own `date` filter has one
month form per language and cannot say either.
"""

from __future__ import annotations

import datetime

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from django.conf import settings
from django.utils import translation


def _locale(language: str | None) -> Locale:
    code = translation.to_locale(language or translation.get_language() or settings.LANGUAGE_CODE)
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(translation.to_locale(settings.LANGUAGE_CODE))


def _as_date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        from django.utils import timezone

        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value if isinstance(value, datetime.date) else None


def long_date(value, language: str | None = None) -> str:
    """ "2. huhtikuuta 2025", "April 2, 2025", "2 أبريل 2025"; empty for no date."""
    day = _as_date(value)
    return format_date(day, "long", locale=_locale(language)) if day else ""


def full_date(value, language: str | None = None) -> str:
    """ "keskiviikko 2. huhtikuuta 2025", "Wednesday, April 2, 2025": a day's heading."""
    day = _as_date(value)
    return format_date(day, "full", locale=_locale(language)) if day else ""


def weekday_and_date(value, language: str | None = None) -> str:
    """ "ke 2.4.2025", "Wed, Apr 2, 2025": an event's date in a list."""
    day = _as_date(value)
    return format_skeleton("yMMMEd", day, locale=_locale(language)) if day else ""


def month_and_year(value, language: str | None = None) -> str:
    """ "huhtikuu 2025", "April 2025": when something started or ended."""
    day = _as_date(value)
    return format_skeleton("yMMMM", day, locale=_locale(language)) if day else ""


def weekday_and_day(value, language: str | None = None) -> str:
    """ "ke 2.4.", "Wed, Apr 2": a day in the coming weeks, where the year goes without saying."""
    day = _as_date(value)
    return format_skeleton("MMMEd", day, locale=_locale(language)) if day else ""
