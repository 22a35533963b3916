"""Amal opens the calendar on a Sunday evening and asks for the coming week: she gets the next
seven days, not the last hours of a Monday-to-Sunday week."""

import datetime
from zoneinfo import ZoneInfo

from events.listing import period

HELSINKI = ZoneInfo("Europe/Helsinki")


def test_on_a_sunday_evening_the_week_is_the_next_seven_days():
    sunday_evening = datetime.datetime(2026, 12, 6, 19, 0, tzinfo=HELSINKI)
    start, end = period("week", sunday_evening)
    assert start == sunday_evening
    assert end == datetime.datetime(2026, 12, 14, 0, 0, tzinfo=HELSINKI)


def test_on_a_wednesday_the_days_already_past_are_left_out():
    wednesday_noon = datetime.datetime(2026, 12, 9, 12, 0, tzinfo=HELSINKI)
    start, end = period("week", wednesday_noon)
    assert start == wednesday_noon
    assert end.date() == datetime.date(2026, 12, 17)
