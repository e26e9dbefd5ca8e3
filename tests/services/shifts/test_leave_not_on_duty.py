"""A caregiver on leave during their planned shift is not counted on duty by any of the
planner's counts: the day's coverage (the Shifts page, `shifts check`, the rota's gaps), who
is on shift now, and the month's planned hours (the staff-hours document)."""

from __future__ import annotations

import datetime as dt

from asc_desk.domain.shift_rules import ConflictKind
from asc_desk.domain.staff import LeaveDraft, LeaveKind, ShiftDraft
from asc_desk.services.reports.staff_data import StaffData
from tests.services.shifts.conftest import MONDAY, Staffed

T = dt.time
WED = MONDAY + dt.timedelta(days=2)
CST = dt.timezone(dt.timedelta(hours=8))


def _sick_wang(staffed: Staffed, **times) -> None:
    staffed.enroll(6)
    staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.wang, WED, T(15, 30),
                                                           T(20, 30)))
    staffed.staff.add_leave(staffed.wang, LeaveDraft(WED, WED, LeaveKind.SICK, **times))


def test_coverage_does_not_count_the_caregiver_on_sick_leave(staffed: Staffed):
    _sick_wang(staffed)
    plan = staffed.planning.check(staffed.center_id, WED, WED)
    assert [c.kind for c in plan.conflicts] == [ConflictKind.ON_LEAVE]
    # 0 of 2 scheduled in every half-hour, not 1 of 2: the one planned is sick
    assert {(g.slot.required, g.slot.scheduled, g.slot.missing) for g in plan.gaps} == {
        (2, 0, 2)}
    assert len(plan.gaps) == len(plan.coverage[WED].slots) == 8


def test_part_day_leave_counts_the_rest_of_the_shift(staffed: Staffed):
    _sick_wang(staffed, to_time=T(18, 30))  # back at 18:30
    slots = staffed.planning.check(staffed.center_id, WED, WED).coverage[WED].slots
    assert [s.scheduled for s in slots] == [0, 0, 0, 0, 1, 1, 1, 1]


def test_on_duty_now_leaves_out_the_caregiver_on_leave(staffed: Staffed):
    _sick_wang(staffed)
    staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.li, WED, T(16), T(20)))
    duty = staffed.planning.on_duty(staffed.center_id, dt.datetime.combine(
        WED, T(17), tzinfo=CST))
    assert [p.id for p in duty.on_shift] == [staffed.li]
    assert duty.weighted_on_shift == 1


def test_planned_hours_leave_out_the_shifts_during_leave(staffed: Staffed):
    _sick_wang(staffed)
    staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.wang, WED + dt.timedelta(
        days=1), T(16), T(20)))
    rows = {r.caregiver_id: r for r in staffed.planning.hours(staffed.center_id, 2026, 11)}
    assert rows[staffed.wang].planned == 4  # Thursday's 4 hours; Wednesday he was sick


def test_the_rota_marks_the_shift_and_leaves_its_hours_out(staffed: Staffed):
    _sick_wang(staffed)
    staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.wang, WED + dt.timedelta(
        days=1), T(16), T(20)))
    rota = StaffData(staffed.db).week_rota(staffed.center_id, WED)
    row = next(r for r in rota.rows if r.caregiver_id == staffed.wang)
    assert [sh.leave for sh in row.cells[2]] == ["病假"] and row.cells[3][0].leave == ""
    assert row.hours == 4
    wednesday = [g for g in rota.gaps if g.startswith("11-25")]
    assert wednesday and all("已排 0 名（缺 2 名）" in g for g in wednesday)
