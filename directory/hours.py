"""Opening hours: what HSDS schedule rows mean for a newcomer — open now, when it opens next,
the weekly table and the dates that differ.

The one place that reads schedules. Rows keep the HSDS shape (RRULE fields: freq, interval,
byday, bymonthday, byweekno, byyearday, dtstart, until, count, valid_from, valid_to, opens_at,
closes_at) and MILEstone's ``kind``:

- ``open`` with a ``freq``: recurring opening hours (several rows give several periods a day);
- ``open`` without a ``freq``, on a date (``dtstart``, else ``valid_from`` to ``valid_to``):
  that date's hours replace the recurring hours (holiday hours);
- ``closed``: closed on the dates from ``valid_from`` (or ``dtstart``) to ``valid_to``, or on
  the dates its recurrence gives;
- ``appointment``: by appointment, at the times given if any; never counted as open.

Times are wall-clock times in ``settings.OPENING_HOURS_TIMEZONE`` (Europe/Helsinki); every
comparison is made between aware datetimes, so daylight-saving days are right, and a period
whose closing time is not after its opening time ends on the next day (22:00–02:00).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings
from django.utils.translation import gettext_lazy as _

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_NAMES = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)
FREQUENCIES = {
    "DAILY": rrule.DAILY,
    "WEEKLY": rrule.WEEKLY,
    "MONTHLY": rrule.MONTHLY,
    "YEARLY": rrule.YEARLY,
}
FREQUENCY_NAMES = {
    "DAILY": _("every day"),
    "WEEKLY": _("every week"),
    "MONTHLY": _("every month"),
    "YEARLY": _("every year"),
}
# How far ahead "opens next" and the coming exceptions look.
LOOKAHEAD_DAYS = 14
EXCEPTIONS_AHEAD_DAYS = 60
MIDNIGHT = datetime.time(0, 0)


@cache
def zone() -> ZoneInfo:
    return ZoneInfo(getattr(settings, "OPENING_HOURS_TIMEZONE", "Europe/Helsinki"))


def now() -> datetime.datetime:
    return datetime.datetime.now(zone())


@dataclass(frozen=True)
class Period:
    """One opening: wall-clock start and end, aware, in the opening-hours time zone."""

    start: datetime.datetime
    end: datetime.datetime
    schedule: object = None

    def contains(self, moment: datetime.datetime) -> bool:
        # Aware datetimes in one zone compare by wall time; compare instants instead.
        return _utc(self.start) <= _utc(moment) < _utc(self.end)


@dataclass(frozen=True)
class Status:
    known: bool  # any opening hours recorded at all
    is_open: bool
    closes: datetime.datetime | None = None  # when open: when this opening ends
    opens: datetime.datetime | None = None  # when closed: the next opening within two weeks
    by_appointment: bool = False
    at: datetime.datetime | None = None  # the moment this status is for

    @property
    def opens_in_days(self) -> int | None:
        """0 when it opens later today, 1 tomorrow, and so on."""
        if self.opens is None or self.at is None:
            return None
        return (self.opens.astimezone(zone()).date() - self.at.astimezone(zone()).date()).days

    @property
    def opens_weekday(self):
        return WEEKDAY_NAMES[self.opens.astimezone(zone()).weekday()] if self.opens else ""


@dataclass(frozen=True)
class DayHours:
    weekday: int  # 0 = Monday
    periods: tuple[tuple[datetime.time, datetime.time], ...]
    today: bool = False

    @property
    def name(self):
        return WEEKDAY_NAMES[self.weekday]


@dataclass(frozen=True)
class Exception_:
    """A date whose hours differ from the usual ones: closed, or other hours."""

    date: datetime.date
    closed: bool
    periods: tuple[tuple[datetime.time, datetime.time], ...]
    schedule: object


def _utc(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(datetime.UTC)


def _wall(day: datetime.date, time: datetime.time) -> datetime.datetime:
    """The aware moment of a wall-clock time on a day. A time that a spring-forward day skips
    (03:30 in Helsinki) is read with the offset before the change, i.e. an hour later in
    practice; a time the autumn day repeats is its first occurrence."""
    moment = datetime.datetime.combine(day, time, tzinfo=zone())
    return _utc(moment).astimezone(zone())


def split_codes(text: str) -> list[str]:
    return [part.strip().upper() for part in (text or "").split(",") if part.strip()]


def _weekday(code: str):
    """An RRULE BYDAY item: "MO", or with an ordinal, "1MO" / "-1FR"."""
    code = code.strip().upper()
    day = code[-2:]
    if day not in WEEKDAYS:
        raise ValueError(code)
    weekday = getattr(rrule, day)
    ordinal = code[:-2]
    return weekday(int(ordinal)) if ordinal else weekday


def frequency_name(code: str) -> str:
    """An RRULE FREQ as words ("every week"); a code this module does not know, as it is."""
    return str(FREQUENCY_NAMES.get((code or "").strip().upper(), code))


def day_names(text: str) -> str:
    """An RRULE BYDAY as weekday names ("Monday, Wednesday"); an item with an ordinal ("1WE",
    the first Wednesday of a month) as it is written."""
    codes = split_codes(text)
    return ", ".join(str(WEEKDAY_NAMES[WEEKDAYS.index(c)]) if c in WEEKDAYS else c for c in codes)


def _numbers(text: str) -> list[int]:
    return [int(part) for part in split_codes(text)]


def recurrence_problem(schedule) -> str | None:
    """Why the row's recurrence cannot be read, or None. (Messages are the caller's.)"""
    if not schedule.freq:
        return None
    if schedule.freq.upper() not in FREQUENCIES:
        return "freq"
    try:
        for code in split_codes(schedule.byday):
            _weekday(code)
        _numbers(schedule.bymonthday)
        _numbers(schedule.byweekno)
        _numbers(schedule.byyearday)
    except ValueError:
        return "by"
    return None


def _first_date(schedule) -> datetime.date | None:
    return schedule.dtstart or schedule.valid_from


def is_one_off(schedule) -> bool:
    """A row for particular dates rather than a recurrence."""
    return not schedule.freq and _first_date(schedule) is not None


def valid_on(record, day: datetime.date) -> bool:
    """Whether a record with HSDS's valid_from/valid_to (a schedule, a cost option) holds on
    the day; an open end holds."""
    too_early = record.valid_from and day < record.valid_from
    too_late = record.valid_to and day > record.valid_to
    return not (too_early or too_late)


def dates(schedule, first: datetime.date, last: datetime.date) -> list[datetime.date]:
    """The dates from `first` to `last` (inclusive) on which the row applies."""
    if first > last:
        return []
    if not schedule.freq:
        start = _first_date(schedule)
        if start is None:
            return []
        end = schedule.valid_to or start
        days = []
        day = max(start, first)
        while day <= min(end, last):
            days.append(day)
            day += datetime.timedelta(days=1)
        return days
    if recurrence_problem(schedule):
        return []
    anchor = _first_date(schedule) or datetime.date(2000, 1, 3)  # a Monday, long ago
    kwargs = {"dtstart": datetime.datetime.combine(anchor, MIDNIGHT)}
    if schedule.interval:
        kwargs["interval"] = schedule.interval
    if schedule.until:
        kwargs["until"] = datetime.datetime.combine(schedule.until, MIDNIGHT)
    elif schedule.count:
        # RFC 5545 allows one of the two; a row with both (the official example) ends by date.
        kwargs["count"] = schedule.count
    if schedule.wkst and schedule.wkst.upper() in WEEKDAYS:
        kwargs["wkst"] = WEEKDAYS.index(schedule.wkst.upper())
    byday = [_weekday(code) for code in split_codes(schedule.byday)]
    if byday:
        kwargs["byweekday"] = byday
    for name, field in (
        ("bymonthday", schedule.bymonthday),
        ("byweekno", schedule.byweekno),
        ("byyearday", schedule.byyearday),
    ):
        numbers = _numbers(field)
        if numbers:
            kwargs[name] = numbers
    try:
        rule = rrule.rrule(FREQUENCIES[schedule.freq.upper()], **kwargs)
        found = rule.between(
            datetime.datetime.combine(first, MIDNIGHT),
            datetime.datetime.combine(last, MIDNIGHT),
            inc=True,
        )
    except ValueError:
        return []  # a combination rrule refuses (e.g. until before dtstart): no dates
    return [moment.date() for moment in found if valid_on(schedule, moment.date())]


def _period(schedule, day: datetime.date) -> Period | None:
    if schedule.opens_at is None or schedule.closes_at is None:
        return None
    start = _wall(day, schedule.opens_at)
    end_day = day if schedule.closes_at > schedule.opens_at else day + datetime.timedelta(days=1)
    return Period(start, _wall(end_day, schedule.closes_at), schedule)


def _kind(schedule) -> str:
    return schedule.kind or "open"


def periods(schedules, first: datetime.date, last: datetime.date) -> list[Period]:
    """Every opening that starts on a date from `first` to `last`, exceptions applied."""
    schedules = list(schedules)
    closed, special = set(), {}
    for schedule in schedules:
        if _kind(schedule) == "closed":
            closed.update(dates(schedule, first, last))
        elif _kind(schedule) == "open" and is_one_off(schedule):
            for day in dates(schedule, first, last):
                special.setdefault(day, []).append(schedule)
    found = []
    for schedule in schedules:
        if _kind(schedule) != "open" or is_one_off(schedule) or not schedule.freq:
            continue
        for day in dates(schedule, first, last):
            if day in closed or day in special:
                continue
            period = _period(schedule, day)
            if period:
                found.append(period)
    for day, rows in special.items():
        if day in closed:
            continue
        for schedule in rows:
            period = _period(schedule, day)
            if period:
                found.append(period)
    return sorted(found, key=lambda p: _utc(p.start))


def _in_force(schedule, today: datetime.date) -> bool:
    """Not over before today (hours that ended in 2005 say nothing about today)."""
    if schedule.freq:
        ended = (schedule.valid_to and schedule.valid_to < today) or (
            schedule.until and schedule.until < today
        )
        return not ended
    last = schedule.valid_to or _first_date(schedule)
    return last is not None and last >= today


def has_hours(schedules, today: datetime.date | None = None) -> bool:
    today = today or now().date()
    return any(
        _kind(s) == "open"
        and s.opens_at is not None
        and s.closes_at is not None
        and _in_force(s, today)
        for s in schedules
    )


def status(schedules, moment: datetime.datetime | None = None) -> Status:
    """Open now (and until when), or when it opens next."""
    schedules = list(schedules)
    moment = (moment or now()).astimezone(zone())
    by_appointment = any(_kind(s) == "appointment" for s in schedules)
    if not has_hours(schedules, moment.date()):
        return Status(known=False, is_open=False, by_appointment=by_appointment, at=moment)
    today = moment.date()
    # Yesterday's opening may run past midnight into today.
    found = periods(
        schedules, today - datetime.timedelta(days=1), today + datetime.timedelta(LOOKAHEAD_DAYS)
    )
    current = [p for p in found if p.contains(moment)]
    if current:
        # Back-to-back periods (9–12, 12–16) read as one opening.
        closes = max(p.end for p in current)
        for p in found:
            if _utc(p.start) <= _utc(closes) < _utc(p.end):
                closes = p.end
        return Status(True, True, closes=closes, by_appointment=by_appointment, at=moment)
    upcoming = [p for p in found if _utc(p.start) > _utc(moment)]
    return Status(
        True,
        False,
        opens=upcoming[0].start if upcoming else None,
        by_appointment=by_appointment,
        at=moment,
    )


def current_rows(schedules, today: datetime.date | None = None) -> list:
    """Recurring rows still in force: not ended before today."""
    today = today or now().date()
    return [s for s in schedules if s.freq and _in_force(s, today)]


def _fits_table(schedule) -> bool:
    """Whether a recurring row is a plain weekly (or daily) opening the table can show."""
    return (
        schedule.opens_at is not None
        and schedule.closes_at is not None
        and schedule.freq.upper() in ("WEEKLY", "DAILY")
        and (schedule.interval or 1) == 1
        and not (schedule.bymonthday or schedule.byweekno or schedule.byyearday)
        and not any(c[:-2] or c[-2:] not in WEEKDAYS for c in split_codes(schedule.byday))
    )


def weekly(schedules, kind: str = "open", today: datetime.date | None = None) -> list[DayHours]:
    """Monday to Sunday, the periods of the weekly rows in force (rows that name weekdays, or
    daily rows). Other recurrences (monthly, yearly) are described by their own text."""
    days = {weekday: [] for weekday in range(7)}
    for schedule in current_rows(schedules, today):
        if _kind(schedule) != kind or not _fits_table(schedule):
            continue
        codes = split_codes(schedule.byday)
        weekdays = [WEEKDAYS.index(code) for code in codes] or list(range(7))
        for weekday in weekdays:
            days[weekday].append((schedule.opens_at, schedule.closes_at))
    today = today or now().date()
    return [
        DayHours(weekday, tuple(sorted(set(p))), weekday == today.weekday())
        for weekday, p in days.items()
    ]


def other_rows(schedules, today: datetime.date | None = None) -> list:
    """Recurring opening rows in force that the weekly table cannot show (monthly, every
    other week, a row without times): their description says when."""
    return [s for s in current_rows(schedules, today) if _kind(s) == "open" and not _fits_table(s)]


def exceptions(schedules, today: datetime.date | None = None) -> list[Exception_]:
    """The coming dates with other hours or closed, soonest first, within two months."""
    today = today or now().date()
    last = today + datetime.timedelta(days=EXCEPTIONS_AHEAD_DAYS)
    found = []
    for schedule in schedules:
        kind = _kind(schedule)
        if kind == "closed":
            for day in dates(schedule, today, last):
                found.append(Exception_(day, True, (), schedule))
        elif kind == "open" and is_one_off(schedule):
            times = ()
            if schedule.opens_at is not None and schedule.closes_at is not None:
                times = ((schedule.opens_at, schedule.closes_at),)
            for day in dates(schedule, today, last):
                found.append(Exception_(day, False, times, schedule))
    merged = {}
    for item in sorted(found, key=lambda e: (e.date, not e.closed)):
        if item.date in merged:
            kept = merged[item.date]
            if not kept.closed and not item.closed:
                merged[item.date] = Exception_(
                    item.date, False, tuple(sorted(kept.periods + item.periods)), kept.schedule
                )
            continue
        merged[item.date] = item
    return list(merged.values())


def appointment_rows(schedules) -> list:
    return [s for s in schedules if _kind(s) == "appointment"]
