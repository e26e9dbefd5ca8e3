"""The figures of the reports against hand-computed ones (see tests/report_scenario.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from report_scenario import DILI, LI, NOW, ZHANG, build
from sqlalchemy import func, select

from asc_desk.db.models import AuditEntry
from asc_desk.domain.errors import UserError
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.reports.report_data import Mark, ReportData


@pytest.fixture
def month(db):
    scenario = build(db)
    return scenario, ReportData(db, now=lambda: NOW)


def test_month_figures_per_child(month):
    scenario, data = month
    grid = data.month_grid(scenario.center_id, 2026, 11)
    kids = {c.name: c for c in grid.children}
    assert set(kids) == {ZHANG, DILI, LI}
    zhang = kids[ZHANG]
    # 21 weekdays, the 11th closed: 20 open days; 3 present, 1 sick, the other 16 with no
    # record: "no record", not absent (nobody said why).
    assert zhang.days_present == 3 and zhang.minutes == 180 + 260 + 150
    assert zhang.hours == 9.8
    assert zhang.absences == {"sick": 1, "leave": 0, "notified": 0, "other": 0}
    assert zhang.days_absent == 1 and zhang.no_record == 16 and zhang.open_days == 0
    assert zhang.marks[5].mark is Mark.NO_RECORD
    assert zhang.closed_days == 10  # 9 weekend days and the 11th: never "absent"
    assert zhang.late_pickups == 1 and zhang.marks[2].late_minutes == 5
    assert zhang.corrected_days == 1 and zhang.marks[4].corrected
    assert zhang.marks[10].mark is Mark.CLOSED and zhang.marks[10].reason == "停电检修"
    dili = kids[DILI]  # enrolled on the 16th: 11 open days from then, 1 present
    assert [m.mark for m in dili.marks[:15]] == [Mark.NOT_ENROLLED] * 15
    assert dili.days_present == 1 and dili.minutes == 180 and dili.days_absent == 0
    assert dili.no_record == 10
    assert dili.closed_days == 4 and dili.late_pickups == 0
    li = kids[LI]  # withdrawn on the 13th: open days 2-12 but the 11th = 8, 1 present
    assert li.days_present == 1 and li.minutes == 60 and li.no_record == 7
    assert li.closed_days == 4
    assert all(m.mark is Mark.NOT_ENROLLED for m in li.marks[12:])


def test_month_totals_per_day_and_closed_days(month):
    scenario, data = month
    grid = data.month_grid(scenario.center_id, 2026, 11)
    assert [d.present for d in grid.days][:5] == [0, 2, 1, 0, 1]
    assert grid.days[15].present == 1
    assert grid.days_present == 5 and grid.hours == 13.8
    assert grid.late_pickups == 1
    reasons = dict(grid.closed_reasons())
    assert reasons["停电检修"] == (dt.date(2026, 11, 11),)
    assert len(reasons["周末"]) == 9


def test_expected_days_agree_with_the_desk(db, month):
    """The month's expected children are the desk's, day by day."""
    scenario, data = month
    grid = data.month_grid(scenario.center_id, 2026, 11)
    desk = AttendanceService(db, "t", now=lambda: NOW)
    for day in (2, 11, 12, 13, 16):
        view = desk.day(scenario.center_id, dt.date(2026, 11, day))
        expected = {c.child.name for c in view.children if c.child.expected}
        mine = {c.name for c in grid.children
                if c.marks[day - 1].mark in (Mark.PRESENT, Mark.ABSENT, Mark.NO_RECORD)}
        assert mine == expected, day


def test_hr_summary_by_worker_and_department(month):
    scenario, data = month
    hr = data.hr_summary(scenario.center_id, 2026, 11)
    rows = {w.employee_id: w for w in hr.workers}
    mother = rows["E001"]
    assert (mother.name, mother.department, mother.children, mother.days_present,
            mother.tenths, mother.hours, mother.late_pickups) == (
        "王芳", "注塑车间", 2, 4, 108, 10.8, 1)
    assert (rows["E002"].children, rows["E002"].days_present, rows["E002"].hours) == (1, 1, 3.0)
    assert [d.department for d in hr.departments] == ["包装车间", "注塑车间"]
    assert (hr.total.children, hr.total.days_present, hr.total.hours,
            hr.total.late_pickups) == (3, 5, 13.8, 1)
    assert hr.families == 2  # 王芳's two children are one family, 艾山's child another


def test_families_are_counted_once_whoever_of_them_works_here():
    from asc_desk.services.reports.hr_figures import families_of

    # Mother 1 and father 2 of child 10; mother 1 also of child 11 (siblings); parent 3 of
    # child 12, who did not come; parent 4 of child 13.
    links = [([10, 11], 1), ([10], 2), ([12], 3), ([13], 4)]
    assert families_of({10, 11, 13}, links) == 2
    assert families_of({10}, links) == 1
    assert families_of({99}, links) == 0  # a child no worker is linked to


def test_an_open_check_in_counts_present_without_hours_and_totals_add_up(db, month):
    """Checked in, never out: present, no hours, counted as open. Each child's hours are
    rounded once and the totals are the sums of the printed rows."""
    from report_scenario import at

    scenario, data = month
    desk = AttendanceService(db, "t", now=lambda: NOW)
    desk.check_in(scenario.center_id, scenario.ids[DILI], at=at(17, 16, 40))
    for day, minutes in ((18, 1), (19, 1)):
        desk.check_in(scenario.center_id, scenario.ids[DILI], at=at(day, 16, 30))
        desk.check_out(scenario.center_id, scenario.ids[DILI], "艾山",
                       at=at(day, 16, 30 + minutes))
    grid = data.month_grid(scenario.center_id, 2026, 11)
    dili = next(c for c in grid.children if c.name == DILI)
    assert dili.marks[16].mark is Mark.PRESENT and dili.marks[16].open
    assert dili.days_present == 4 and dili.open_days == 1 and grid.open_days == 1
    assert dili.minutes == 182 and dili.hours == 3.0
    # 590 + 182 + 60 = 832 min = 13.87 h, but the rows print 9.8 + 3.0 + 1.0: 13.8.
    assert sum(c.tenths for c in grid.children) == 138 and grid.hours == 13.8
    hr = data.hr_summary(scenario.center_id, 2026, 11)
    assert hr.total.open_days == 1 and hr.total.hours == grid.hours
    assert sum(d.tenths for d in hr.departments) == hr.total.tenths


def test_children_sort_by_pinyin(db, month):
    scenario, data = month
    grid = data.month_grid(scenario.center_id, 2026, 11)
    # di, li, zhang: not the code point order (张 迪 李).
    assert [c.name for c in grid.children] == [DILI, LI, ZHANG]
    sheet = data.daily_sheet(scenario.center_id, dt.date(2026, 11, 5))
    assert [r.name for r in sheet.rows] == sorted(
        [r.name for r in sheet.rows], key=lambda n: {DILI: 0, LI: 1, ZHANG: 2}[n])


def test_program_filter_and_daily_sheet(db, month):
    scenario, data = month
    program = ProgramService(db, "t").get_program(scenario.program_id)
    assert len(data.month_grid(scenario.center_id, 2026, 11, program).children) == 3
    sheet = data.daily_sheet(scenario.center_id, dt.date(2026, 11, 5), program)
    zhang = next(r for r in sheet.rows if r.name == ZHANG)
    assert (zhang.arrival, zhang.departure, zhang.collected_by) == (
        dt.time(16, 30), dt.time(19, 0), "王芳")
    blank = data.daily_sheet(scenario.center_id, dt.date(2026, 11, 5), blank=True)
    assert {r.name for r in blank.rows} == {ZHANG, LI}
    assert all(r.arrival is None and r.collected_by == "" for r in blank.rows)
    sick = data.daily_sheet(scenario.center_id, dt.date(2026, 11, 4))
    assert next(r for r in sick.rows if r.name == ZHANG).absence == "sick"


def test_future_month_refused_and_reports_write_nothing(db, month):
    scenario, data = month
    with db.unit_of_work() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(UserError, match="future"):
        data.month_grid(scenario.center_id, 2027, 1)
    with pytest.raises(UserError, match="future"):
        data.hr_summary(scenario.center_id, 2027, 1)
    empty = data.month_grid(scenario.center_id, 2026, 6)
    assert empty.empty and data.hr_summary(scenario.center_id, 2026, 6).empty
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before


@pytest.mark.parametrize("raw", [
    [(1, "check_in", 0, None, None, None, None), (2, "check_out", 90, None, "王芳", None, None)],
    [(2, "check_out", 90, None, "王芳", None, None), (1, "check_in", 0, None, None, None, None)],
    [(1, "check_in", 0, None, None, None, None), (2, "check_out", 0, None, "王芳", None, None)],
    [(1, "check_in", 50, None, None, None, None), (2, "check_out", 10, None, "王芳", None, None)],
    [(1, "check_in", 0, None, None, None, None), (2, "check_in", 30, None, None, None, None)],
    [(1, "check_in", 0, None, None, None, None), (2, "check_out", 90, 95, "王芳", None, 1)],
    [(1, "check_in", 0, None, None, None, None)],
    [(1, "absent", 0, None, None, "sick", None), (2, "check_in", 30, None, None, None, None)],
])
def test_the_plain_visit_shortcut_is_what_derive_day_answers(raw):
    """The month reads most days (one check-in, one later check-out, nothing corrected)
    without building events; for those it must answer exactly as derive_day, and leave
    every other day to derive_day."""
    from asc_desk.domain.attendance_rules import derive_day
    from asc_desk.services.reports.month_figures import _event, _plain_visit

    base = dt.datetime(2026, 11, 2, 8, 30, tzinfo=dt.UTC)
    events = [(i, k, base + dt.timedelta(minutes=at),
               base + dt.timedelta(minutes=rec) if rec is not None else None, p, r, c)
              for i, k, at, rec, p, r, c in raw]
    visit = _plain_visit(events)
    record = derive_day([_event(7, e) for e in events], True)
    plain = (len(raw) == 2 and all(e[6] is None for e in raw)
             and {e[1] for e in raw} == {"check_in", "check_out"}
             and record.check_out is not None)
    assert (visit is not None) == plain
    if visit is not None:
        assert visit == (record.check_in, record.check_out) and not record.superseded


def test_the_daily_sheet_carries_the_reason_of_an_unlisted_pickup(db, month):
    """Collected by someone not on the list, with the coordinator's reason: the sheet row
    carries the reason; a listed pickup carries none."""
    from report_scenario import at

    scenario, data = month
    desk = AttendanceService(db, "t", now=lambda: NOW)
    desk.check_in(scenario.center_id, scenario.ids[DILI], at=at(20, 16, 30))
    desk.check_out(scenario.center_id, scenario.ids[DILI], "王阿姨", at=at(20, 18, 0),
                   override_reason="奶奶打电话说邻居来接")
    sheet = data.daily_sheet(scenario.center_id, dt.date(2026, 11, 20))
    rows = {r.name: r for r in sheet.rows}
    assert (rows[DILI].collected_by, rows[DILI].pickup_override) == ("王阿姨",
                                                                     "奶奶打电话说邻居来接")
    listed = data.daily_sheet(scenario.center_id, dt.date(2026, 11, 5))
    zhang = next(r for r in listed.rows if r.name == ZHANG)
    assert zhang.collected_by == "王芳" and zhang.pickup_override == ""
    blank = data.daily_sheet(scenario.center_id, dt.date(2026, 11, 20), blank=True)
    assert all(r.pickup_override == "" for r in blank.rows)


def test_a_late_record_by_a_listed_pickup_is_not_marked_on_the_sheet(db, month):
    """The end-of-day dialog's departure by the child's own mother, recorded afterwards
    with a reason: a normal check-out with a note, no "not on the pickup list" line."""
    from report_scenario import at

    scenario, data = month
    desk = AttendanceService(db, "t", now=lambda: NOW)
    desk.check_out(scenario.center_id, scenario.ids[ZHANG], "王芳", at=at(6, 19, 0),
                   override_reason="忘记签出", checked_in_at=at(6, 16, 30), reason="忘记签出")
    sheet = data.daily_sheet(scenario.center_id, dt.date(2026, 11, 6))
    zhang = next(r for r in sheet.rows if r.name == ZHANG)
    assert (zhang.collected_by, zhang.pickup_override) == ("王芳", "")
    record = next(c for c in AttendanceService(db, "t", now=lambda: NOW).day(
        scenario.center_id, dt.date(2026, 11, 6)).children if c.child.name == ZHANG).record
    assert record.overrides == () and record.notes == ("忘记签出",)
