"""The figures every document prints, from one place: the daily sheet, the monthly grid and
the HR summary. Plain frozen dataclasses; the PDF, XLSX and CSV are drawn from the same values.

Reports only read (they run beside an open window). A month reads only that month's events,
as plain columns, and derives each child's day with the desk's own rules (`derive_day`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from sqlalchemy import select

from asc_desk.db.models import (
    AttendanceEventRow,
    CalendarOverride,
    Center,
    Child,
    ChildGuardian,
    DeskSetting,
    Enrollment,
    Guardian,
    Program,
)
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.attendance_rules import (
    AbsenceReason,
    AttendanceEvent,
    ChildDayState,
    EventKind,
    derive_day,
    late_minutes,
)
from asc_desk.domain.calendar_rules import DayReason, DayStatus, range_statuses
from asc_desk.domain.desk_settings import DeskSettings
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.official_days import OfficialDayKind
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.calendar.calendar_service import official_calendar_in, override_of, rules_of
from asc_desk.services.calendar.program_service import ProgramInfo, program_info
from asc_desk.services.database import Database

UNRECORDED = "unrecorded"  # an expected past day with nothing recorded: absent, reason unknown
ABSENCE_REASONS = (*(str(r) for r in AbsenceReason), UNRECORDED)


class Mark(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"  # with `reason`: sick, leave, notified, other, unrecorded
    CLOSED = "closed"  # the calendar closed the child's program: never "absent"
    NOT_EXPECTED = "not_expected"  # open, but not one of the child's days
    NOT_ENROLLED = "not_enrolled"  # before enrollment, after withdrawal, outside programs
    UPCOMING = "upcoming"  # today or later, nothing recorded yet


@dataclass(frozen=True)
class DayMark:
    mark: Mark
    reason: str = ""  # absence reason, or why the day was closed
    minutes: int = 0  # check-in to check-out (0 while a check-out is missing)
    late_minutes: int | None = None  # collected this many minutes past closing + grace
    corrected: bool = False  # a correction changed the day's record


@dataclass(frozen=True)
class ChildMonth:
    child_id: int
    name: str
    external_id: str
    program: str
    marks: tuple[DayMark, ...]  # one per day of the month
    days_present: int
    minutes: int
    absences: dict[str, int]  # reason -> days
    closed_days: int
    late_pickups: int
    corrected_days: int

    @property
    def hours(self) -> float:
        return hours_of(self.minutes)

    @property
    def days_absent(self) -> int:
        return sum(self.absences.values())


@dataclass(frozen=True)
class DayColumn:
    date: dt.date
    closed: bool  # closed for every program in scope
    closed_reason: str
    official: str  # "holiday", "workday" or ""
    official_name: str
    present: int  # children present that day


@dataclass(frozen=True)
class MonthGrid:
    center_name: str
    year: int
    month: int
    program: str  # "" = every program
    days: tuple[DayColumn, ...]
    children: tuple[ChildMonth, ...]
    made_at: dt.datetime  # local time of the center

    @property
    def days_present(self) -> int:
        return sum(c.days_present for c in self.children)

    @property
    def minutes(self) -> int:
        return sum(c.minutes for c in self.children)

    @property
    def hours(self) -> float:
        return hours_of(self.minutes)

    @property
    def late_pickups(self) -> int:
        return sum(c.late_pickups for c in self.children)

    @property
    def empty(self) -> bool:
        return not self.children

    def absences(self) -> dict[str, int]:
        out = dict.fromkeys(ABSENCE_REASONS, 0)
        for c in self.children:
            for reason, n in c.absences.items():
                out[reason] += n
        return out

    def closed_reasons(self) -> list[tuple[str, tuple[dt.date, ...]]]:
        """Each reason the calendar closed days for, with its dates, in date order."""
        by_reason: dict[str, list[dt.date]] = {}
        for d in self.days:
            if d.closed:
                by_reason.setdefault(d.closed_reason, []).append(d.date)
        return [(r, tuple(ds)) for r, ds in by_reason.items()]


@dataclass(frozen=True)
class WorkerRow:
    employee_id: str
    name: str
    department: str
    children: int
    days_present: int
    minutes: int
    late_pickups: int

    @property
    def hours(self) -> float:
        return hours_of(self.minutes)


@dataclass(frozen=True)
class DepartmentTotal:
    department: str
    workers: int
    children: int  # each child once, even with two parents in the department
    days_present: int
    minutes: int
    late_pickups: int

    @property
    def hours(self) -> float:
        return hours_of(self.minutes)


@dataclass(frozen=True)
class HrSummary:
    center_name: str
    year: int
    month: int
    workers: tuple[WorkerRow, ...]  # by department, then employee id and name
    departments: tuple[DepartmentTotal, ...]
    total: DepartmentTotal  # each child once
    made_at: dt.datetime

    @property
    def empty(self) -> bool:
        return not self.workers


@dataclass(frozen=True)
class SheetRow:
    child_id: int
    name: str
    program: str
    allergies: str
    expected: bool
    arrival: dt.time | None
    departure: dt.time | None
    collected_by: str
    absence: str  # absence reason when marked absent


@dataclass(frozen=True)
class DailySheet:
    center_name: str
    date: dt.date
    program: str  # "" = every open program
    open_programs: tuple[str, ...]
    blank: bool
    rows: tuple[SheetRow, ...]
    made_at: dt.datetime


NO_DEPARTMENT = "（未填部门）"
CLOSED_TEXT = {
    DayReason.WEEKEND: "周末",
    DayReason.NOT_PROGRAM_WEEKDAY: "非开放日",
    DayReason.PUBLIC_HOLIDAY: "法定节假日",
    DayReason.OUTSIDE_PROGRAM: "不在项目期内",
    DayReason.OVERRIDE_CLOSED: "停开",
}


def hours_of(minutes: int) -> float:
    """Hours as printed and exported: one decimal, from whole minutes (so totals agree)."""
    return round(minutes / 60, 1)


def closed_reason(status: DayStatus) -> str:
    if status.override_reason:
        return status.override_reason
    if status.reason is DayReason.PUBLIC_HOLIDAY and status.holiday_name_zh:
        return status.holiday_name_zh
    return CLOSED_TEXT.get(status.reason, str(status.reason))


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    if not 1 <= month <= 12:
        raise ValidationError(N_("There is no month {month}."), field="month", month=month)
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


class ReportData:
    """Reads the figures of the documents; never writes."""

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._now = now

    # -- the daily sheet ----------------------------------------------------------------
    def daily_sheet(self, center_id: int, day: dt.date, program: ProgramInfo | None = None,
                    *, blank: bool = False) -> DailySheet:
        """The children expected on `day` (and, filled, those who came unexpected)."""
        center_name, zone, _settings = self._center(center_id)
        view = AttendanceService(self._db, "reports", now=self._now).day(center_id, day)
        rows = []
        for item in view.children:
            child, record = item.child, item.record
            if program is not None and child.program_name != program.name:
                continue
            if blank and not child.expected:
                continue

            def local(t: dt.datetime | None) -> dt.time | None:
                return t.astimezone(zone).time().replace(second=0, microsecond=0) if t else None

            rows.append(SheetRow(
                child.id, child.name, child.program_name, child.allergies, child.expected,
                None if blank else local(record.check_in),
                None if blank else local(record.check_out),
                "" if blank else (record.pickup_name or ""),
                "" if blank or record.state is not ChildDayState.ABSENT
                else str(record.absence_reason or "")))
        return DailySheet(center_name, day, program.name if program else "", view.open_programs,
                          blank, tuple(rows), self._now().astimezone(zone))

    # -- the month ------------------------------------------------------------------------
    def month_grid(self, center_id: int, year: int, month: int,
                   program: ProgramInfo | None = None) -> MonthGrid:
        first, last = month_range(year, month)
        center_name, zone, settings = self._center(center_id)
        now_local = self._now().astimezone(zone)
        if first > now_local.date():
            raise UserError(N_("{month} is in the future: there is nothing to report yet."),
                            month=f"{year:04d}-{month:02d}")
        with self._db.read() as s:
            children, days = self._month(s, center_id, first, last, zone, settings,
                                         now_local.date(), program)
        return MonthGrid(center_name, year, month, program.name if program else "", days,
                         children, now_local)

    def hr_summary(self, center_id: int, year: int, month: int) -> HrSummary:
        first, last = month_range(year, month)
        center_name, zone, settings = self._center(center_id)
        now_local = self._now().astimezone(zone)
        if first > now_local.date():
            raise UserError(N_("{month} is in the future: there is nothing to report yet."),
                            month=f"{year:04d}-{month:02d}")
        with self._db.read() as s:
            children, _days = self._month(s, center_id, first, last, zone, settings,
                                          now_local.date(), None)
            ids = {c.child_id for c in children}
            links = s.connection().execute(select(
                ChildGuardian.child_id, Guardian.id, Guardian.name, Guardian.employee_id,
                Guardian.department)
                              .join(Guardian, Guardian.id == ChildGuardian.guardian_id)
                              .where(Guardian.center_id == center_id)).all()
        by_child = {c.child_id: c for c in children}
        workers: dict[int, tuple[str, str, str, list[int]]] = {}
        for child_id, gid, name, employee_id, department in links:
            if child_id in ids:
                entry = workers.setdefault(gid, (employee_id or "", name,
                                                 department or NO_DEPARTMENT, []))
                entry[3].append(child_id)
        rows = []
        dept_children: dict[str, set[int]] = {}
        dept_workers: dict[str, int] = {}
        for employee_id, name, department, kids in workers.values():
            mine = [by_child[k] for k in kids]
            rows.append(WorkerRow(employee_id, name, department, len(mine),
                                  sum(c.days_present for c in mine), sum(c.minutes for c in mine),
                                  sum(c.late_pickups for c in mine)))
            dept_children.setdefault(department, set()).update(kids)
            dept_workers[department] = dept_workers.get(department, 0) + 1
        rows.sort(key=lambda r: (r.department == NO_DEPARTMENT, r.department, r.employee_id,
                                 r.name))

        def total(label: str, kids: set[int], n_workers: int) -> DepartmentTotal:
            mine = [by_child[k] for k in kids]
            return DepartmentTotal(label, n_workers, len(mine),
                                   sum(c.days_present for c in mine),
                                   sum(c.minutes for c in mine),
                                   sum(c.late_pickups for c in mine))

        departments = tuple(total(d, dept_children[d], dept_workers[d])
                            for d in sorted(dept_children, key=lambda d: (d == NO_DEPARTMENT, d)))
        overall = total("合计", set().union(*dept_children.values()) if dept_children else set(),
                        len(workers))
        return HrSummary(center_name, year, month, tuple(rows), departments, overall, now_local)

    # -- helpers ----------------------------------------------------------------------------
    def _center(self, center_id: int) -> tuple[str, ZoneInfo, DeskSettings]:
        with self._db.read() as s:
            center = s.get(Center, center_id)
            if center is None:
                raise UserError(N_("This database has no center yet."))
            row = s.get(DeskSetting, center_id)
            settings = (DeskSettings(row.late_grace_minutes, row.duplicate_scan_minutes,
                                     row.children_per_caregiver) if row else DeskSettings())
            return center.name, ZoneInfo(center.time_zone), settings

    @staticmethod
    def _month(s, center_id: int, first: dt.date, last: dt.date, zone: ZoneInfo,
               settings: DeskSettings, today: dt.date, program: ProgramInfo | None
               ) -> tuple[tuple[ChildMonth, ...], tuple[DayColumn, ...]]:
        official = official_calendar_in(s)
        programs = [program_info(p) for p in s.scalars(select(Program).where(
            Program.center_id == center_id).order_by(Program.first_day))]
        overrides = [override_of(r) for r in s.scalars(select(CalendarOverride).where(
            CalendarOverride.center_id == center_id, CalendarOverride.day >= first,
            CalendarOverride.day <= last))]
        statuses = {p.id: range_statuses(rules_of(p), first, last, official, overrides)
                    for p in programs}
        names = {p.id: p.name for p in programs}
        scope_ids = [program.id] if program else [p.id for p in programs]
        n_days = (last - first).days + 1
        dates = [first + dt.timedelta(days=i) for i in range(n_days)]

        enrollments: dict[int, list] = {}
        for row in s.connection().execute(select(Enrollment.child_id, Enrollment.program_id,
                                    Enrollment.from_date, Enrollment.to_date,
                                    Enrollment.weekdays)
                             .join(Child, Child.id == Enrollment.child_id)
                             .where(Child.center_id == center_id, Enrollment.from_date <= last)):
            if row.to_date is None or row.to_date >= first:
                enrollments.setdefault(row.child_id, []).append(row)
        # child -> day of the month -> events, by the stored local date (as the desk reads)
        events: dict[int, dict[int, list[AttendanceEvent]]] = {}
        kinds = {str(k): k for k in EventKind}
        reasons = {str(r): r for r in AbsenceReason}
        for r in s.connection().execute(select(
                AttendanceEventRow.id, AttendanceEventRow.child_id, AttendanceEventRow.kind,
                AttendanceEventRow.at, AttendanceEventRow.recorded_at,
                AttendanceEventRow.pickup_name, AttendanceEventRow.absence_reason,
                AttendanceEventRow.corrects, AttendanceEventRow.local_date)
                .where(AttendanceEventRow.center_id == center_id,
                       AttendanceEventRow.local_date >= first,
                       AttendanceEventRow.local_date <= last)):
            events.setdefault(r.child_id, {}).setdefault(
                (r.local_date - first).days, []).append(AttendanceEvent(
                r.id, r.child_id, kinds[r.kind], r.at, r.recorded_at, "",
                pickup_name=r.pickup_name,
                absence_reason=reasons[r.absence_reason] if r.absence_reason else None,
                corrects=r.corrects))
        # Core rows (s.connection()): the ORM's row loading was a fifth of the time.
        children = s.connection().execute(select(
            Child.id, Child.name, Child.external_id, Child.status, Child.withdrawn_on)
                             .where(Child.center_id == center_id)
                             .order_by(Child.name, Child.id)).all()

        grace = dt.timedelta(minutes=settings.late_grace_minutes)
        present_per_day = [0] * n_days
        base_cache: dict[tuple, _BaseDays] = {}
        out = []
        for child in children:
            mine = [e for e in enrollments.get(child.id, ()) if e.program_id in scope_ids]
            evs = events.get(child.id)
            if program is not None and not mine:
                continue  # another program's child, even if it came
            if not mine and not evs:
                continue
            if child.withdrawn_on is not None and child.withdrawn_on <= first and not evs:
                continue
            if child.status == "active":
                cutoff = n_days
            elif child.withdrawn_on is None:
                cutoff = 0
            else:
                cutoff = max(0, min(n_days, (child.withdrawn_on - first).days))
            # Children with the same enrollments (most of them) share their days without events.
            key = (tuple((e.program_id, e.from_date, e.to_date, e.weekdays) for e in mine),
                   cutoff)
            base = base_cache.get(key)
            if base is None:
                base = base_cache[key] = _base_days(mine, cutoff, dates, statuses, today)
            marks = list(base.marks)
            for i, day_events in (evs or {}).items():
                record = derive_day(day_events, base.expected[i])
                corrected = bool(record.superseded)
                if record.check_in is not None:
                    minutes = late = None
                    if record.check_out is not None:
                        minutes = int((record.check_out - record.check_in).total_seconds() // 60)
                        closes = base.closes[i]
                        if closes is not None:
                            late = late_minutes(record.check_out,
                                                dt.datetime.combine(dates[i], closes, zone),
                                                grace, arrived=record.check_in)
                    marks[i] = DayMark(Mark.PRESENT, "", minutes or 0, late, corrected)
                    present_per_day[i] += 1
                elif record.state is ChildDayState.ABSENT:
                    marks[i] = DayMark(Mark.ABSENT, str(record.absence_reason or "other"),
                                       corrected=corrected)
                elif corrected:
                    marks[i] = replace(marks[i], corrected=True)
            if not evs and base.nothing:
                continue
            absences = dict.fromkeys(ABSENCE_REASONS, 0)
            present = minutes_total = closed = late_count = corrected_days = 0
            for m in marks:
                if m.mark is Mark.PRESENT:
                    present += 1
                    minutes_total += m.minutes
                    late_count += m.late_minutes is not None
                elif m.mark is Mark.ABSENT:
                    absences[m.reason] = absences.get(m.reason, 0) + 1
                elif m.mark is Mark.CLOSED:
                    closed += 1
                corrected_days += m.corrected
            if all(m.mark is Mark.NOT_ENROLLED for m in marks):
                continue
            prog = next((names[e.program_id] for e in mine), "")
            out.append(ChildMonth(
                child.id, child.name, child.external_id or "", prog, tuple(marks), present,
                minutes_total, absences, closed, late_count, corrected_days))

        columns = []
        for i, day in enumerate(dates):
            scope = [statuses[pid][i] for pid in scope_ids]
            active = [st for st in scope if st.reason is not DayReason.OUTSIDE_PROGRAM] or scope
            is_closed = not any(st.open for st in scope)
            official_day = next((st.official for st in scope if st.official), None)
            columns.append(DayColumn(
                day, is_closed, closed_reason(active[0]) if is_closed and active else "",
                "holiday" if official_day and official_day.kind is OfficialDayKind.HOLIDAY
                else "workday" if official_day else "",
                (official_day.name_zh or official_day.name) if official_day else "",
                present_per_day[i]))
        return tuple(out), tuple(columns)


@dataclass(frozen=True)
class PickupCard:
    child_id: int
    name: str
    program: str
    card_code: str
    photo: bytes | None  # the stored JPEG, if any


@dataclass(frozen=True)
class PickupCards:
    center_name: str
    cards: tuple[PickupCard, ...]


def pickup_cards(db: Database, center_id: int, today: dt.date,
                 program: ProgramInfo | None = None,
                 child_id: int | None = None) -> PickupCards:
    """The cards of the children on the roster (of one program, or one child): the code is
    the child's card code, the same the desk scans, so a reprint keeps it."""
    with db.read() as s:
        center = s.get(Center, center_id)
        names = {p.id: p.name for p in s.scalars(select(Program).where(
            Program.center_id == center_id))}
        query = select(Child.id, Child.name, Child.card_code, Child.photo).where(
            Child.center_id == center_id)
        if child_id is not None:
            query = query.where(Child.id == child_id)
        else:
            query = query.where(Child.status == "active")
        children = s.execute(query.order_by(Child.name, Child.id)).all()
        enrolled: dict[int, list] = {}
        for row in s.execute(select(Enrollment.child_id, Enrollment.program_id,
                                    Enrollment.from_date, Enrollment.to_date)
                             .join(Child, Child.id == Enrollment.child_id)
                             .where(Child.center_id == center_id)
                             .order_by(Enrollment.from_date)):
            if row.to_date is None or row.to_date >= today:
                enrolled.setdefault(row.child_id, []).append(row.program_id)
    cards = []
    for child in children:
        programs = enrolled.get(child.id, [])
        if program is not None and child_id is None and program.id not in programs:
            continue
        shown = program.name if program is not None and program.id in programs else (
            names.get(programs[0], "") if programs else "")
        cards.append(PickupCard(child.id, child.name, shown, child.card_code, child.photo))
    return PickupCards(center.name if center else "", tuple(cards))


@dataclass(frozen=True)
class MonthOverview:
    """The figures the program's impact report asks for."""

    grid: MonthGrid
    previous: MonthGrid  # the month before, for the attendance rate's comparison
    hr: HrSummary

    @staticmethod
    def rate(grid: MonthGrid) -> float | None:
        """Days present over days the children were expected (present or absent)."""
        expected = grid.days_present + sum(c.days_absent for c in grid.children)
        return grid.days_present / expected if expected else None

    @property
    def children_served(self) -> int:
        return sum(1 for c in self.grid.children if c.days_present)

    @property
    def families_served(self) -> int:
        return sum(1 for w in self.hr.workers if w.days_present)


def month_overview(data: ReportData, center_id: int, year: int, month: int) -> MonthOverview:
    before = (dt.date(year, month, 1) - dt.timedelta(days=1))
    return MonthOverview(data.month_grid(center_id, year, month),
                         data.month_grid(center_id, before.year, before.month),
                         data.hr_summary(center_id, year, month))


@dataclass(frozen=True)
class _BaseDays:
    """A child's month as the calendar and enrollments make it, before any event."""

    marks: tuple[DayMark, ...]
    expected: tuple[bool, ...]
    closes: tuple[dt.time | None, ...]  # closing time of the program that expects the child
    nothing: bool  # not enrolled on any day


_NOT_ENROLLED = DayMark(Mark.NOT_ENROLLED)
_NOT_EXPECTED = DayMark(Mark.NOT_EXPECTED)
_UPCOMING = DayMark(Mark.UPCOMING)
_UNRECORDED = DayMark(Mark.ABSENT, UNRECORDED)


def _base_days(mine: list, cutoff: int, dates: list[dt.date],
               statuses: dict[int, list[DayStatus]], today: dt.date) -> _BaseDays:
    """The expected rule of the desk (expected_children.children_of_day): on the roster that
    day (active, or leaving later), enrolled that day, the program open and the weekday one
    of the enrollment's. A day every enrolled program has closed is CLOSED, never absent."""
    marks, expected, closes = [], [], []
    for i, day in enumerate(dates):
        bit = 1 << day.weekday()
        current = [e for e in mine if e.from_date <= day
                   and (e.to_date is None or e.to_date >= day)] if i < cutoff else []
        expecting = [e for e in current if statuses[e.program_id][i].open and e.weekdays & bit]
        chosen = (expecting or current or mine or [None])[0]
        expected.append(bool(expecting))
        closes.append(statuses[chosen.program_id][i].closes_at if chosen else None)
        if expecting:
            marks.append(_UPCOMING if day >= today else _UNRECORDED)
        elif current:
            weekday_ok = [e for e in current if e.weekdays & bit] or current
            closed = [statuses[e.program_id][i] for e in weekday_ok
                      if not statuses[e.program_id][i].open]
            marks.append(DayMark(Mark.CLOSED, closed_reason(closed[0]))
                         if len(closed) == len(weekday_ok) else _NOT_EXPECTED)
        else:
            marks.append(_NOT_ENROLLED)
    return _BaseDays(tuple(marks), tuple(expected), tuple(closes),
                     all(m is _NOT_ENROLLED for m in marks))
