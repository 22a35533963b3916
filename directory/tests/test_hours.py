"""Opening hours as Amina reads them on her phone: open now, until when, when it opens next, in
Helsinki time, on ordinary days, at night, on holidays and on the days the clocks change.

Schedules are built in memory (no database): the hours module reads HSDS schedule rows only.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import translation

from directory import hours
from directory.models import Schedule

HELSINKI = ZoneInfo("Europe/Helsinki")
UTC = datetime.UTC


def at(text: str) -> datetime.datetime:
    """A wall-clock moment in Helsinki, e.g. "2025-04-02 10:30"."""
    return datetime.datetime.fromisoformat(text).replace(tzinfo=HELSINKI)


def weekly(byday, opens, closes, **fields) -> Schedule:
    return Schedule(
        freq="WEEKLY",
        byday=byday,
        opens_at=datetime.time.fromisoformat(opens),
        closes_at=datetime.time.fromisoformat(closes),
        **fields,
    )


def on(day, kind="open", opens=None, closes=None, until=None) -> Schedule:
    return Schedule(
        kind=kind,
        valid_from=datetime.date.fromisoformat(day),
        valid_to=datetime.date.fromisoformat(until) if until else None,
        opens_at=datetime.time.fromisoformat(opens) if opens else None,
        closes_at=datetime.time.fromisoformat(closes) if closes else None,
    )


# The advice point: mornings and afternoons on weekdays, with a lunch break.
OFFICE = [weekly("MO,TU,WE,TH,FR", "09:00", "12:00"), weekly("MO,TU,WE,TH,FR", "13:00", "16:00")]


def test_open_in_the_morning_until_the_lunch_break():
    status = hours.status(OFFICE, at("2025-04-02 10:30"))  # a Wednesday
    assert status.is_open
    assert status.closes == at("2025-04-02 12:00")


def test_closed_at_lunch_and_opens_again_at_one():
    status = hours.status(OFFICE, at("2025-04-02 12:30"))
    assert not status.is_open
    assert status.opens == at("2025-04-02 13:00")
    assert status.opens_in_days == 0


def test_on_friday_evening_it_opens_on_monday():
    status = hours.status(OFFICE, at("2025-04-04 17:00"))
    assert not status.is_open
    assert status.opens == at("2025-04-07 09:00")
    assert status.opens_in_days == 3
    with translation.override("en"):
        assert str(status.opens_weekday) == "Monday"


def test_the_week_table_lists_both_periods_of_a_day_and_closed_days():
    week = hours.weekly(OFFICE, today=datetime.date(2025, 4, 2))
    assert week[2].periods == (
        (datetime.time(9), datetime.time(12)),
        (datetime.time(13), datetime.time(16)),
    )
    assert week[2].today
    assert week[5].periods == ()


def test_back_to_back_periods_read_as_one_opening():
    rows = [weekly("MO", "09:00", "12:00"), weekly("MO", "12:00", "16:00")]
    status = hours.status(rows, at("2025-04-07 11:00"))
    assert status.closes == at("2025-04-07 16:00")


def test_closed_on_a_holiday_even_though_it_is_a_weekday():
    rows = [*OFFICE, on("2025-04-18", kind="closed")]  # Good Friday
    status = hours.status(rows, at("2025-04-18 10:00"))
    assert not status.is_open
    assert status.opens == at("2025-04-21 09:00")


def test_a_closure_of_several_days_and_holiday_hours_replace_the_week():
    rows = [
        *OFFICE,
        on("2025-12-24", kind="closed", until="2025-12-26"),
        on("2025-12-23", opens="10:00", closes="14:00"),
    ]
    assert hours.status(rows, at("2025-12-23 09:30")).opens == at("2025-12-23 10:00")
    assert hours.status(rows, at("2025-12-23 13:30")).closes == at("2025-12-23 14:00")
    assert not hours.status(rows, at("2025-12-25 10:00")).is_open
    coming = hours.exceptions(rows, datetime.date(2025, 12, 1))
    assert [(e.date.day, e.closed) for e in coming] == [
        (23, False),
        (24, True),
        (25, True),
        (26, True),
    ]
    assert coming[0].periods == ((datetime.time(10), datetime.time(14)),)


def test_a_night_opening_runs_past_midnight():
    shelter = [weekly("FR,SA", "22:00", "04:00")]
    # Saturday 02:00 is inside Friday night's opening.
    status = hours.status(shelter, at("2025-04-05 02:00"))
    assert status.is_open
    assert status.closes == at("2025-04-05 04:00")
    assert not hours.status(shelter, at("2025-04-05 05:00")).is_open
    # Sunday 02:00 is inside Saturday night's.
    assert hours.status(shelter, at("2025-04-06 02:00")).is_open
    # Monday 02:00 is not: there is no Sunday night opening.
    assert not hours.status(shelter, at("2025-04-07 02:00")).is_open


def test_on_the_spring_forward_night_the_opening_is_an_hour_shorter():
    # 30 March 2025: Helsinki's clocks go from 03:00 to 04:00 (UTC+2 to UTC+3).
    night = [weekly("SA", "22:00", "06:00")]
    status = hours.status(night, at("2025-03-30 05:30"))
    assert status.is_open
    closes = status.closes.astimezone(UTC)
    assert closes == datetime.datetime(2025, 3, 30, 3, 0, tzinfo=UTC)  # 06:00 EEST
    opened = at("2025-03-29 22:00").astimezone(UTC)
    assert closes - opened == datetime.timedelta(hours=7)
    # At 02:59 UTC+2, a minute before the clocks jump, it is open too.
    assert hours.status(night, datetime.datetime(2025, 3, 30, 0, 59, tzinfo=UTC)).is_open


def test_on_the_fall_back_night_the_opening_is_an_hour_longer():
    # 26 October 2025: from 04:00 back to 03:00 (UTC+3 to UTC+2).
    night = [weekly("SA", "22:00", "06:00")]
    opened = at("2025-10-25 22:00").astimezone(UTC)
    status = hours.status(night, datetime.datetime(2025, 10, 26, 3, 30, tzinfo=UTC))
    assert status.is_open
    assert status.closes.astimezone(UTC) - opened == datetime.timedelta(hours=9)


def test_day_hours_on_the_day_the_clocks_change_keep_their_wall_clock_times():
    sunday = [weekly("SU", "10:00", "14:00")]
    # Ten o'clock on both change days is ten o'clock in Helsinki, whatever the offset.
    assert hours.status(sunday, at("2025-03-30 10:00")).is_open
    assert not hours.status(sunday, at("2025-03-30 09:59")).is_open
    assert hours.status(sunday, at("2025-10-26 13:59")).is_open
    assert not hours.status(sunday, at("2025-10-26 14:00")).is_open


def test_open_now_is_computed_in_helsinki_whatever_the_server_clock_says():
    # 06:30 UTC on a Wednesday is 09:30 in Helsinki (summer time): open.
    moment = datetime.datetime(2025, 4, 2, 6, 30, tzinfo=UTC)
    status = hours.status(OFFICE, moment)
    assert status.is_open
    assert status.closes.tzinfo.key == "Europe/Helsinki"
    assert status.closes.hour == 12


def test_hours_valid_only_for_a_season():
    summer = [weekly("MO", "10:00", "12:00", valid_from=datetime.date(2025, 6, 1))]
    summer[0].valid_to = datetime.date(2025, 8, 31)
    assert not hours.status(summer, at("2025-05-26 11:00")).is_open
    assert hours.status(summer, at("2025-06-02 11:00")).is_open
    assert not hours.status(summer, at("2025-09-01 11:00")).known


def test_every_other_week_and_monthly_rows_are_not_squeezed_into_the_week_table():
    rows = [
        weekly("TU", "17:00", "19:00", interval=2, dtstart=datetime.date(2025, 4, 1)),
        Schedule(
            freq="MONTHLY", byday="1MO", opens_at=datetime.time(9), closes_at=datetime.time(11)
        ),
    ]
    assert all(not day.periods for day in hours.weekly(rows, today=datetime.date(2025, 4, 1)))
    assert len(hours.other_rows(rows, datetime.date(2025, 4, 1))) == 2
    assert hours.status(rows, at("2025-04-01 18:00")).is_open
    assert not hours.status(rows, at("2025-04-08 18:00")).is_open  # the week off
    assert hours.status(rows, at("2025-04-15 18:00")).is_open
    assert hours.status(rows, at("2025-05-05 10:00")).is_open  # first Monday of May


def test_by_appointment_is_never_open_but_is_said():
    rows = [Schedule(kind="appointment", freq="WEEKLY", byday="TU")]
    status = hours.status(rows, at("2025-04-01 10:00"))
    assert not status.known
    assert not status.is_open
    assert status.by_appointment


def test_no_hours_recorded_is_not_the_same_as_closed():
    status = hours.status([], at("2025-04-01 10:00"))
    assert not status.known
    assert not status.is_open


def test_the_official_examples_odd_recurrence_does_not_break_the_page():
    example = Schedule(
        freq="WEEKLY",
        byday="TH,FR",
        byweekno="41,42",
        bymonthday="2,3,4",
        byyearday="2,3,4",
        count=3,
        interval=1,
        dtstart=datetime.date(2005, 1, 1),
        until=datetime.date(2005, 1, 1),
        valid_from=datetime.date(2005, 1, 1),
        valid_to=datetime.date(2005, 1, 1),
        opens_at=datetime.time(10),
        closes_at=datetime.time(18),
    )
    status = hours.status([example], at("2025-04-03 11:00"))
    assert not status.known  # ended in 2005
    assert hours.exceptions([example], datetime.date(2025, 4, 1)) == []


def test_a_reviewer_reads_a_recurrence_in_words():
    with translation.override("en"):
        assert hours.frequency_name("WEEKLY") == "every week"
        assert hours.frequency_name("weekly") == "every week"
        assert hours.frequency_name("HOURLY") == "HOURLY"  # not one hours use: as written
        assert hours.day_names("MO, we") == "Monday, Wednesday"
        assert hours.day_names("1WE,-1FR") == "1WE, -1FR"  # an ordinal stays as written
        assert hours.day_names("") == ""
    with translation.override("ar"):
        assert hours.frequency_name("WEEKLY") == "كل أسبوع"
