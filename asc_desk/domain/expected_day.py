"""Who is expected on a day: the one rule the desk, the shift plan and the reports share.

A child is expected when still on the roster that day and enrolled, that day and weekday, in
a program the calendar has open. Plain values in, a plain answer out: the services load the
rows, this decides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable
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
