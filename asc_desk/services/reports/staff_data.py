"""The figures of the two staff documents: the caregivers' week rota and their planned and
actual hours of a month. Built on `ShiftPlanning` (the shifts page's own reads), with the few
columns those do not carry (employee id, program names, closed-day reasons, days worked, leave
days). Plain frozen dataclasses; the PDF, XLSX and CSV are drawn from the same values."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select

from asc_desk.db.models import (
    Caregiver,
    Center,
    Program,
    StaffClockEvent,
    StaffLeave,
)
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.calendar_rules import DayReason
from asc_desk.domain.errors import N_, UserError
from asc_desk.domain.name_search import pinyin_order
from asc_desk.domain.shift_rules import ConflictKind
from asc_desk.domain.staff import Role
from asc_desk.domain.staff_clock import ClockEvent, ClockKind, pairs
from asc_desk.services.database import Database
from asc_desk.services.reports.month_figures import CLOSED_TEXT
from asc_desk.services.reports.report_data import month_range
from asc_desk.services.shifts.planning import PlanDay, ShiftPlanning

ROLE_ZH = {Role.TEACHER: "老师", Role.ASSISTANT: "助教", Role.VOLUNTEER: "志愿者",
           Role.COORDINATOR: "负责人"}  # the app's words (StaffNames)
LEAVE_ZH = {"annual": "年假", "sick": "病假", "training": "培训", "other": "请假"}



def role_text(role: Role) -> str:
    return ROLE_ZH.get(role, str(role))


@dataclass(frozen=True)
class RotaDay:
    date: dt.date
    open: bool
    opens_at: dt.time | None
    closes_at: dt.time | None
    closed_reason: str  # "" on an open day
    official: str  # an official holiday's name, or ""
    expected_children: int
    adjusted_workday: bool = False  # an official working day on a weekend (调休上班)


@dataclass(frozen=True)
class RotaShift:
    starts_at: dt.time
    ends_at: dt.time
    program: str  # "" when the shift names no program
    leave: str = ""  # the caregiver's leave during the shift (病假), "" when none


@dataclass(frozen=True)
class RotaRow:
    caregiver_id: int
    name: str
    role: Role
    cells: tuple[tuple[RotaShift, ...], ...]  # one per day, Monday first
    hours: float  # planned this week


@dataclass(frozen=True)
class ShiftRota:
    center_name: str
    first: dt.date  # Monday
    last: dt.date  # Sunday
    days: tuple[RotaDay, ...]
    rows: tuple[RotaRow, ...]
    gaps: tuple[str, ...]  # "11-24 周二 18:30-20:30：最少需 2 名照护员在岗，已排 1 名（缺 1 名）"
    made_at: dt.datetime

    @property
    def empty(self) -> bool:
        return not any(cell for row in self.rows for cell in row.cells)


@dataclass(frozen=True)
class StaffHoursRow:
    caregiver_id: int
    name: str
    role: Role
    employee_id: str
    planned: float
    actual: float
    days_worked: int  # days with clocked time (the staff clock)
    leave_days: int  # days of the month touched by leave
    open_clock_in: bool

    @property
    def difference(self) -> float:
        return round(self.actual - self.planned, 2)


@dataclass(frozen=True)
class StaffHours:
    center_name: str
    year: int
    month: int
    rows: tuple[StaffHoursRow, ...]
    made_at: dt.datetime

    @property
    def total_planned(self) -> float:
        return round(sum(r.planned for r in self.rows), 2)

    @property
    def total_actual(self) -> float:
        return round(sum(r.actual for r in self.rows), 2)

    @property
    def total_difference(self) -> float:
        return round(self.total_actual - self.total_planned, 2)

    @property
    def total_days_worked(self) -> int:
        return sum(r.days_worked for r in self.rows)

    @property
    def total_leave_days(self) -> int:
        return sum(r.leave_days for r in self.rows)

    @property
    def empty(self) -> bool:
        return not any(r.planned or r.actual for r in self.rows)


WEEKDAYS_ZH = "一二三四五六日"


def _closed_text(day: PlanDay) -> str:
    """A closed day's reason as the shifts page words it: the center's own note, the
    holiday's name, 周末 ...; "" on an open day."""
    if day.hours.open:
        return ""
    reason = day.closed_reason or DayReason.OUTSIDE_PROGRAM
    if reason is DayReason.OVERRIDE_CLOSED and day.closed_note:
        return day.closed_note
    if reason is DayReason.PUBLIC_HOLIDAY and day.official_zh:
        return day.official_zh
    return CLOSED_TEXT[reason]


def _hm(t: dt.time) -> str:
    return f"{t:%H:%M}"


class StaffData:
    """Reads the staff documents' figures; never writes."""

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._now = now
        self._planning = ShiftPlanning(db, now=now)

    def _center(self, center_id: int) -> tuple[str, ZoneInfo]:
        with self._db.read() as s:
            center = s.get(Center, center_id)
            if center is None:
                raise UserError(N_("This database has no center yet."))
            return center.name, ZoneInfo(center.time_zone)

    def week_rota(self, center_id: int, day: dt.date) -> ShiftRota:
        name, zone = self._center(center_id)
        plan = self._planning.week(center_id, day)
        with self._db.read() as s:
            programs = {p.id: p for p in s.scalars(select(Program).where(
                Program.center_id == center_id))}
        days = []
        for d in plan.days:
            # The planner's reason (the one that says most of the programs' reasons, as the
            # Caregivers & Shifts page shows it), not the first program's: a finished
            # program would call every closed day "outside the program".
            days.append(RotaDay(d.date, d.hours.open, d.hours.opens_at, d.hours.closes_at,
                                _closed_text(d), d.official_zh or "", d.expected_children,
                                d.adjusted_workday))
        index = {d.date: i for i, d in enumerate(plan.days)}
        cells: dict[int, list[list[RotaShift]]] = defaultdict(lambda: [[] for _ in range(7)])
        hours: dict[int, float] = defaultdict(float)
        on_leave = {c.shift_id: LEAVE_ZH.get(c.params.get("leave_kind", ""), "请假")
                    for c in plan.conflicts if c.kind is ConflictKind.ON_LEAVE}
        for sh in sorted(plan.shifts, key=lambda x: (x.day, x.starts_at)):
            program = programs.get(sh.program_id) if sh.program_id is not None else None
            cells[sh.caregiver_id][index[sh.day]].append(
                RotaShift(sh.starts_at, sh.ends_at, program.name if program else "",
                          on_leave.get(sh.id, "")))
        # The week's hours as the planner counts them: not the times of leave.
        for item in plan.on_duty:
            hours[item.caregiver_id] += (_minutes(item.ends_at) - _minutes(item.starts_at)) / 60
        rows = tuple(RotaRow(c.id, c.name, c.role, tuple(tuple(x) for x in cells[c.id]),
                             round(hours[c.id], 2))
                     for c in sorted(plan.caregivers, key=lambda c: pinyin_order(c.name)))
        gaps = tuple(_gap_text(*g) for g in merged_gaps(plan.gaps))
        return ShiftRota(name, plan.first, plan.last, tuple(days), rows, gaps,
                         self._now().astimezone(zone))

    def month_hours(self, center_id: int, year: int, month: int) -> StaffHours:
        first, last = month_range(year, month)
        name, zone = self._center(center_id)
        now_local = self._now().astimezone(zone)
        if first > now_local.date():
            raise UserError(N_("{month} is in the future: there is nothing to report yet."),
                            month=f"{year:04d}-{month:02d}")
        rows = self._planning.hours(center_id, year, month)
        with self._db.read() as s:
            employee = dict(s.execute(select(Caregiver.id, Caregiver.employee_id).where(
                Caregiver.center_id == center_id)).all())
            leave: dict[int, set[dt.date]] = defaultdict(set)
            for cid, a, b in s.execute(select(StaffLeave.caregiver_id, StaffLeave.first_day,
                                              StaffLeave.last_day).where(
                    StaffLeave.center_id == center_id, StaffLeave.first_day <= last,
                    StaffLeave.last_day >= first)):
                d = max(a, first)
                while d <= min(b, last):
                    leave[cid].add(d)
                    d += dt.timedelta(days=1)
            events: dict[int, list[ClockEvent]] = defaultdict(list)
            for r in s.execute(select(StaffClockEvent.id, StaffClockEvent.caregiver_id,
                                      StaffClockEvent.kind, StaffClockEvent.at,
                                      StaffClockEvent.corrects, StaffClockEvent.reason).where(
                    StaffClockEvent.center_id == center_id,
                    StaffClockEvent.local_date >= first, StaffClockEvent.local_date <= last)):
                events[r.caregiver_id].append(ClockEvent(r.id, r.caregiver_id, ClockKind(r.kind),
                                                         r.at, r.corrects, r.reason))
        worked: dict[int, set[dt.date]] = defaultdict(set)
        for cid, mine in events.items():  # the same pairs as ShiftPlanning.hours
            for start, end in pairs(mine):
                if end is not None and end > start:
                    worked[cid].add(start.astimezone(zone).date())
        out = tuple(StaffHoursRow(r.caregiver_id, r.name, r.role, employee.get(r.caregiver_id)
                                  or "", r.planned, r.actual, len(worked[r.caregiver_id]),
                                  len(leave[r.caregiver_id]), r.open_clock_in)
                    for r in sorted(rows, key=lambda r: pinyin_order(r.name)))
        return StaffHours(name, year, month, out, now_local)


def merged_gaps(gaps) -> list[tuple[dt.date, dt.time, dt.time, int, int, float]]:
    """Adjacent slots of one day short by the same (children, required, scheduled) as one
    span: (day, starts, ends, children, required, scheduled)."""
    out: list[tuple[dt.date, dt.time, dt.time, int, int, float]] = []
    for g in gaps:
        sl = g.slot
        if out:
            day, start, end, children, required, scheduled = out[-1]
            if (day == g.day and end == sl.starts_at and
                    (children, required, scheduled) == (sl.children, sl.required,
                                                        sl.scheduled)):
                out[-1] = (day, start, sl.ends_at, children, required, scheduled)
                continue
        out.append((g.day, sl.starts_at, sl.ends_at, sl.children, sl.required, sl.scheduled))
    return out


def _gap_text(day: dt.date, start: dt.time, end: dt.time, children: int, required: int,
              scheduled: float) -> str:
    need = (f"{children} 名孩子需 {required} 名照护员" if children else
            f"最少需 {required} 名照护员在岗")
    return (f"{day:%m-%d} 周{WEEKDAYS_ZH[day.weekday()]} {_hm(start)}-{_hm(end)}：{need}，"
            f"已排 {scheduled:g} 名（缺 {max(0.0, required - scheduled):g} 名）")


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute
