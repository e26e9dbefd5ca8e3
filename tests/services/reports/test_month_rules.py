"""The month's counting rules found wrong by an HR reader's trial: absences on days a child
was not expected, a child in two programs, and a child who leaves and comes back."""

from __future__ import annotations

import datetime as dt

import pytest
from report_scenario import DILI, LI, NOW, PROGRAM, ZHANG, at, build

from asc_desk.domain.attendance_rules import AbsenceReason
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.program import ProgramKind, ProgramSpec
from asc_desk.domain.roster import ChildDraft, EnrollmentDraft, GuardianDraft
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.reports.report_data import Mark, MonthOverview, ReportData, month_overview
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import RosterService


@pytest.fixture
def month(db):
    scenario = build(db)
    return scenario, ReportData(db, now=lambda: NOW), AttendanceService(db, "t", now=lambda: NOW)


def test_absences_on_days_a_child_was_not_expected_are_not_counted(db, month):
    """README: closed days are never absences. Sick "all week", marked Monday to Sunday,
    is the weekdays only; the closed 11th, a weekend, the days before 迪丽努尔's enrollment
    and after 李娜's withdrawal count nothing, in the grid, its totals and the rate."""
    scenario, data, desk = month
    c, ids = scenario.center_id, scenario.ids
    before = data.month_grid(c, 2026, 11)
    rate_before = MonthOverview.rate(before)
    for day in (7, 8, 11):  # Saturday, Sunday, the closed 11th
        desk.mark_absent(c, ids[ZHANG], dt.date(2026, 11, day), AbsenceReason.SICK)
    desk.mark_absent(c, ids[DILI], dt.date(2026, 11, 10), AbsenceReason.LEAVE)  # not yet
    # Recorded in advance, then the child withdrawn (the desk refuses a withdrawn child).
    roster = RosterService(db, "t", today=lambda: dt.date(2026, 12, 1))
    roster.reenroll(ids[LI])
    desk.mark_absent(c, ids[LI], dt.date(2026, 11, 20), AbsenceReason.LEAVE)
    roster.withdraw(ids[LI], dt.date(2026, 11, 13), "随父母返乡")
    desk.mark_absent(c, ids[ZHANG], dt.date(2026, 11, 9), AbsenceReason.SICK)  # a real one
    grid = data.month_grid(c, 2026, 11)
    kids = {k.name: k for k in grid.children}
    zhang = kids[ZHANG]
    assert zhang.absences["sick"] == 2  # the 4th and the 9th
    assert zhang.marks[6].mark is Mark.CLOSED and zhang.marks[7].mark is Mark.CLOSED
    assert zhang.marks[10].mark is Mark.CLOSED and zhang.marks[10].reason == "停电检修"
    assert zhang.marks[8].mark is Mark.ABSENT
    assert kids[DILI].days_absent == 0 and kids[DILI].marks[9].mark is Mark.NOT_ENROLLED
    assert kids[LI].days_absent == 0 and kids[LI].marks[19].mark is Mark.NOT_ENROLLED
    assert grid.absences()["leave"] == 0 and grid.days_absent == before.days_absent + 1
    # The real absence replaces a "no record" day: the rate's denominator is unchanged.
    assert MonthOverview.rate(grid) == rate_before
    hr = data.hr_summary(c, 2026, 11)
    assert hr.total.days_present == before.days_present


def test_an_absence_on_a_day_not_expected_is_kept_with_a_warning(month):
    """The desk keeps what the family said, and says it will not count."""
    scenario, _data, desk = month
    result = desk.mark_absent(scenario.center_id, scenario.ids[ZHANG],
                              dt.date(2026, 11, 11), AbsenceReason.SICK)
    assert result.event_id is not None
    assert result.warning is not None and "not counted" in result.warning.template
    ordinary = desk.mark_absent(scenario.center_id, scenario.ids[ZHANG],
                                dt.date(2026, 11, 12), AbsenceReason.SICK)
    assert ordinary.warning is None


def test_a_child_who_leaves_and_comes_back_counts_each_stay(month):
    """16:30-17:30 and 18:30-19:30: two hours, not three; the time away is not billed."""
    scenario, data, desk = month
    c, dili = scenario.center_id, scenario.ids[DILI]
    desk.check_in(c, dili, at=at(17, 16, 30))
    desk.check_out(c, dili, "艾山", at=at(17, 17, 30))
    desk.check_in(c, dili, at=at(17, 18, 30))
    desk.check_out(c, dili, "艾山", at=at(17, 19, 30))
    grid = data.month_grid(c, 2026, 11)
    kid = next(k for k in grid.children if k.name == DILI)
    assert kid.marks[16].minutes == 120 and kid.days_present == 2
    assert kid.minutes == 180 + 120
    hr = data.hr_summary(c, 2026, 11)
    row = next(w for w in hr.workers if w.name == "艾山")
    assert row.tenths == 50 and row.days_present == 2
    overview = month_overview(data, c, 2026, 11)
    assert overview.grid.hours == grid.hours == 9.8 + 5.0 + 1.0


def test_a_stay_still_open_after_a_first_stay_counts_the_first(month):
    scenario, data, desk = month
    c, dili = scenario.center_id, scenario.ids[DILI]
    desk.check_in(c, dili, at=at(17, 16, 30))
    desk.check_out(c, dili, "艾山", at=at(17, 17, 30))
    desk.check_in(c, dili, at=at(17, 18, 30))
    kid = next(k for k in data.month_grid(c, 2026, 11).children if k.name == DILI)
    assert kid.marks[16].open and kid.marks[16].minutes == 60 and kid.open_days == 1


# -- a child in two programs -------------------------------------------------------------
TERM, WEEKEND = PROGRAM, "周末兴趣班"


@pytest.fixture
def two_programs(db):
    """陈大宝 in the term program (Mon-Fri 16:30-20:30) and the weekend program (Sat
    09:00-12:00); in November: Mon 2nd 16:30-17:30 and Sat 7th 09:00-11:00 (3 h, 2 days)."""
    center = CenterService(db, "t").set_up_center(CenterSettings("星光儿童之家", "华彩玩具")).value
    programs = ProgramService(db, "t")
    term = programs.add_program(center.id, ProgramSpec(
        TERM, ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22), 0b0011111,
        dt.time(16, 30), dt.time(20, 30))).value
    weekend = programs.add_program(center.id, ProgramSpec(
        WEEKEND, ProgramKind.HOLIDAY, dt.date(2026, 9, 1), dt.date(2027, 1, 22), 0b0100000,
        dt.time(9), dt.time(12))).value
    father = GuardianDraft("陈建国", "父亲", "13800000009", "E006", "注塑车间")
    RosterImport(db, "t", today=lambda: dt.date(2026, 12, 1)).add_many(center.id, [ChildDraft(
        "陈大宝", "B1", guardians=(father,), enrollments=(
            EnrollmentDraft(term.id, dt.date(2026, 9, 1), weekdays=0b0011111),
            EnrollmentDraft(weekend.id, dt.date(2026, 9, 1), weekdays=0b0100000)))])
    desk = AttendanceService(db, "t", now=lambda: NOW)
    child = RosterService(db, "t").list_roster(center.id)[0].id
    for start, end in ((at(2, 16, 30), at(2, 17, 30)), (at(7, 9), at(7, 11))):
        desk.check_in(center.id, child, at=start)
        desk.check_out(center.id, child, "陈建国", at=end)
    return center.id, child, term, weekend, ReportData(db, now=lambda: NOW), desk


def test_a_programs_grid_counts_only_its_own_days(two_programs):
    """The term grid has no √ on the weekend program's Saturday, the weekend grid none on a
    term Monday; the two grids add up to the child's month."""
    c, _child, term, weekend, data, _desk = two_programs
    term_kid = data.month_grid(c, 2026, 11, term).children[0]
    weekend_kid = data.month_grid(c, 2026, 11, weekend).children[0]
    everything = data.month_grid(c, 2026, 11).children[0]
    assert term_kid.days_present == 1 and term_kid.minutes == 60
    assert term_kid.marks[6].mark is Mark.CLOSED  # Saturday: not the term program's day
    assert weekend_kid.days_present == 1 and weekend_kid.minutes == 120
    assert weekend_kid.marks[1].mark is not Mark.PRESENT
    assert everything.days_present == 2 and everything.minutes == 180
    assert (term_kid.days_present + weekend_kid.days_present, term_kid.tenths
            + weekend_kid.tenths) == (everything.days_present, everything.tenths)
    assert data.month_grid(c, 2026, 11, term).days[6].present == 0


def test_a_day_both_programs_are_open_splits_the_stays_by_their_hours(db, two_programs):
    """An adjusted working Saturday opens the term program too: the morning stay is the
    weekend program's, the afternoon one the term program's (by the hours it overlaps)."""
    from asc_desk.domain.calendar_rules import OverrideKind
    from asc_desk.services.calendar.calendar_service import CalendarService

    c, child, term, weekend, data, desk = two_programs
    CalendarService(db, "t").set_override(c, dt.date(2026, 11, 14), dt.date(2026, 11, 14),
                                          OverrideKind.OPEN, "调休上班")
    desk.check_in(c, child, at=at(14, 9))
    desk.check_out(c, child, "陈建国", at=at(14, 12, 40))
    desk.check_in(c, child, at=at(14, 16, 30))
    desk.check_out(c, child, "陈建国", at=at(14, 18, 30))
    term_kid = data.month_grid(c, 2026, 11, term).children[0]
    weekend_kid = data.month_grid(c, 2026, 11, weekend).children[0]
    everything = data.month_grid(c, 2026, 11).children[0]
    assert term_kid.marks[13].minutes == 120
    assert weekend_kid.marks[13].minutes == 220
    # Collected 12:40 from a program closing at 12:00: late in the weekend program only.
    assert weekend_kid.marks[13].late_minutes == 25 and term_kid.marks[13].late_minutes is None
    assert everything.marks[13].minutes == 340 and everything.days_present == 3
    # Each stay is judged by its own program's closing: the whole month has the same late
    # pickup the weekend grid has (the afternoon stay, out at 18:30, is not late).
    assert everything.marks[13].late_minutes == 25
    assert everything.late_pickups == term_kid.late_pickups + weekend_kid.late_pickups


def test_the_daily_sheet_shows_each_stay(month, tmp_path):
    import pdfplumber

    from asc_desk.reports.daily_sheet_pdf import write_daily_sheet_pdf

    scenario, data, desk = month
    c, dili = scenario.center_id, scenario.ids[DILI]
    desk.check_in(c, dili, at=at(17, 16, 30))
    desk.check_out(c, dili, "艾山", at=at(17, 17, 30))
    desk.check_in(c, dili, at=at(17, 18, 30))
    desk.check_out(c, dili, "艾山", at=at(17, 19, 45))
    sheet = data.daily_sheet(c, dt.date(2026, 11, 17))
    row = next(r for r in sheet.rows if r.name == DILI)
    assert row.stays == ((dt.time(16, 30), dt.time(17, 30)), (dt.time(18, 30), dt.time(19, 45)))
    assert next(r for r in sheet.rows if r.name == ZHANG).stays == ()
    write_daily_sheet_pdf(sheet, tmp_path / "d.pdf")
    with pdfplumber.open(tmp_path / "d.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "16:30 18:30" in text and "17:30 19:45" in text
