"""Who is expected on a day: the one rule the desk, the shift plan and the reports share.

A child is expected when still on the roster that day and enrolled, that day and weekday, in
a program the calendar has open. Plain values in, a plain answer out: the services load the
rows, this decides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class EnrollmentSpan:
    """One enrollment as the rule needs it: a program, from a date (to a date), on weekdays
    (bit 0 = Monday, as `domain/weekdays.py`)."""

    program_id: int
    from_date: dt.date
    to_date: dt.date | None
    weekdays: int


@dataclass(frozen=True)
class Expectation:
    expected: bool
    program_id: int | None  # the program that expects the child (or the first enrolled one)
    enrolled_from: dt.date | None  # the child's first enrollment, whatever the program


def on_roster(day: dt.date, status: str, withdrawn_on: dt.date | None) -> bool:
    """Active, or withdrawn only after `day` (a past day still shows who was there)."""
    return status == "active" or (withdrawn_on is not None and withdrawn_on > day)


def expected_on(day: dt.date, enrollments: Iterable[EnrollmentSpan],
                open_programs: Container[int], *, status: str = "active",
                withdrawn_on: dt.date | None = None) -> Expectation:
    """Whether a child is expected on `day`, and through which program.

    `open_programs`: ids of the programs the calendar has open that day."""
    mine = list(enrollments)
    bit = 1 << day.weekday()
    if len(mine) == 1:  # most children: the same answer as below, without the lists
        only = mine[0]
        now_on = only.from_date <= day and (only.to_date is None or only.to_date >= day)
        return Expectation(now_on and only.program_id in open_programs
                           and bool(only.weekdays & bit) and on_roster(day, status, withdrawn_on),
                           only.program_id, only.from_date)
    current = [e for e in mine if e.from_date <= day and (e.to_date is None or e.to_date >= day)]
    expecting = [e for e in current if e.program_id in open_programs and e.weekdays & bit]
    candidates = expecting or current or sorted(mine, key=lambda e: e.from_date)
    chosen = candidates[0] if candidates else None
    return Expectation(on_roster(day, status, withdrawn_on) and bool(expecting),
                       chosen.program_id if chosen else None,
                       min((e.from_date for e in mine), default=None))


def visit_program(day: dt.date, start: dt.time, end: dt.time | None,
                  enrollments: Iterable[EnrollmentSpan],
                  open_hours: Mapping[int, tuple[dt.time, dt.time]], *,
                  status: str = "active", withdrawn_on: dt.date | None = None) -> int | None:
    """The program a stay from `start` to `end` (local times; None: still here) belongs to,
    so that a child in two programs is counted once, in the program he came for.

    `open_hours`: program id -> (opens, closes) of the programs the calendar has open that
    day. Among the child's enrollments current that day whose program is open: the only
    one; with several (a term program and a holiday program both open on a Saturday), the
    one whose hours the stay overlaps most, a program that expects the child that weekday
    winning a tie, then the earlier enrollment. None open: the program `expected_on`
    names (a stay on a closed day, with a reason, belongs to the child's program)."""
    mine = list(enrollments)
    bit = 1 << day.weekday()
    current = [e for e in mine if e.from_date <= day and (e.to_date is None or e.to_date >= day)
               and e.program_id in open_hours]
    if len(current) == 1:
        return current[0].program_id
    if not current:
        return expected_on(day, mine, open_hours, status=status,
                           withdrawn_on=withdrawn_on).program_id
    finish = end if end is not None and end >= start else start

    def overlap(e: EnrollmentSpan) -> int:
        opens, closes = open_hours[e.program_id]
        if finish == start:  # still here (or a stay of no length): the hours it began in
            return int(opens <= start < closes)
        lo, hi = max(opens, start), min(closes, finish)
        return (hi.hour * 60 + hi.minute) - (lo.hour * 60 + lo.minute) if hi > lo else 0

    # max() keeps the first of equals: the enrollments come in their order.
    return max(current, key=lambda e: (overlap(e), bool(e.weekdays & bit))).program_id
