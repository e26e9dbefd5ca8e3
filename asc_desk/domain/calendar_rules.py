"""Is a program open on a date, why, and when: the one place the calendar rules live."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import itertools
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from asc_desk.domain.errors import N_, ValidationError
from asc_desk.domain.official_days import OfficialCalendar, OfficialDay, OfficialDayKind
from asc_desk.domain.program import ALL_WEEKDAYS, ProgramKind, ProgramSpec


class DayReason(enum.StrEnum):
    WEEKDAY_OPEN = "weekday_open"
    WEEKEND = "weekend"
    NOT_PROGRAM_WEEKDAY = "not_program_weekday"
    PUBLIC_HOLIDAY = "public_holiday"
    PUBLIC_HOLIDAY_OPEN = "public_holiday_open"
    ADJUSTED_WORKDAY = "adjusted_workday"
    OUTSIDE_PROGRAM = "outside_program"
    OVERRIDE_CLOSED = "override_closed"
    OVERRIDE_OPEN = "override_open"
    OVERRIDE_HOURS = "override_hours"


class OverrideKind(enum.StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HOURS = "hours"


class DayStatus(NamedTuple):
    """A program's answer for one date. A NamedTuple because ranges build thousands of them.

    official: the official holiday or adjusted working day on the date (None if ordinary or not
    known); official_known=False: the answer rests on weekdays alone, the year's official days
    being unknown. Hours are None exactly when the day is closed.
    """

    date: dt.date
    open: bool
    reason: DayReason
    opens_at: dt.time | None
    closes_at: dt.time | None
    official_known: bool
    official: OfficialDay | None
    override_reason: str | None

    @property
    def holiday_name(self) -> str | None:
        return self.official.name if self.official else None

    @property
    def holiday_name_zh(self) -> str | None:
        return self.official.name_zh if self.official else None


# Builds a DayStatus from a full tuple in C, without the Python-level NamedTuple.__new__.
_new_status = functools.partial(tuple.__new__, DayStatus)


def _check_hours(opens_at: dt.time | None, closes_at: dt.time | None) -> None:
    if opens_at is not None and closes_at is not None and closes_at <= opens_at:
        raise ValidationError(
            N_("Closing time {closes} is not after opening time {opens}."), field="closes_at",
            closes=f"{closes_at:%H:%M}", opens=f"{opens_at:%H:%M}",
        )


@dataclass(frozen=True)
class Override:
    """A center decision for one date: closed, open, or other hours; program_id None = all."""

    date: dt.date
    kind: OverrideKind
    reason: str
    program_id: int | None = None
    opens_at: dt.time | None = None
    closes_at: dt.time | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.date, dt.date) or isinstance(self.date, dt.datetime):
            raise ValidationError(N_("{value} is not a date."), field="date", value=repr(self.date))
        try:
            kind = OverrideKind(self.kind)
        except ValueError:
            raise ValidationError(
                N_("“{kind}” is not closed, open or hours."), field="kind", kind=str(self.kind)
            ) from None
        object.__setattr__(self, "kind", kind)
        reason = (self.reason or "").strip()
        if not reason:
            raise ValidationError(N_("Say why the calendar changes on this day."), field="reason")
        object.__setattr__(self, "reason", reason)
        has_hours = self.opens_at is not None or self.closes_at is not None
        if kind is OverrideKind.CLOSED and has_hours:
            raise ValidationError(N_("A closed day has no opening hours."), field="opens_at")
        if kind is OverrideKind.HOURS and not has_hours:
            raise ValidationError(N_("Give the changed opening or closing time."),
                                  field="closes_at")
        _check_hours(self.opens_at, self.closes_at)


@dataclass(frozen=True)
class ProgramRules:
    """What the calendar needs to know of a program."""

    id: int | None
    kind: ProgramKind
    first_day: dt.date
    last_day: dt.date
    weekdays: int
    opens_at: dt.time
    closes_at: dt.time
    open_on_public_holidays: bool = False
    adjusted_workday_counts: bool = True

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "kind", ProgramKind(self.kind))
        except ValueError:
            raise ValidationError(N_("“{kind}” is neither term nor holiday."), field="kind",
                                  kind=str(self.kind)) from None
        if not 0 <= self.weekdays <= ALL_WEEKDAYS:
            raise ValidationError(N_("Weekday mask {mask} is not a set of weekdays."),
                                  field="weekdays", mask=self.weekdays)
        if self.last_day < self.first_day:
            raise ValidationError(
                N_("The last day {last} is before the first day {first}."), field="last_day",
                last=self.last_day.isoformat(), first=self.first_day.isoformat(),
            )
        _check_hours(self.opens_at, self.closes_at)

    @classmethod
    def from_spec(cls, program_id: int | None, spec: ProgramSpec, **options: bool) -> ProgramRules:
        return cls(program_id, spec.kind, spec.first_day, spec.last_day, spec.weekdays,
                   spec.opens_at, spec.closes_at, **options)


def _ordinary(program: ProgramRules, weekday: int) -> DayReason:
    """Rule 5: the reason for a day with no official day and no override."""
    in_mask = program.weekdays & ALL_WEEKDAYS & (1 << weekday)
    if weekday >= 5 and (program.kind is ProgramKind.TERM or not in_mask):
        return DayReason.WEEKEND
    return DayReason.WEEKDAY_OPEN if in_mask else DayReason.NOT_PROGRAM_WEEKDAY


_Tail = tuple  # a DayStatus without its date: shared by every day that has the same answer


def _tail(
    program: ProgramRules,
    weekday: int,
    official_day: OfficialDay | None,
    known: bool,
    override: Override | None,
) -> _Tail:
    """Rules 2-5 for a day inside the program, as (open, reason, ..., override_reason)."""
    if override is not None:
        return _override_tail(program, weekday, official_day, known, override)
    if official_day is not None:
        if official_day.kind is OfficialDayKind.HOLIDAY:
            if (program.open_on_public_holidays
                    and _ordinary(program, weekday) is DayReason.WEEKDAY_OPEN):
                return (True, DayReason.PUBLIC_HOLIDAY_OPEN, program.opens_at, program.closes_at,
                        known, official_day, None)
            return (False, DayReason.PUBLIC_HOLIDAY, None, None, known, official_day, None)
        if program.adjusted_workday_counts:
            return (True, DayReason.ADJUSTED_WORKDAY, program.opens_at, program.closes_at, known,
                    official_day, None)
    reason = _ordinary(program, weekday)
    if reason is DayReason.WEEKDAY_OPEN:
        return (True, reason, program.opens_at, program.closes_at, known, official_day, None)
    return (False, reason, None, None, known, official_day, None)


def _override_tail(
    program: ProgramRules,
    weekday: int,
    official_day: OfficialDay | None,
    known: bool,
    override: Override,
) -> _Tail:
    """Rule 2: the override decides (OPEN, CLOSED) or changes the hours of an open day."""
    if override.kind is OverrideKind.CLOSED:
        return (False, DayReason.OVERRIDE_CLOSED, None, None, True, official_day, override.reason)
    if override.kind is OverrideKind.OPEN:
        reason, known = DayReason.OVERRIDE_OPEN, True  # decided whatever the official days
    else:
        rules = _tail(program, weekday, official_day, known, None)
        if not rules[0]:
            return rules
        reason = DayReason.OVERRIDE_HOURS
    opens_at = program.opens_at if override.opens_at is None else override.opens_at
    closes_at = program.closes_at if override.closes_at is None else override.closes_at
    if closes_at <= opens_at:
        return (False, DayReason.OVERRIDE_CLOSED, None, None, True, official_day, override.reason)
    return (True, reason, opens_at, closes_at, known, official_day, override.reason)


def _outside_tail(official_day: OfficialDay | None) -> _Tail:
    """Rule 1: outside the program's dates; certain whatever the official calendar says."""
    return (False, DayReason.OUTSIDE_PROGRAM, None, None, True, official_day, None)


def _overrides_by_date(
    overrides: Iterable[Override], program_id: int | None
) -> dict[dt.date, Override]:
    """The one override that applies on each date: this program's beats all programs'."""
    general: dict[dt.date, Override] = {}
    specific: dict[dt.date, Override] = {}
    for override in overrides:
        if override.program_id is None:
            general[override.date] = override
        elif override.program_id == program_id:
            specific[override.date] = override
    general.update(specific)
    return general


def day_status(
    program: ProgramRules,
    day: dt.date,
    official: OfficialCalendar,
    overrides: Iterable[Override] = (),
) -> DayStatus:
    """The program's status on one day.

    Rules, in order (the first that applies decides):
    1. Outside the program's first..last day: closed, OUTSIDE_PROGRAM; overrides do not
       apply (a program does not exist there: extend its dates instead).
    2. An override for the date: one for this program beats one for all programs; among
       several of the same scope the last one given wins. CLOSED closes. OPEN opens, with
       the override's hours where given, else the program's. HOURS changes the hours of a
       day the rules below open and leaves a closed day closed, so "all programs close at
       17:00" never opens a program on a holiday or a weekend (a special opening is OPEN,
       which may carry hours). Hours given in part are completed from the program's; if
       closing is then not after opening, the override leaves this program no time and the
       day is closed (OVERRIDE_CLOSED).
    3. A public holiday: closed, PUBLIC_HOLIDAY, unless the program opens on public
       holidays and the day would be open as an ordinary day (then PUBLIC_HOLIDAY_OPEN).
    4. An adjusted working day (调休): open, ADJUSTED_WORKDAY, whatever its weekday and the
       mask, when the program counts adjusted working days (the default: schools and
       parents work that day); otherwise it is judged as an ordinary day.
    5. An ordinary day. TERM: Saturday and Sunday closed (WEEKEND) even if the mask has
       them; Monday to Friday open when in the mask. HOLIDAY: open when in the mask.
       Otherwise WEEKEND (Saturday, Sunday) or NOT_PROGRAM_WEEKDAY.
    For a year whose official days are not known, rules 3-5 run with its provisional days
    only (days imported alone, and the holidays fixed by law on 1 January, 1 May and 1-3
    October, "probably closed") and the status has official_known=False: it must be shown
    as unconfirmed. Statuses decided by rule 1 or by a CLOSED or OPEN override are certain.
    """
    known = official.is_year_known(day.year)
    official_day = official.day(day) if known else official.provisional_day(day)
    if not program.first_day <= day <= program.last_day:
        return DayStatus(day, *_outside_tail(official_day))
    override = _overrides_by_date((o for o in overrides if o.date == day), program.id).get(day)
    return DayStatus(day, *_tail(program, day.weekday(), official_day, known, override))


@functools.lru_cache(maxsize=16)
def _date_singletons(first: int, last: int) -> tuple[tuple[dt.date], ...]:
    """(date,) for each ordinal, shared between calls: a month or a range is often asked
    again for each program, and making the date objects is a good part of the cost."""
    return tuple(zip(map(dt.date.fromordinal, range(first, last + 1)), strict=True))


def range_statuses(
    program: ProgramRules,
    first: dt.date,
    last: dt.date,
    official: OfficialCalendar,
    overrides: Iterable[Override] = (),
) -> list[DayStatus]:
    """The program's status on every day from first to last, both included, in date order."""
    if last < first:
        raise ValidationError(
            N_("The range ends on {last}, before it starts on {first}."), field="last",
            last=last.isoformat(), first=first.isoformat(),
        )
    by_date = _overrides_by_date(overrides, program.id)
    first_ordinal, last_ordinal = first.toordinal(), last.toordinal()
    program_first, program_last = program.first_day.toordinal(), program.last_day.toordinal()
    # One tail per day, mostly references to a few shared tuples; the rules run once per
    # weekday and once per special day (official day or override), not once per day.
    tails: list[_Tail] = []
    outside = _outside_tail(None)

    def patch(day: dt.date, official_day: OfficialDay | None, known: bool,
              override: Override | None) -> None:
        ordinal = day.toordinal()
        if first_ordinal <= ordinal <= last_ordinal:
            tails[ordinal - first_ordinal] = (
                _tail(program, day.weekday(), official_day, known, override)
                if program_first <= ordinal <= program_last else _outside_tail(official_day)
            )

    for year in range(first.year, last.year + 1):
        known = official.is_year_known(year)
        start = max(first_ordinal, dt.date(year, 1, 1).toordinal())
        stop = min(last_ordinal, dt.date(year, 12, 31).toordinal())
        inside_start, inside_stop = max(start, program_first), min(stop, program_last)
        if inside_start > inside_stop:
            tails.extend(itertools.repeat(outside, stop - start + 1))
        else:
            tails.extend(itertools.repeat(outside, inside_start - start))
            weekday = dt.date.fromordinal(inside_start).weekday()
            week = [_tail(program, (weekday + i) % 7, None, known, None) for i in range(7)]
            tails.extend(itertools.islice(itertools.cycle(week), inside_stop - inside_start + 1))
            tails.extend(itertools.repeat(outside, stop - inside_stop))
        days = (official.days_of_year(year) if known
                else official.provisional_days_of_year(year))
        for day, official_day in days.items():
            if day not in by_date:
                patch(day, official_day, known, None)
    for day, override in by_date.items():
        known = official.is_year_known(day.year)
        patch(day, official.day(day) if known else official.provisional_day(day), known,
              override)
    return list(map(_new_status, map(operator.add, _date_singletons(first_ordinal, last_ordinal),
                                      tails)))


def month_statuses(
    program: ProgramRules,
    year: int,
    month: int,
    official: OfficialCalendar,
    overrides: Iterable[Override] = (),
) -> list[DayStatus]:
    """The program's status on every day of a month."""
    if not 1 <= month <= 12:
        raise ValidationError(N_("There is no month {month}."), field="month", month=month)
    last = calendar.monthrange(year, month)[1]
    return range_statuses(program, dt.date(year, month, 1), dt.date(year, month, last), official,
                          overrides)
