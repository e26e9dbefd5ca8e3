"""A caregiver on leave during a planned shift is not on duty: the shift (or its part inside
the leave) is left out of coverage by `shifts_outside_leave`; a gap's length is the gaps' own
minutes (a last slot cut by the closing time is not a whole half-hour)."""

from __future__ import annotations

import datetime as dt

from asc_desk.domain.ratio_rules import AgeBand, RatioRules
from asc_desk.domain.shift_rules import (
    DayHours,
    ExpectedGroup,
    LeaveItem,
    ShiftItem,
    day_coverage,
    shifts_outside_leave,
)
from asc_desk.domain.staff import Role

D = dt.date(2026, 12, 3)
T = dt.time
RULES = RatioRules((AgeBand(0, None, 15),), minimum_on_duty=2)


def _sick(day: dt.date = D, who: int = 1) -> LeaveItem:
    return LeaveItem(who, dt.datetime.combine(day, T(0)),
                     dt.datetime.combine(day + dt.timedelta(days=1), T(0)), "sick")


def test_a_shift_inside_whole_day_leave_is_left_out():
    shift = ShiftItem(7, 1, D, T(15, 30), T(20))
    assert shifts_outside_leave([shift], [_sick()]) == []
    # another caregiver's leave, or leave on another day, leaves the shift as it is
    assert shifts_outside_leave([shift], [_sick(who=2)]) == [shift]
    assert shifts_outside_leave([shift], [_sick(D + dt.timedelta(days=1))]) == [shift]


def test_part_day_leave_keeps_the_parts_outside_it():
    shift = ShiftItem(7, 1, D, T(15, 30), T(20))
    away = LeaveItem(1, dt.datetime.combine(D, T(17)), dt.datetime.combine(D, T(18, 30)))
    assert [(s.id, s.starts_at, s.ends_at) for s in shifts_outside_leave([shift], [away])] \
        == [(7, T(15, 30), T(17)), (7, T(18, 30), T(20))]
    until = LeaveItem(1, dt.datetime.combine(D - dt.timedelta(days=1), T(0)),
                      dt.datetime.combine(D, T(18)))
    assert [(s.starts_at, s.ends_at) for s in shifts_outside_leave([shift], [until])] == [
        (T(18), T(20))]


def test_coverage_does_not_count_a_caregiver_on_sick_leave():
    # The trial: 6 children, minimum 2 on duty, the only shift that day is the sick one's.
    hours = DayHours(D, True, T(16), T(19, 50))
    expected = [ExpectedGroup(0, T(16), T(19, 50), 6)]
    shifts = [ShiftItem(7, 1, D, T(15, 30), T(20))]
    cover = day_coverage(hours, expected, [(s, Role.ASSISTANT) for s in
                                           shifts_outside_leave(shifts, [_sick()])], RULES)
    assert {(s.required, s.scheduled, s.missing) for s in cover.slots} == {(2, 0, 2)}


def test_short_minutes_counts_a_cut_last_slot_by_its_length():
    hours = DayHours(D, True, T(16), T(19, 50))
    cover = day_coverage(hours, [ExpectedGroup(0, T(16), T(19, 50), 6)], [], RULES)
    assert len(cover.gaps) == 8 and cover.gaps[-1].ends_at == T(19, 50)
    assert cover.short_minutes == 3 * 60 + 50
    covered = day_coverage(hours, [], [(ShiftItem(1, 1, D, T(16), T(20)), Role.TEACHER),
                                       (ShiftItem(2, 2, D, T(16), T(20)), Role.TEACHER)],
                           RULES)
    assert covered.short_minutes == 0
