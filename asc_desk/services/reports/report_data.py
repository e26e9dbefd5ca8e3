"""The figures every document prints, from one place: the daily sheet, the monthly grid, the
HR summary, the pickup cards and the monthly overview. Plain frozen dataclasses; the PDF, XLSX
and CSV are drawn from the same values.

Reports only read (they run beside an open window). The month's counting is in
`month_figures.py`, the HR grouping in `hr_figures.py`, the cards in `pickup_cards.py`; this
module is the one door the documents go through (`ReportData`) and names what they use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select

from asc_desk.db.models import Center, ChildGuardian, DeskSetting, Guardian
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.attendance_rules import ChildDayState, DayRecord, EventKind
from asc_desk.domain.desk_settings import DeskSettings
from asc_desk.domain.errors import N_, UserError
from asc_desk.domain.name_search import pinyin_order
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.calendar.program_service import ProgramInfo
from asc_desk.services.database import Database
from asc_desk.services.reports.hr_figures import (
    NO_DEPARTMENT,
    DepartmentTotal,
    HrSummary,
    WorkerRow,
    summarize,
)
from asc_desk.services.reports.month_figures import (
    ABSENCE_REASONS,
    ChildMonth,
    DayColumn,
    DayMark,
    Mark,
    MonthGrid,
    closed_reason,
    hours_of,
    month_range,
    read_month,
    tenths_of,
)
from asc_desk.services.reports.pickup_cards import PickupCard, PickupCards, pickup_cards

__all__ = [
    "ABSENCE_REASONS", "NO_DEPARTMENT", "ChildMonth", "DailySheet", "DayColumn", "DayMark",
    "DepartmentTotal", "HrSummary", "Mark", "MonthGrid", "MonthOverview", "PickupCard",
    "PickupCards", "ReportData", "SheetRow", "WorkerRow", "closed_reason", "hours_of",
    "month_overview", "month_range", "pickup_cards", "tenths_of",
]


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
    # The coordinator's reason when the one who collected is not on the pickup list.
    pickup_override: str = ""
    # Each stay (arrival, departure or None) when the child left and came back the same day.
    stays: tuple[tuple[dt.time, dt.time | None], ...] = ()


@dataclass(frozen=True)
class DailySheet:
    center_name: str
    date: dt.date
    program: str  # "" = every open program
    open_programs: tuple[str, ...]
    blank: bool
    rows: tuple[SheetRow, ...]
    made_at: dt.datetime



def _pickup_override(record: DayRecord) -> str:
    """The coordinator's reason on the check-out in force ("" for a listed pickup)."""
    if record.check_out is None:
        return ""
    return next((e.override_reason or "" for e in reversed(record.effective)
                 if e.kind is EventKind.CHECK_OUT and e.at == record.check_out), "")


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
        for item in sorted(view.children, key=lambda i: (*pinyin_order(i.child.name),
                                                          i.child.id)):
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
                else str(record.absence_reason or ""),
                "" if blank else _pickup_override(record),
                () if blank or len(record.visits) < 2 else tuple(
                    (local(a) or dt.time(0), local(b)) for a, b in record.visits)))
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
            children, days = read_month(s, center_id, first, last, zone, settings,
                                        now_local.date(), program)
        return MonthGrid(center_name, year, month, program.name if program else "", days,
                         children, now_local, settings.late_grace_minutes)

    def hr_summary(self, center_id: int, year: int, month: int) -> HrSummary:
        first, last = month_range(year, month)
        center_name, zone, settings = self._center(center_id)
        now_local = self._now().astimezone(zone)
        if first > now_local.date():
            raise UserError(N_("{month} is in the future: there is nothing to report yet."),
                            month=f"{year:04d}-{month:02d}")
        with self._db.read() as s:
            children, _days = read_month(s, center_id, first, last, zone, settings,
                                         now_local.date(), None, keep_marks=False)
            links = s.connection().execute(select(
                ChildGuardian.child_id, Guardian.id, Guardian.name, Guardian.employee_id,
                Guardian.department)
                .join(Guardian, Guardian.id == ChildGuardian.guardian_id)
                .where(Guardian.center_id == center_id)).all()
        return summarize(center_name, year, month, children, links, now_local,
                         late_grace_minutes=settings.late_grace_minutes)

    def _center(self, center_id: int) -> tuple[str, ZoneInfo, DeskSettings]:
        with self._db.read() as s:
            center = s.get(Center, center_id)
            if center is None:
                raise UserError(N_("This database has no center yet."))
            row = s.get(DeskSetting, center_id)
            settings = (DeskSettings(row.late_grace_minutes, row.duplicate_scan_minutes,
                                     row.children_per_caregiver) if row else DeskSettings())
            return center.name, ZoneInfo(center.time_zone), settings


@dataclass(frozen=True)
class MonthOverview:
    """The figures the program's impact report asks for."""

    grid: MonthGrid
    previous: MonthGrid  # the month before, for the attendance rate's comparison
    hr: HrSummary

    @staticmethod
    def rate(grid: MonthGrid) -> float | None:
        """Days present over the days the children were expected and the day is past:
        present, absent (recorded), or nothing recorded."""
        expected = grid.days_present + grid.days_absent + grid.no_record
        return grid.days_present / expected if expected else None

    @property
    def children_served(self) -> int:
        return sum(1 for c in self.grid.children if c.days_present)

    @property
    def families_served(self) -> int:
        """Families with a child present: two parents of one child are one family."""
        return self.hr.families


def month_overview(data: ReportData, center_id: int, year: int, month: int) -> MonthOverview:
    before = (dt.date(year, month, 1) - dt.timedelta(days=1))
    return MonthOverview(data.month_grid(center_id, year, month),
                         data.month_grid(center_id, before.year, before.month),
                         data.hr_summary(center_id, year, month))
