"""A day's stays (check-in to check-out pairs) and the program a stay belongs to."""

from __future__ import annotations

import datetime as dt

from asc_desk.domain.attendance_rules import (
    AttendanceEvent,
    EventKind,
    derive_day,
    visit_minutes,
    visits_of,
)
from asc_desk.domain.expected_day import EnrollmentSpan, visit_program

T0 = dt.datetime(2026, 10, 13, 8, 0, tzinfo=dt.UTC)


def ev(i: int, kind: EventKind, minutes: int, corrects: int | None = None) -> AttendanceEvent:
    at = T0 + dt.timedelta(minutes=minutes)
    return AttendanceEvent(i, 1, kind, at, at, "", corrects=corrects)


IN, OUT, VOID = EventKind.CHECK_IN, EventKind.CHECK_OUT, EventKind.CORRECTION_VOID


def test_leaving_and_coming_back_is_two_stays_without_the_time_away():
    events = [ev(1, IN, 0), ev(2, OUT, 60), ev(3, IN, 120), ev(4, OUT, 180)]
    record = derive_day(events, True)
    assert [(a - T0, b - T0) for a, b in record.visits] == [
        (dt.timedelta(0), dt.timedelta(minutes=60)),
        (dt.timedelta(minutes=120), dt.timedelta(minutes=180))]
    assert visit_minutes(record.visits) == 120  # not 180 (first in to last out)
    assert (record.check_in, record.check_out) == (T0, T0 + dt.timedelta(minutes=180))


def test_an_open_stay_counts_nothing_until_checked_out():
    events = [ev(1, IN, 0), ev(2, OUT, 60), ev(3, IN, 120)]
    assert visit_minutes(visits_of(events)) == 60
    assert visits_of(events)[-1][1] is None


def test_odd_sequences_pair_as_derive_day_reads_them():
    # A second check-in inside a stay is the same stay; a later second check-out moves its end;
    # a check-out with no check-in before it is no stay.
    assert visit_minutes(visits_of([ev(1, IN, 0), ev(2, IN, 10), ev(3, OUT, 60)])) == 60
    assert visit_minutes(visits_of([ev(1, IN, 0), ev(2, OUT, 30), ev(3, OUT, 60)])) == 60
    assert visits_of([ev(1, OUT, 0)]) == ()
    # A corrected check-out: the void is no event of a stay; the replacement is.
    fixed = derive_day([ev(1, IN, 0), ev(2, OUT, 30), ev(3, VOID, 30, corrects=2),
                        ev(4, OUT, 90, corrects=2)], True)
    assert visit_minutes(fixed.visits) == 90


TERM = EnrollmentSpan(1, dt.date(2026, 9, 1), None, 0b0011111)
WEEKEND = EnrollmentSpan(2, dt.date(2026, 9, 1), None, 0b0100000)
SATURDAY = dt.date(2026, 10, 10)
HOURS = {1: (dt.time(16), dt.time(20)), 2: (dt.time(9), dt.time(12))}


def test_a_stay_belongs_to_the_only_open_program():
    assert visit_program(SATURDAY, dt.time(16), dt.time(17), [TERM, WEEKEND],
                         {2: HOURS[2]}) == 2
    monday = dt.date(2026, 10, 12)
    assert visit_program(monday, dt.time(9), dt.time(10), [TERM, WEEKEND], {1: HOURS[1]}) == 1


def test_with_both_programs_open_the_hours_decide():
    both = [TERM, WEEKEND]
    assert visit_program(SATURDAY, dt.time(9), dt.time(12, 40), both, HOURS) == 2
    assert visit_program(SATURDAY, dt.time(16), dt.time(18), both, HOURS) == 1
    assert visit_program(SATURDAY, dt.time(16, 30), None, both, HOURS) == 1  # still here
    # Outside both programs' hours: the one expecting the child that weekday.
    assert visit_program(SATURDAY, dt.time(13), dt.time(14), both, HOURS) == 2


def test_a_stay_on_a_closed_day_belongs_to_the_childs_program():
    assert visit_program(SATURDAY, dt.time(9), dt.time(10), [TERM, WEEKEND], {}) == 1
