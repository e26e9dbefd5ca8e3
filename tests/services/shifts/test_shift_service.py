"""Shift edits: add, move, undo, templates, copy week, repeat; bad input writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from asc_desk.domain.changes import Area
from asc_desk.domain.errors import UserError, ValidationError
from asc_desk.domain.shift_rules import ConflictKind
from asc_desk.domain.staff import ShiftDraft
from tests.services.shifts.conftest import MONDAY, Staffed

T = dt.time
WED = MONDAY + dt.timedelta(days=2)


def test_add_move_and_undo(staffed: Staffed):
    edit = staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.li, WED, T(16),
                                                                  T(21)))
    assert edit.changes.areas == Area.SHIFTS and edit.changes.days == {WED}
    assert edit.notices == ()
    shift_id = edit.added[0].id
    moved = staffed.shifts.move_shift(shift_id, day=WED + dt.timedelta(days=1),
                                      caregiver_id=staffed.wang)
    assert moved.changes.days == {WED, WED + dt.timedelta(days=1)}
    week = staffed.planning.week(staffed.center_id, WED)
    assert [(s.caregiver_id, s.day) for s in week.shifts] == [
        (staffed.wang, WED + dt.timedelta(days=1))]
    staffed.shifts.undo(moved)
    week = staffed.planning.week(staffed.center_id, WED)
    assert [(s.id, s.caregiver_id, s.day) for s in week.shifts] == [(shift_id, staffed.li, WED)]
    redo = staffed.shifts.undo(staffed.shifts.undo(edit))  # undo the add, then redo it
    assert [i.id for i in redo.added] == [shift_id]


def test_delete_and_undo_restores_the_same_shift(staffed: Staffed):
    added = staffed.shifts.add_shift(staffed.center_id, ShiftDraft(
        staffed.li, WED, T(16), T(21), staffed.program_id, "带作业辅导")).added[0]
    gone = staffed.shifts.delete_shift(added.id)
    assert gone.removed == (added,)
    assert staffed.planning.week(staffed.center_id, WED).shifts == ()
    staffed.shifts.undo(gone)
    again = staffed.planning.week(staffed.center_id, WED).shifts
    assert [(s.id, s.note, s.program_id) for s in again] == [(added.id, "带作业辅导",
                                                             staffed.program_id)]


def test_apply_template(staffed: Staffed):
    template = staffed.shifts.add_template(staffed.center_id, "晚班", T(16), T(21)).value
    days = [MONDAY + dt.timedelta(days=i) for i in range(5)]
    edit = staffed.shifts.apply_template(staffed.center_id, template.id,
                                         [staffed.li, staffed.wang], days)
    assert len(edit.added) == 10
    assert edit.changes.days == set(days)
    assert {(i.draft.starts_at, i.draft.ends_at) for i in edit.added} == {(T(16), T(21))}
    assert [t.name for t in staffed.shifts.templates(staffed.center_id)] == ["晚班"]


def test_copy_week(staffed: Staffed):
    for i in range(3):
        staffed.shifts.add_shift(staffed.center_id, ShiftDraft(
            staffed.li, MONDAY + dt.timedelta(days=i), T(16), T(21)))
    edit = staffed.shifts.copy_week(staffed.center_id, WED, WED + dt.timedelta(days=7))
    assert sorted(i.draft.day for i in edit.added) == [
        MONDAY + dt.timedelta(days=7 + i) for i in range(3)]
    with pytest.raises(ValidationError, match="another week"):
        staffed.shifts.copy_week(staffed.center_id, MONDAY, WED)


def test_repeat_until(staffed: Staffed):
    first = staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.li, WED, T(16),
                                                                   T(21))).added[0]
    edit = staffed.shifts.repeat_until(first.id, WED + dt.timedelta(days=27))
    assert [i.draft.day for i in edit.added] == [WED + dt.timedelta(days=7 * k)
                                                 for k in (1, 2, 3)]
    staffed.shifts.undo(edit)
    assert len(staffed.planning.plan(staffed.center_id, WED, WED + dt.timedelta(days=30))
               .shifts) == 1


def test_check_finds_conflicts_and_gaps(staffed: Staffed):
    staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.li, WED, T(16), T(19)))
    staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.li, WED, T(18), T(21)))
    staffed.enroll(5)
    plan = staffed.planning.check(staffed.center_id, WED, WED)
    assert [c.kind for c in plan.conflicts] == [ConflictKind.OVERLAP]
    # 5 children need 1 by the ratio, but the minimum of 2 on duty applies while open,
    # and only one caregiver is there
    assert plan.gaps and all(g.slot.required == 2 for g in plan.gaps)
    assert plan.days[0].hours.opens_at == T(16, 30)


# -- bad input: one clear message, nothing written ---------------------------------------
@pytest.mark.parametrize(("start", "end", "words"), [
    (T(21), T(16), "before the start"),
    (T(22), T(2), "across midnight"),
    (T(16), T(16), "no length"),
])
def test_bad_times_write_nothing(staffed: Staffed, start, end, words):
    before = staffed.counts()
    with pytest.raises(ValidationError, match=words):
        staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.li, WED, start, end))
    assert staffed.counts() == before


def test_unknown_caregiver_writes_nothing(staffed: Staffed):
    before = staffed.counts()
    with pytest.raises(UserError, match="No such caregiver"):
        staffed.shifts.add_shift(staffed.center_id, ShiftDraft(9999, WED, T(16), T(21)))
    with pytest.raises(UserError, match="No caregiver “小明”"):
        staffed.staff.find_caregiver(staffed.center_id, "小明")
    assert staffed.counts() == before


def test_a_template_for_an_unknown_caregiver_writes_none_of_its_shifts(staffed: Staffed):
    template = staffed.shifts.add_template(staffed.center_id, "晚班", T(16), T(21)).value
    before = staffed.counts()
    with pytest.raises(UserError, match="No such caregiver"):
        staffed.shifts.apply_template(staffed.center_id, template.id, [staffed.li, 9999],
                                      [WED, WED + dt.timedelta(days=1)])
    assert staffed.counts() == before


def test_a_date_outside_every_program_is_saved_with_a_warning(staffed: Staffed):
    """Allowed, with a warning: staff prepare a term before it starts; the check then shows
    the shift as on a closed day."""
    day = dt.date(2027, 2, 1)
    edit = staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.li, day, T(9),
                                                                  T(12)))
    assert [n.message for n in edit.notices] == [
        "No program runs on 2027-02-01: the shift is saved, and shown as on a closed day."]
    plan = staffed.planning.check(staffed.center_id, day, day)
    assert [c.kind for c in plan.conflicts] == [ConflictKind.CLOSED_DAY]


def test_week_marks_holidays_adjusted_working_days_and_closed_days(staffed: Staffed):
    week = staffed.planning.week(staffed.center_id, dt.date(2026, 10, 8))
    by_day = {d.date: d for d in week.days}
    national = by_day[dt.date(2026, 10, 5)]
    assert not national.hours.open and national.official  # 国庆节: closed, named
    saturday = by_day[dt.date(2026, 10, 10)]  # 调休上班: school and parents work
    assert saturday.adjusted_workday and saturday.hours.open
    assert not by_day[dt.date(2026, 10, 11)].hours.open  # an ordinary Sunday
    assert set(week.coverage) == {dt.date(2026, 10, 8), dt.date(2026, 10, 9),
                                  dt.date(2026, 10, 10)}


def test_an_adjusted_working_day_with_no_child_expected_needs_no_caregiver(
        staffed: Staffed):
    """The user trial: on 调休上班 (Saturday 2026-10-10) the program is open by the calendar,
    but its children are enrolled Monday to Friday: 0 expected, so neither the ratio nor the
    minimum on duty asks for anyone, and `shifts check` reports no gap that day. The Friday
    before, with the same children expected, the minimum applies."""
    staffed.enroll(5)
    plan = staffed.planning.check(staffed.center_id, dt.date(2026, 10, 9),
                                  dt.date(2026, 10, 10))
    saturday = plan.coverage[dt.date(2026, 10, 10)]
    assert saturday.slots and {(s.children, s.required) for s in saturday.slots} == {(0, 0)}
    assert {g.day for g in plan.gaps} == {dt.date(2026, 10, 9)}
    assert {(s.children, s.required) for s in plan.coverage[dt.date(2026, 10, 9)].slots} \
        == {(5, 2)}


def test_closed_days_carry_the_calendars_reason(staffed: Staffed):
    """The grid says why a day is closed: the center's own closing with its note, a public
    holiday, the weekend; an open day has no reason."""
    from asc_desk.domain.calendar_rules import DayReason, OverrideKind
    from asc_desk.services.calendar.calendar_service import CalendarService

    CalendarService(staffed.db, "t").set_override(
        staffed.center_id, dt.date(2026, 10, 8), dt.date(2026, 10, 8), OverrideKind.CLOSED,
        "台风停课")
    week = staffed.planning.week(staffed.center_id, dt.date(2026, 10, 8))
    by_day = {d.date: d for d in week.days}
    assert (by_day[dt.date(2026, 10, 8)].closed_reason, by_day[dt.date(2026, 10, 8)]
            .closed_note) == (DayReason.OVERRIDE_CLOSED, "台风停课")
    assert by_day[dt.date(2026, 10, 5)].closed_reason is DayReason.PUBLIC_HOLIDAY
    assert by_day[dt.date(2026, 10, 11)].closed_reason is DayReason.WEEKEND
    assert by_day[dt.date(2026, 10, 9)].closed_reason is None  # open
    assert by_day[dt.date(2026, 10, 10)].closed_reason is None  # adjusted working day


def test_move_several_shifts_is_one_edit_and_one_undo(staffed: Staffed):
    a = staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.li, WED, T(16), T(18))
                                 ).added[0].id
    b = staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.li, WED, T(19), T(21))
                                 ).added[0].id
    before = staffed.counts()
    thu = WED + dt.timedelta(days=1)
    edit = staffed.shifts.move_shifts([a, b], day=thu, caregiver_id=staffed.wang)
    assert sorted(i.id for i in edit.added) == sorted(i.id for i in edit.removed) == [a, b]
    assert edit.changes.days == {WED, thu}
    assert staffed.counts()[3] == before[3] + 2  # one audit row per shift moved
    week = staffed.planning.week(staffed.center_id, WED)
    assert sorted((s.caregiver_id, s.day, s.starts_at) for s in week.shifts) == [
        (staffed.wang, thu, T(16)), (staffed.wang, thu, T(19))]
    staffed.shifts.undo(edit)
    week = staffed.planning.week(staffed.center_id, WED)
    assert sorted((s.id, s.caregiver_id, s.day) for s in week.shifts) == [
        (a, staffed.li, WED), (b, staffed.li, WED)]


def test_move_several_refused_moves_none(staffed: Staffed):
    a = staffed.shifts.add_shift(staffed.center_id, ShiftDraft(staffed.li, WED, T(16), T(18))
                                 ).added[0].id
    before = staffed.counts()
    with pytest.raises(UserError, match="no longer exists"):
        staffed.shifts.move_shifts([a, a + 1000], day=WED + dt.timedelta(days=1))
    with pytest.raises(UserError, match="No such caregiver"):
        staffed.shifts.move_shifts([a], caregiver_id=9999)
    with pytest.raises(UserError, match="Choose the shifts"):
        staffed.shifts.move_shifts([], day=WED)
    assert staffed.counts() == before
    assert [(s.id, s.day) for s in staffed.planning.week(staffed.center_id, WED).shifts] == [
        (a, WED)]


def test_editing_or_moving_into_bad_times_or_a_missing_caregiver_writes_nothing(
        staffed: Staffed):
    shift_id = staffed.shifts.add_shift(staffed.center_id, ShiftDraft(
        staffed.li, WED, T(16), T(21))).added[0].id
    before = staffed.counts()
    with pytest.raises(ValidationError, match="across midnight"):
        staffed.shifts.update_shift(shift_id, ShiftDraft(staffed.li, WED, T(22), T(1)))
    with pytest.raises(UserError, match="No such caregiver"):
        staffed.shifts.update_shift(shift_id, ShiftDraft(9999, WED, T(16), T(21)))
    with pytest.raises(UserError, match="No such caregiver"):
        staffed.shifts.move_shift(shift_id, caregiver_id=9999)
    with pytest.raises(UserError, match="no longer exists"):
        staffed.shifts.move_shift(shift_id + 1000, day=WED)
    assert staffed.counts() == before
    assert [(s.caregiver_id, s.starts_at) for s in staffed.planning.week(
        staffed.center_id, WED).shifts] == [(staffed.li, T(16))]
