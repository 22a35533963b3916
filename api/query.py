"""Dates and moments read from a query string, for every API. A well-formed but impossible
value (2025-02-30) and one the database cannot hold once it is turned to UTC (year 1 or 9999)
are the client's mistakes: a 400 that says what to write, never a 500."""

import datetime

from django.utils.dateparse import parse_date, parse_datetime
from django.utils.timezone import get_current_timezone, is_naive, make_aware
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError

# Far enough either way for any real question about this directory, near enough that a day's
# start in any time zone is a moment Python and both databases can hold.
FIRST_DAY = datetime.date(1900, 1, 1)
LAST_DAY = datetime.date(2999, 12, 31)


def _out_of_range(name):
    return ValidationError(
        {
            name: [
                _("Give a date between %(first)s and %(last)s.")
                % {"first": FIRST_DAY.isoformat(), "last": LAST_DAY.isoformat()}
            ]
        }
    )


def day(params, name) -> datetime.date | None:
    """`?name=2027-03-01`, or None when it is not given."""
    text = params.get(name, "").strip()
    if not text:
        return None
    try:
        value = datetime.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            {name: [_("Write the date as YYYY-MM-DD, e.g. 2027-03-01.")]}
        ) from None
    if not FIRST_DAY <= value <= LAST_DAY:
        raise _out_of_range(name)
    return value


def moment(params, name) -> datetime.datetime | None:
    """`?name=2025-04-02T09:30:00Z` (or a bare date: its start), aware, or None when not given.
    A moment without a zone is in the site's."""
    text = params.get(name, "").strip()
    if not text:
        return None
    try:
        # A "+" in a query string arrives as a space unless the client encoded it.
        value = parse_datetime(text.replace(" ", "+"))
        if value is None and parse_date(text):
            value = parse_datetime(text + "T00:00:00")
    except ValueError:
        value = None
    if value is None:
        raise ValidationError(
            {
                name: [
                    _("“%(value)s” is not a date-time; write it as 2025-04-02T09:30:00Z.")
                    % {"value": text}
                ]
            }
        )
    if not FIRST_DAY <= value.date() <= LAST_DAY:
        raise _out_of_range(name)
    return make_aware(value, get_current_timezone()) if is_naive(value) else value
